/** Lücken → Bedarfe (rein): Suchaufträge aus den Suchhilfen des Fragebogens, Text und Dringlichkeit des Bedarfsentwurfs. */
import type { DimensionsErgebnis, ItemLuecke } from '../runden/runden.rules.ts';
import { alleItems } from '../frageboegen/frageboegen.rules.ts';
import type { Fragebogen } from '../frageboegen/fragebogen.schemas.ts';

/** Eine Suche zu einer Lücke: die Suchhilfen eines Themas oder einer Dimension aus den Fragebogendaten. */
export interface Suchauftrag {
  titel: string;
  handlungsfeld: string;
  suchbegriffe: string[];
}

/** Höchstens so viele Suchbegriffe werden je Lücke gesucht (je einer ein Lauf des Matchers). */
export const BEGRIFFE_JE_LUECKE = 8;

/**
 * Die Suchhilfen einer Lücke (Entscheidung 0126): hat der Fragebogen Themen, die Themen der schwächsten Fragen in
 * deren Reihenfolge (ohne Wiederholung); sonst – oder wenn keine der Fragen ein Thema hat – die der Dimension. Eine
 * ältere gespeicherte Fassung ohne Suchhilfen ergibt keinen Auftrag.
 */
export function suchauftraege(fb: Fragebogen, dimensionId: string, fragen: { itemId: string }[]): Suchauftrag[] {
  const items = new Map(alleItems(fb).map((i) => [i.id, i]));
  const themen = new Map((fb.themen ?? []).map((t) => [t.id, t]));
  const auftraege: Suchauftrag[] = [];
  const gesehen = new Set<string>();
  for (const f of fragen) {
    const t = themen.get(items.get(f.itemId)?.thema ?? '');
    if (!t || t.dimension !== dimensionId || gesehen.has(t.id)) continue;
    gesehen.add(t.id);
    auftraege.push({ titel: t.titel, handlungsfeld: t.suche.handlungsfeld, suchbegriffe: t.suche.suchbegriffe });
  }
  if (auftraege.length) return auftraege;
  const dim = fb.dimensionen.find((d) => d.id === dimensionId);
  return dim?.suche ? [{ titel: dim.titel, handlungsfeld: dim.suche.handlungsfeld, suchbegriffe: dim.suche.suchbegriffe }] : [];
}

/**
 * Die Suchbegriffe einer Lücke im Reißverschluss über die Aufträge (erst der erste Begriff jedes Themas, dann der
 * zweite …), ohne doppelte, höchstens `BEGRIFFE_JE_LUECKE`; je Begriff das Handlungsfeld seines Auftrags.
 */
export function suchbegriffeDerLuecke(auftraege: Suchauftrag[]): { begriff: string; handlungsfeld: string }[] {
  const aus: { begriff: string; handlungsfeld: string }[] = [];
  const gesehen = new Set<string>();
  const laengste = Math.max(0, ...auftraege.map((a) => a.suchbegriffe.length));
  for (let i = 0; i < laengste && aus.length < BEGRIFFE_JE_LUECKE; i++) {
    for (const a of auftraege) {
      const b = a.suchbegriffe[i];
      if (!b || gesehen.has(b.toLocaleLowerCase('de')) || aus.length >= BEGRIFFE_JE_LUECKE) continue;
      gesehen.add(b.toLocaleLowerCase('de'));
      aus.push({ begriff: b, handlungsfeld: a.handlungsfeld });
    }
  }
  return aus;
}

/**
 * Treffer mehrerer Suchen zusammenführen: reihum der beste noch nicht genommene Treffer jeder Suche (so verdrängt
 * ein Begriff mit vielen Treffern die anderen nicht), ohne doppelte.
 */
export function reissverschluss<T extends { id: string }>(listen: T[][], hoechstens: number): T[] {
  const aus: T[] = [];
  const gesehen = new Set<string>();
  const laengste = Math.max(0, ...listen.map((l) => l.length));
  for (let i = 0; i < laengste && aus.length < hoechstens; i++) {
    for (const l of listen) {
      const t = l[i];
      if (!t || gesehen.has(t.id) || aus.length >= hoechstens) continue;
      gesehen.add(t.id);
      aus.push(t);
    }
  }
  return aus;
}

const format = (x: number | null) => (x === null ? '–' : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(x));

/** Beschreibung des Bedarfsentwurfs zu einer schwachen Dimension. */
export function bedarfBeschreibung(fbTitel: string, dim: { titel: string; beschreibung: string }, d: DimensionsErgebnis, fragen: ItemLuecke[], suchbegriffe: string[] = []): string {
  const stichworte = suchbegriffe.length ? ` Stichworte für die Suche: ${suchbegriffe.join(', ')}.` : '';
  return [
    `Im ${selbstcheckTitel(fbTitel)} erreicht unsere Kommune im Bereich „${dim.titel}“ ${format(d.score)} von 100 Punkten (Stufe ${d.stufe?.stufe ?? '–'}: ${d.stufe?.label ?? '–'}).`,
    fragen.length ? `Besonders schwach bewertet:\n${fragen.map((f) => `– ${f.text}`).join('\n')}` : '',
    `Wir suchen erprobte Ansätze anderer Kommunen, um hier weiterzukommen. ${bereichSatz(dim.beschreibung)}${stichworte}`,
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
