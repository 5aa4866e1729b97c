/** Lücken → Bedarfe (rein): Suchbegriffe je Dimension, Text und Dringlichkeit des Bedarfsentwurfs. */
import type { DimensionsErgebnis, ItemLuecke } from '../runden/runden.rules.ts';

/**
 * Zuordnung der Dimensionen zu Handlungsfeldern des Lösungskatalogs und Suchbegriffe für die Suche ohne
 * Matching-Modul. Die Lernende Organisation betrifft das Verwaltungshandeln.
 */
export const DIMENSION_SUCHE: Record<string, { handlungsfeld: string; begriffe: string[] }> = {
  motivation: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Ideenmanagement', 'Vorschlagswesen', 'Anerkennung', 'Beteiligung der Beschäftigten'] },
  fuehrung: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Führung', 'Führungskräfte', 'Kulturwandel'] },
  kompetenz: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Wissensmanagement', 'Fortbildung', 'Qualifizierung', 'Wissenstransfer'] },
  fehlerkultur: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Experimentierraum', 'Innovationslabor', 'Fehlerkultur', 'Pilotprojekt'] },
  rahmen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Innovationsmanagement', 'agile Verwaltung', 'Freiraum'] },
  lernerfolg: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Evaluation', 'Wirkungsmessung', 'Prozessoptimierung', 'Lessons Learned'] },
  strategie: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['Digitalisierungsstrategie', 'Digitalstrategie', 'Smart-City-Strategie'] },
  binnen: { handlungsfeld: 'Verwaltungshandeln', begriffe: ['E-Akte', 'Dokumentenmanagement', 'Onlinezugang', 'OZG', 'Bürgerportal', 'Open Data'] },
  aussen: { handlungsfeld: 'Digitale Infrastruktur', begriffe: ['Breitband', 'WLAN', 'Glasfaser', 'Bürgerbeteiligung', 'digitale Teilhabe'] },
};

const format = (x: number | null) => (x === null ? '–' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(x));

/** Beschreibung des Bedarfsentwurfs zu einer schwachen Dimension. */
export function bedarfBeschreibung(fbTitel: string, dim: { titel: string; beschreibung: string }, d: DimensionsErgebnis, fragen: ItemLuecke[]): string {
  return [
    `Im ${selbstcheckTitel(fbTitel)} erreicht unsere Kommune im Bereich „${dim.titel}“ ${format(d.score)} von 100 Punkten (Stufe ${d.stufe?.stufe ?? '–'}: ${d.stufe?.label ?? '–'}).`,
    fragen.length ? `Besonders schwach bewertet:\n${fragen.map((f) => `– ${f.text}`).join('\n')}` : '',
    `Wir suchen erprobte Ansätze anderer Kommunen, um hier weiterzukommen. ${bereichSatz(dim.beschreibung)}`,
  ].filter(Boolean).join('\n\n');
}

/**
 * Die Beschreibung einer Dimension als ganzer Satz: „Ob …“-Beschreibungen sind Nebensätze und bekommen einen
 * Hauptsatz („Dabei geht es darum, ob …“), Aufzählungen werden mit „Der Bereich umfasst:“ eingeleitet.
 */
export function bereichSatz(beschreibung: string): string {
  const b = beschreibung.trim().replace(/[.\s]+$/, '');
  if (/^ob\s/i.test(b)) return `Dabei geht es darum, ob ${b.slice(3)}.`;
  return `Der Bereich umfasst: ${b}.`;
}

/** „Selbstcheck „Lernende Organisation““ – ohne das „– Selbstcheck“, mit dem die Fragebogentitel enden. */
export function selbstcheckTitel(fbTitel: string): string {
  const kurz = fbTitel.replace(/\s*[–-]\s*Selbstcheck\s*$/i, '').trim() || fbTitel;
  return `Selbstcheck „${kurz}“`;
}

export const dringlichkeit = (score: number | null): 'hoch' | 'mittel' | 'niedrig' => ((score ?? 0) < 40 ? 'hoch' : (score ?? 0) < 60 ? 'mittel' : 'niedrig');

export const LUECKEN_HINWEIS = 'Kommunen wie Ihre, die hier weiter sind, nutzen …';
