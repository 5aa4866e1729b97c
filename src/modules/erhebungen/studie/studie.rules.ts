/**
 * Referenzwerte der Studie „Digitale Kommune“ (rein, ohne Datenbank): laden, zur Größenklasse finden,
 * Vergleichssätze formulieren.
 */
import dk2019 from '../../../../data/referenz/digitale-kommune-2019.json' with { type: 'json' };
import type { Antwort, Antworten, Fragebogen, Item, ReferenzVerweis } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems, istSichtbar } from '../frageboegen/frageboegen.rules.ts';
import { referenzdatenSchema, type Kommunenart, type ReferenzBasis, type ReferenzGruppe, type ReferenzMerkmal, type Referenzdaten } from './referenz.schemas.ts';

const REFERENZ_DATEIEN: Readonly<Record<string, unknown>> = { 'digitale-kommune-2019': dk2019 };
const referenzCache = new Map<string, Referenzdaten>();

/** Lädt versionierte Referenzdaten (Standard: Studie „Digitale Kommune“ 2019). */
export function ladeReferenzdaten(name = 'digitale-kommune-2019'): Referenzdaten {
  const vorhanden = referenzCache.get(name);
  if (vorhanden) return vorhanden;
  const roh = REFERENZ_DATEIEN[name];
  if (roh === undefined) throw new Error(`Referenzdaten ${name} sind nicht bekannt.`);
  const daten = referenzdatenSchema.parse(roh);
  referenzCache.set(name, daten);
  return daten;
}

// ---------------------------------------------------------------------------
// Größenklassen und Referenzwerte der Studie
// ---------------------------------------------------------------------------

// Die Größenklasse einer Kommune berechnet `groessenklasse()` in src/modules/kommunen/groessenklassen.ts.
// Die Klassengrenzen stehen zusätzlich in den Referenzdaten (`groessenklassen`); ein Test prüft, dass beide übereinstimmen.

export function referenzGruppe(daten: Referenzdaten, art: Kommunenart, klasse: number): ReferenzGruppe | null {
  return daten.gruppen.find((g) => g.art === art && g.groessenklasse === klasse) ?? null;
}

export interface ReferenzTreffer {
  /** "groessenklasse" = Steckbrief der eigenen Klasse; "gesamt" = alle befragten Kommunen. */
  ebene: 'groessenklasse' | 'gesamt';
  gruppe: { art: Kommunenart; groessenklasse: number; n: number; tabelle: number; label: string } | null;
  merkmale: ReferenzMerkmal[];
}

/** Gleichauf genannte Angaben sind in den Daten mit „ / “ verbunden; jede davon passt. */
function auspraegungPasst(inDaten: string, gesucht: string): boolean {
  return inDaten === gesucht || inDaten.split(' / ').includes(gesucht);
}

/**
 * Studienwerte zu einem Merkmal für Art und Größenklasse. Hat der Steckbrief der Klasse das Merkmal
 * (ggf. mit der verlangten Ausprägung) nicht, werden die Werte über alle Kommunen geliefert; fehlen auch
 * diese, ist das Ergebnis null.
 */
export function referenzFuer(
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
  merkmal: string,
  auspraegung?: string,
): ReferenzTreffer | null {
  const passt = (m: ReferenzMerkmal) => m.merkmal === merkmal && (auspraegung === undefined || auspraegungPasst(m.auspraegung, auspraegung));
  const g = referenzGruppe(daten, art, klasse);
  const ausGruppe = g?.merkmale.filter(passt) ?? [];
  if (g && ausGruppe.length > 0) {
    const { merkmale: _alle, ...kopf } = g;
    return { ebene: 'groessenklasse', gruppe: kopf, merkmale: ausGruppe };
  }
  const ausGesamt = daten.gesamt.merkmale.filter(passt);
  return ausGesamt.length > 0 ? { ebene: 'gesamt', gruppe: null, merkmale: ausGesamt } : null;
}

const zahlFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });
const prozent = (p: number): string => `${zahlFormat.format(p)} %`;
/** Prozentwert wie in der Quelle: „rund 40 %“, wenn die Quelle nur einen ungefähren Wert nennt. */
export const prozentText = (m: Pick<ReferenzMerkmal, 'prozent' | 'ungefaehr'>): string => (m.ungefaehr ? 'rund ' : '') + prozent(m.prozent);

const STANDARD_VORLAGE = '{wo} gaben {prozent} zu „{merkmal}“ an: {auspraegung}.';

