/**
 * Auswertung einer Runde (rein, ohne Datenbank): Punkte je Item, Werte 0–100 und Stufen je Dimension,
 * schwächste Bereiche und Selbstbild.
 */
import type { Antwort, Antworten, Fragebogen, Item, Option, Stufe } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems, istSichtbar, istWeissNicht } from '../frageboegen/frageboegen.rules.ts';

/** Ob ein Item überhaupt Punkte liefern kann (dann zählt es in seiner Dimension). */
export function istBewertbar(fb: Fragebogen, item: Item): boolean {
  if (!item.dimension) return false;
  switch (item.typ) {
    case 'zustimmung5':
      return fb.zustimmungsskala.length > 0;
    case 'einfach':
    case 'mehrfach':
      return (item.optionen ?? []).some((o) => o.punkte !== undefined);
    case 'zahl':
      return (item.schwellen ?? []).length > 0;
    case 'freitext':
      return false;
  }
}

function spanne(punkte: number[]): { min: number; max: number } {
  return { min: Math.min(...punkte), max: Math.max(...punkte) };
}

function umkehren(p: number, min: number, max: number): number {
  return max + min - p;
}

function punkteZustimmung(fb: Fragebogen, item: Item, antwort: Antwort): number | null {
  if (typeof antwort !== 'number') return null;
  const stufe = fb.zustimmungsskala.find((s) => s.wert === antwort);
  if (!stufe) return null;
  if (!item.umgekehrt) return stufe.punkte;
  const { min, max } = spanne(fb.zustimmungsskala.map((s) => s.punkte));
  return umkehren(stufe.punkte, min, max);
}

function punkteEinfach(item: Item, antwort: Antwort): number | null {
  if (typeof antwort !== 'string') return null;
  const optionen = item.optionen ?? [];
  const p = optionen.find((o) => o.wert === antwort)?.punkte;
  if (p === undefined) return null;
  if (!item.umgekehrt) return p;
  const { min, max } = spanne(optionen.flatMap((o) => (o.punkte === undefined ? [] : [o.punkte])));
  return umkehren(p, min, max);
}

function gewaehlteOptionen(item: Item, antwort: Antwort): Option[] | null {
  if (!Array.isArray(antwort) || antwort.length === 0) return null;
  const optionen = item.optionen ?? [];
  const gewaehlt = optionen.filter((o) => antwort.includes(o.wert));
  if (gewaehlt.length !== new Set(antwort).size) return null; // unbekannter Wert
  if (gewaehlt.some((o) => o.exklusiv) && gewaehlt.length > 1) return null; // „keine“ plus etwas anderes
  return gewaehlt;
}

function punkteMehrfach(item: Item, antwort: Antwort): number | null {
  const gewaehlt = gewaehlteOptionen(item, antwort);
  if (!gewaehlt) return null;
  const summe = gewaehlt.reduce((s, o) => s + (o.punkte ?? 0), 0);
  let p: number;
  if (item.mehrfachWertung === 'summe') {
    p = Math.min(100, summe);
  } else {
    const moeglich = (item.optionen ?? []).reduce((s, o) => s + (o.exklusiv ? 0 : (o.punkte ?? 0)), 0);
    p = moeglich > 0 ? (summe / moeglich) * 100 : 0;
  }
  return item.umgekehrt ? 100 - p : p;
}

function punkteZahl(item: Item, antwort: Antwort): number | null {
  if (typeof antwort !== 'number' || !Number.isFinite(antwort)) return null;
  if (item.min !== undefined && antwort < item.min) return null;
  if (item.max !== undefined && antwort > item.max) return null;
  const schwellen = item.schwellen ?? [];
  if (schwellen.length === 0) return null;
  const treffer = schwellen.filter((s) => s.ab <= antwort).at(-1);
  const p = treffer?.punkte ?? 0;
  return item.umgekehrt ? 100 - p : p;
}

/**
 * Punkte 0–100 für eine Antwort, oder `null`, wenn das Item nicht bewertet wird:
 * unbeantwortet, „weiß nicht“, ungültige Antwort oder Item ohne Punkteregel.
 */
export function itemPunkte(fb: Fragebogen, item: Item, antwort: Antwort | undefined): number | null {
  if (antwort === undefined || istWeissNicht(antwort) || !istBewertbar(fb, item)) return null;
  switch (item.typ) {
    case 'zustimmung5':
      return punkteZustimmung(fb, item, antwort);
    case 'einfach':
      return punkteEinfach(item, antwort);
    case 'mehrfach':
      return punkteMehrfach(item, antwort);
    case 'zahl':
      return punkteZahl(item, antwort);
    case 'freitext':
      return null;
  }
}

// ---------------------------------------------------------------------------
// Bewertung eines Fragebogens
// ---------------------------------------------------------------------------

export interface StufeKurz {
  stufe: number;
  label: string;
}

export interface DimensionsErgebnis {
  id: string;
  titel: string;
  /** 0–100 (eine Nachkommastelle) oder null, wenn zu wenig beantwortet wurde. */
  score: number | null;
  stufe: StufeKurz | null;
  /** Anzahl bewerteter Antworten. */
  beantwortet: number;
  /** Anzahl sichtbarer, bewertbarer Items der Dimension. */
  anzahl: number;
  weissNicht: number;
}

export interface Ergebnis {
  fragebogen: { id: string; version: number };
  dimensionen: DimensionsErgebnis[];
  /** Gewichteter Mittelwert der Dimensionen; null, sobald eine Dimension keinen Wert hat. */
  gesamt: { score: number | null; stufe: StufeKurz | null };
  beantwortet: number;
  anzahl: number;
}