/** Die Grundgesamtheit eines Werts, so wie der Satz sie nennt. */
const WO: Record<ReferenzTreffer['ebene'], Record<ReferenzBasis, string>> = {
  groessenklasse: {
    alle: 'In Ihrer Größenklasse',
    'mit-strategie': 'Unter den Kommunen Ihrer Größenklasse mit Digitalisierungsstrategie',
    'strategie-oder-entwicklung': 'Unter den Kommunen Ihrer Größenklasse, die eine Digitalisierungsstrategie haben oder entwickeln,',
    'in-entwicklung': 'Unter den Kommunen Ihrer Größenklasse, die eine Digitalisierungsstrategie entwickeln,',
    'ohne-strategie': 'Unter den Kommunen Ihrer Größenklasse ohne Digitalisierungsstrategie',
    'glasfaser-beteiligt': 'Unter den Kommunen Ihrer Größenklasse, die sich an Glasfasernetzen beteiligen,',
  },
  gesamt: {
    alle: 'Unter allen befragten Kommunen',
    'mit-strategie': 'Unter den befragten Kommunen mit Digitalisierungsstrategie',
    'strategie-oder-entwicklung': 'Unter den befragten Kommunen, die eine Digitalisierungsstrategie haben oder entwickeln,',
    'in-entwicklung': 'Unter den befragten Kommunen, die eine Digitalisierungsstrategie entwickeln,',
    'ohne-strategie': 'Unter den befragten Kommunen ohne Digitalisierungsstrategie',
    'glasfaser-beteiligt': 'Unter den befragten Kommunen, die sich am Aufbau oder Betrieb von Glasfasernetzen beteiligen,',
  },
};

/** Kurzform der Grundgesamtheit für Diagramme und Tabellen. */
export const GRUNDLAGE: Record<ReferenzTreffer['ebene'], Record<ReferenzBasis, string>> = {
  groessenklasse: {
    alle: 'Ihre Größenklasse',
    'mit-strategie': 'Ihre Größenklasse, mit Strategie',
    'strategie-oder-entwicklung': 'Ihre Größenklasse, mit Strategie oder in Entwicklung',
    'in-entwicklung': 'Ihre Größenklasse, Strategie in Entwicklung',
    'ohne-strategie': 'Ihre Größenklasse, ohne Strategie',
    'glasfaser-beteiligt': 'Ihre Größenklasse, an Glasfasernetzen beteiligt',
  },
  gesamt: {
    alle: 'alle befragten Kommunen',
    'mit-strategie': 'Kommunen mit Strategie',
    'strategie-oder-entwicklung': 'Kommunen mit Strategie oder in Entwicklung',
    'in-entwicklung': 'Kommunen, die eine Strategie entwickeln',
    'ohne-strategie': 'Kommunen ohne Strategie',
    'glasfaser-beteiligt': 'an Glasfasernetzen beteiligte Kommunen',
  },
};

/** Satz, wenn die Studie zur gegebenen Antwort keinen Wert nennt. */
export const OHNE_WERT = 'Für diese Antwort nennt die Studie keinen Vergleichswert.';

function strategieSatz(merkmale: readonly ReferenzMerkmal[], wo: string): string | null {
  const wert = (a: string) => merkmale.find((m) => m.auspraegung === a);
  const ja = wert('Ja');
  const entw = wert('In Entwicklung');
  const nein = wert('Nein');
  if (!ja || !entw || !nein) return null;
  return `${wo} hatten ${prozentText(ja)} eine Digitalisierungsstrategie, ${prozentText(entw)} entwickelten eine, ${prozentText(nein)} hatten keine.`;
}

function formuliere(daten: Referenzdaten, ebene: ReferenzTreffer['ebene'], m: ReferenzMerkmal, gesucht: string): string {
  const vorlage = daten.satzvorlagen?.[m.merkmal] ?? STANDARD_VORLAGE;
  const satz = vorlage
    .replaceAll('{wo}', WO[ebene][m.basis ?? 'alle'])
    .replaceAll('{prozent}', prozentText(m))
    .replaceAll('{auspraegung}', gesucht)
    .replaceAll('{merkmal}', m.merkmal)
    .replace(/\.\.$/, '.'); // „… usw.“ am Satzende
  // Steckbrief-Tabellen nennen je Zeile nur die häufigste Angabe der Größenklasse.
  const haeufigste = m.auspraegung === gesucht ? 'Das war die häufigste Angabe.' : 'Das war eine der gleichauf häufigsten Angaben.';
  return ebene === 'groessenklasse' && m.herkunft === 'tabelle' ? `${satz} ${haeufigste}` : satz;
}