export const rund1 = (x: number): number => Math.round(x * 10) / 10;

/** Die Stufe, deren `abMin` als höchste noch ≤ score ist. */
export function stufeFuer(stufen: readonly Stufe[], score: number | null): StufeKurz | null {
  if (score === null) return null;
  const s = [...stufen].sort((a, b) => a.abMin - b.abMin).filter((x) => x.abMin <= score).at(-1);
  return s ? { stufe: s.stufe, label: s.label } : null;
}

function gewichteterMittelwert(paare: { wert: number; gewicht: number }[]): number | null {
  const summeGewichte = paare.reduce((s, p) => s + p.gewicht, 0);
  if (summeGewichte === 0) return null;
  return paare.reduce((s, p) => s + p.wert * p.gewicht, 0) / summeGewichte;
}

function bewerteDimension(fb: Fragebogen, dimensionId: string, antworten: Antworten): Omit<DimensionsErgebnis, 'titel'> {
  const items = alleItems(fb).filter(
    (i) => i.dimension === dimensionId && istBewertbar(fb, i) && istSichtbar(i, antworten),
  );
  const paare = items.flatMap((i) => {
    const p = itemPunkte(fb, i, antworten[i.id]);
    return p === null ? [] : [{ wert: p, gewicht: i.gewicht ?? 1 }];
  });
  const weissNicht = items.filter((i) => istWeissNicht(antworten[i.id])).length;
  const genug = items.length > 0 && paare.length > 0 && paare.length / items.length >= fb.auswertung.mindestanteilBeantwortet;
  const mittel = genug ? gewichteterMittelwert(paare) : null;
  const score = mittel === null ? null : rund1(mittel);
  return { id: dimensionId, score, stufe: stufeFuer(fb.stufen, score), beantwortet: paare.length, anzahl: items.length, weissNicht };
}

/** Wertet einen ausgefüllten Fragebogen aus: Score 0–100 und Stufe je Dimension sowie gesamt. */
export function bewerte(fb: Fragebogen, antworten: Antworten): Ergebnis {
  const dimensionen = fb.dimensionen.map((d) => ({ ...bewerteDimension(fb, d.id, antworten), titel: d.titel }));
  const alleMitWert = dimensionen.every((d) => d.score !== null);
  const gesamtMittel = alleMitWert
    ? gewichteterMittelwert(
        dimensionen.map((d, i) => ({ wert: d.score ?? 0, gewicht: fb.dimensionen[i].gewicht ?? 1 })),
      )
    : null;
  const gesamtScore = gesamtMittel === null ? null : rund1(gesamtMittel);
  return {
    fragebogen: { id: fb.id, version: fb.version },
    dimensionen,
    gesamt: { score: gesamtScore, stufe: stufeFuer(fb.stufen, gesamtScore) },
    beantwortet: dimensionen.reduce((s, d) => s + d.beantwortet, 0),
    anzahl: dimensionen.reduce((s, d) => s + d.anzahl, 0),
  };
}

/** Die n Dimensionen mit dem niedrigsten Score (ohne Dimensionen ohne Wert); bei Gleichstand in Fragebogen-Reihenfolge. */
export function schwaechsteDimensionen(ergebnis: Ergebnis, n: number): DimensionsErgebnis[] {
  return ergebnis.dimensionen
    .map((d, index) => ({ d, index }))
    .filter((x): x is { d: DimensionsErgebnis & { score: number }; index: number } => x.d.score !== null)
    .sort((a, b) => a.d.score - b.d.score || a.index - b.index)
    .slice(0, Math.max(0, n))
    .map((x) => x.d);
}

export interface ItemLuecke {
  itemId: string;
  text: string;
  dimension: string;
  punkte: number;
}

/** Die n am schwächsten bewerteten Items (nur beantwortete, sichtbare, bewertbare). */
export function schwaechsteItems(fb: Fragebogen, antworten: Antworten, n: number): ItemLuecke[] {
  return alleItems(fb)
    .filter((i) => istSichtbar(i, antworten))
    .flatMap((i) => {
      const p = itemPunkte(fb, i, antworten[i.id]);
      return p === null || !i.dimension ? [] : [{ itemId: i.id, text: i.text, dimension: i.dimension, punkte: rund1(p) }];
    })
    .sort((a, b) => a.punkte - b.punkte)
    .slice(0, Math.max(0, n));
}

export interface Selbstbild {
  dimension: string;
  einschaetzung: string;
  /** Punkte der Selbsteinschätzung (0–100). */
  einschaetzungPunkte: number;
  score: number | null;
  /** Selbsteinschätzung minus berechneter Score; positiv = Selbstbild besser als die Antworten. */
  differenz: number | null;
}

/** Stellt Selbsteinschätzungen (Items mit `selbsteinschaetzungFuer`) den berechneten Dimensionswerten gegenüber. */
export function selbstbildVergleich(fb: Fragebogen, antworten: Antworten, ergebnis: Ergebnis): Selbstbild[] {
  return alleItems(fb).flatMap((item) => {
    const a = antworten[item.id];
    const option = typeof a === 'string' ? item.optionen?.find((o) => o.wert === a) : undefined;
    const dimension = ergebnis.dimensionen.find((d) => d.id === item.selbsteinschaetzungFuer);
    if (!item.selbsteinschaetzungFuer || !option || option.punkte === undefined || !dimension) return [];
    const differenz = dimension.score === null ? null : rund1(option.punkte - dimension.score);
    return [{ dimension: dimension.id, einschaetzung: option.label, einschaetzungPunkte: option.punkte, score: dimension.score, differenz }];
  });
}