/**
 * Deutscher Vergleichssatz zu genau einer Antwort, z. B.
 * „In Ihrer Größenklasse hatten 9 % eine Digitalisierungsstrategie, 39 % entwickelten eine, 52 % hatten keine.“
 * Gesucht wird die genaue Ausprägung erst in der Größenklasse, dann über alle Kommunen. Ohne Ausprägung
 * (außer beim Strategie-Status, dessen Satz alle drei Antworten nennt) oder ohne genauen Wert: null –
 * die häufigste Angabe zu einer anderen Antwort wird nie herangezogen.
 */
export function vergleichssatz(
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
  verweis: ReferenzVerweis,
): string | null {
  if (verweis.merkmal === 'Digitalisierungsstrategie') {
    const t = referenzFuer(daten, art, klasse, verweis.merkmal);
    return t ? strategieSatz(t.merkmale, WO[t.ebene].alle) : null;
  }
  if (!verweis.auspraegung) return null;
  const treffer = referenzFuer(daten, art, klasse, verweis.merkmal, verweis.auspraegung);
  const m = treffer?.merkmale[0];
  return treffer && m ? formuliere(daten, treffer.ebene, m, verweis.auspraegung) : null;
}

export interface Studienvergleich {
  itemId: string;
  verweis: ReferenzVerweis | null;
  /** 'wert': Satz mit Studienwert; 'ohne-wert': die Studie nennt zur Antwort keinen Wert. */
  art: 'wert' | 'ohne-wert';
  satz: string;
}

/** „unter 20 %“ passt auf Zahlenantworten unter 20. */
function zahlPasst(auspraegung: string | undefined, antwort: Antwort | undefined): boolean {
  const g = /^unter (\d+(?:,\d+)?) %$/.exec(auspraegung ?? '');
  return g !== null && typeof antwort === 'number' && antwort < Number(g[1].replace(',', '.'));
}

/**
 * Verweise einer Antwort: die der gewählten Optionen. Der Verweis des Items selbst gilt nur beim
 * Strategie-Status (ein Satz über alle drei Antworten) und bei Zahlenfragen, deren Antwort in der
 * Ausprägung liegt („unter 20 %“).
 */
function verweiseFuer(item: Item, antwort: Antwort | undefined): ReferenzVerweis[] {
  if (item.referenz?.merkmal === 'Digitalisierungsstrategie') return [item.referenz];
  if (item.typ === 'zahl') return item.referenz && zahlPasst(item.referenz.auspraegung, antwort) ? [item.referenz] : [];
  const gewaehlt = typeof antwort === 'string' ? [antwort] : Array.isArray(antwort) ? antwort : [];
  return (item.optionen ?? []).filter((o) => gewaehlt.includes(o.wert)).flatMap((o) => (o.referenz ? [o.referenz] : []));
}

const hatStudienbezug = (i: Item): boolean => Boolean(i.referenz) || (i.optionen ?? []).some((o) => o.referenz);
/** „Weiß nicht“ ist keine Antwort, zu der die Studie etwas sagen könnte. */
const weissNicht = (a: Antwort | undefined): boolean => typeof a === 'object' && a !== null && !Array.isArray(a);

/**
 * Für jede beantwortete Frage mit Studienbezug: Vergleichssätze für die Größenklasse der Kommune –
 * je gewählter Antwort mit genauem Studienwert ein Satz; gibt es keinen, ein Satz, der das sagt.
 */
export function studienvergleiche(
  fb: Fragebogen,
  antworten: Antworten,
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
): Studienvergleich[] {
  return alleItems(fb)
    .filter((i) => antworten[i.id] !== undefined && !weissNicht(antworten[i.id]) && istSichtbar(i, antworten) && hatStudienbezug(i))
    .flatMap((i): Studienvergleich[] => {
      const gesehen = new Set<string>();
      const saetze = verweiseFuer(i, antworten[i.id]).flatMap((verweis) => {
        const satz = vergleichssatz(daten, art, klasse, verweis);
        if (!satz || gesehen.has(satz)) return [];
        gesehen.add(satz);
        return [{ itemId: i.id, verweis, art: 'wert' as const, satz }];
      });
      return saetze.length > 0 ? saetze : [{ itemId: i.id, verweis: null, art: 'ohne-wert', satz: OHNE_WERT }];
    });
}
