/**
 * Reine Auswertungslogik für Selbstchecks (Erhebungen): keine Datenbank, kein Netzwerk.
 *
 * Fragebögen und Referenzdaten sind versionierte JSON-Dateien im Repository. Punkte,
 * Gewichte, Umkehrungen und Reifegrad-Stufen stehen in diesen Daten; der Code wendet
 * sie nur an.
 */
import loV1 from './frageboegen/lernende-organisation.v1.json' with { type: 'json' };
import dkV1 from './frageboegen/digitale-kommune.v1.json' with { type: 'json' };
import dk2019 from '../../../data/referenz/digitale-kommune-2019.json' with { type: 'json' };
import {
  fragebogenSchema,
  type Antwort,
  type Antworten,
  type Fragebogen,
  type Item,
  type Option,
  type ReferenzVerweis,
  type Stufe,
} from './fragebogen.schemas.ts';
import {
  referenzdatenSchema,
  type Kommunenart,
  type ReferenzGruppe,
  type ReferenzMerkmal,
  type Referenzdaten,
} from './referenz.schemas.ts';

// ---------------------------------------------------------------------------
// Laden
// ---------------------------------------------------------------------------

/** Alle ausgelieferten Fragebogen-Versionen. Alte Versionen bleiben hier, damit gespeicherte Antworten auswertbar bleiben. */
const FRAGEBOGEN_DATEIEN: readonly unknown[] = [loV1, dkV1];
const REFERENZ_DATEIEN: Readonly<Record<string, unknown>> = { 'digitale-kommune-2019': dk2019 };

let fragebogenCache: Fragebogen[] | null = null;
const referenzCache = new Map<string, Referenzdaten>();

function alleFrageboegen(): Fragebogen[] {
  fragebogenCache ??= FRAGEBOGEN_DATEIEN.map((d) => fragebogenSchema.parse(d));
  return fragebogenCache;
}

export class UnbekannterFragebogenFehler extends Error {}

/** Liste der verfügbaren Fragebögen (neueste Version je id zuerst). */
export function verfuegbareFrageboegen(): { id: string; version: number; titel: string }[] {
  return alleFrageboegen()
    .map((f) => ({ id: f.id, version: f.version, titel: f.titel }))
    .sort((a, b) => a.id.localeCompare(b.id) || b.version - a.version);
}

/** Lädt einen Fragebogen; ohne `version` die neueste. Wirft bei unbekannter id/Version. */
export function ladeFragebogen(id: string, version?: number): Fragebogen {
  const passend = alleFrageboegen().filter((f) => f.id === id && (version === undefined || f.version === version));
  const neueste = passend.sort((a, b) => b.version - a.version)[0];
  if (!neueste) throw new UnbekannterFragebogenFehler(`Fragebogen ${id}${version ? ` v${version}` : ''} ist nicht bekannt.`);
  return neueste;
}

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
// Bewertung einzelner Items
// ---------------------------------------------------------------------------

export function alleItems(fb: Fragebogen): Item[] {
  return fb.abschnitte.flatMap((a) => a.items);
}

export function istWeissNicht(antwort: Antwort | undefined): boolean {
  return typeof antwort === 'object' && antwort !== null && !Array.isArray(antwort) && antwort.weissNicht === true;
}

/** Ein Item ist sichtbar, wenn es keine Bedingung hat oder die Antwort auf das Bedingungs-Item passt. */
export function istSichtbar(item: Item, antworten: Antworten): boolean {
  if (!item.sichtbarWenn) return true;
  const a = antworten[item.sichtbarWenn.item];
  const erlaubt = item.sichtbarWenn.werte;
  if (typeof a === 'string') return erlaubt.includes(a);
  if (Array.isArray(a)) return a.some((w) => erlaubt.includes(w));
  return false;
}

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

const rund1 = (x: number): number => Math.round(x * 10) / 10;

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

// ---------------------------------------------------------------------------
// Statistik für Team-Modus und Peer-Vergleich (k-Anonymität)
// ---------------------------------------------------------------------------

/** Mindestanzahl an Beiträgen (Personen bzw. andere Kommunen), auf der jede gezeigte Zahl beruhen muss. */
export const K_MINDEST = 5;

/** true, wenn mindestens k Beiträge vorliegen – erst dann darf ein Aggregat gezeigt werden. */
export function kAnonym(werte: readonly unknown[], k: number = K_MINDEST): boolean {
  return werte.length >= k;
}

/** Breite der festen Feinklassen (0–10, 10–20, …, 90–100); aus ihnen werden die gezeigten Bereiche zusammengesetzt. */
export const FEIN_BREITE = 10;
export const FEIN_ANZAHL = 100 / FEIN_BREITE;

/** Feinklasse 0–9 eines Werts 0–100 (100 gehört zur obersten Klasse). */
export function feinklasse(score: number): number {
  return Math.max(0, Math.min(FEIN_ANZAHL - 1, Math.floor(score / FEIN_BREITE)));
}

/** Häufigkeit je Feinklasse (Länge FEIN_ANZAHL). */
export function feinHaeufigkeiten(werte: readonly number[]): number[] {
  const h = new Array<number>(FEIN_ANZAHL).fill(0);
  for (const w of werte) if (Number.isFinite(w)) h[feinklasse(w)]++;
  return h;
}

export interface Bereich {
  von: number;
  bis: number;
  anzahl: number;
}

/**
 * Setzt benachbarte Feinklassen von unten nach oben zusammen, bis jeder Bereich mindestens k Beiträge hat;
 * ein Rest unter k geht im Bereich darunter auf. Die Bereiche decken immer die ganze Skala 0–100 ab (so verrät
 * weder der unterste noch der oberste Bereich einen Extremwert). Weniger als k Beiträge insgesamt: keine Bereiche.
 */
export function bereicheMitMindestens(fein: readonly number[], k: number = K_MINDEST): Bereich[] {
  const gesamt = fein.reduce((s, x) => s + x, 0);
  if (gesamt < k) return [];
  const bereiche: Bereich[] = [];
  let von = 0;
  let anzahl = 0;
  fein.forEach((x, i) => {
    anzahl += x;
    if (anzahl >= k) {
      bereiche.push({ von, bis: (i + 1) * FEIN_BREITE, anzahl });
      von = (i + 1) * FEIN_BREITE;
      anzahl = 0;
    }
  });
  const letzter = bereiche[bereiche.length - 1];
  letzter.bis = 100;
  letzter.anzahl += anzahl;
  return bereiche;
}

/** Index des Bereichs, in den ein Wert fällt (der oberste Bereich schließt 100 ein). */
export function bereichIndex(bereiche: readonly Bereich[], score: number): number {
  const i = bereiche.findIndex((b) => score >= b.von && score < b.bis);
  return i === -1 ? bereiche.length - 1 : i;
}

/** Der Bereich, in dem die mittlere Kommune liegt (erster Bereich, bis zu dem die Hälfte erreicht ist). */
export function medianBereich(bereiche: readonly Bereich[]): { von: number; bis: number } | null {
  const n = bereiche.reduce((s, b) => s + b.anzahl, 0);
  let kum = 0;
  const b = bereiche.find((x) => (kum += x.anzahl) >= n / 2);
  return b ? { von: b.von, bis: b.bis } : null;
}

export interface Position {
  von: number;
  bis: number;
  /** Anteile (ganze Prozent) der Vergleichsgruppe in den Bereichen darunter, im eigenen Bereich und darüber. */
  anteilDarunter: number;
  anteilImBereich: number;
  anteilDarueber: number;
}

/** Eigene Position zwischen veröffentlichten Bereichen – folgt allein aus den Bereichen und dem eigenen Wert. */
export function positionIn(bereiche: readonly Bereich[], score: number | null): Position | null {
  if (score === null || bereiche.length === 0) return null;
  const n = bereiche.reduce((s, b) => s + b.anzahl, 0);
  const i = bereichIndex(bereiche, score);
  const summe = (liste: readonly Bereich[]) => liste.reduce((s, b) => s + b.anzahl, 0);
  const anteil = (x: number) => Math.round((x / n) * 100);
  return {
    von: bereiche[i].von,
    bis: bereiche[i].bis,
    anteilDarunter: anteil(summe(bereiche.slice(0, i))),
    anteilImBereich: anteil(bereiche[i].anzahl),
    anteilDarueber: anteil(summe(bereiche.slice(i + 1))),
  };
}

export interface Antwortsatz {
  /** Laufende Nummer oder anonyme Kennung – nie ein Name. */
  kennung?: string;
  antworten: Antworten;
}

export interface TeamDimension {
  id: string;
  titel: string;
  /** Zahl der Personen mit einem Wert in diesem Bereich. */
  anzahl: number;
  /** Mittelwert aller Personen – nur ab k Personen, sonst null. */
  mittelwert: number | null;
  /** Verteilung in Bereichen mit je mindestens k Personen (keine Extremwerte, keine Quartile). */
  verteilung: Bereich[];
  /**
   * Mittelwert je Rollengruppe – nur, wenn JEDE Zelle der Aufteilung (jede Rolle und „ohne Rolle“) entweder
   * leer ist oder mindestens k Personen hat. Sonst ließe sich eine kleine Zelle als Differenz berechnen
   * (n × Gesamtmittel − Summe der gezeigten Gruppen).
   */
  rollen: { rolle: string; label: string; anzahl: number; mittelwert: number }[];
}

export type TeamErgebnis =
  | { freigegeben: false; anzahl: number; k: number }
  | { freigegeben: true; anzahl: number; k: number; dimensionen: TeamDimension[] };

function rollenlabel(fb: Fragebogen, rolle: string): string {
  const item = alleItems(fb).find((i) => i.id === fb.rollenItem);
  return item?.optionen?.find((o) => o.wert === rolle)?.label ?? rolle;
}

const mittelwertVon = (werte: readonly number[]) => rund1(werte.reduce((a, b) => a + b, 0) / werte.length);

/**
 * Auswertung einer Team-Runde: erst ab k Antworten; je Dimension Mittelwert und Verteilung in Bereichen mit
 * mindestens k Personen und – falls der Fragebogen ein Rollen-Item hat – Mittelwerte je Rollengruppe, wenn
 * keine Zelle der Aufteilung 1 bis k−1 Personen hat.
 */
export function teamAuswertung(fb: Fragebogen, saetze: readonly Antwortsatz[], k: number = K_MINDEST): TeamErgebnis {
  if (!kAnonym(saetze, k)) return { freigegeben: false, anzahl: saetze.length, k };
  const einzel = saetze.map((s) => ({ ergebnis: bewerte(fb, s.antworten), rolle: rolleVon(fb, s.antworten) }));
  const dimensionen = fb.dimensionen.map((d, index): TeamDimension => {
    const werte = einzel.flatMap((e) => {
      const score = e.ergebnis.dimensionen[index].score;
      return score === null ? [] : [{ score, rolle: e.rolle }];
    });
    const frei = kAnonym(werte, k);
    const zellen = new Map<string | null, number[]>();
    for (const w of werte) zellen.set(w.rolle, [...(zellen.get(w.rolle) ?? []), w.score]);
    const rollenFrei = frei && [...zellen.values()].every((z) => z.length >= k);
    const rollen = rollenFrei
      ? [...zellen].flatMap(([rolle, z]) => (rolle === null ? [] : [{ rolle, label: rollenlabel(fb, rolle), anzahl: z.length, mittelwert: mittelwertVon(z) }]))
      : [];
    return {
      id: d.id,
      titel: d.titel,
      anzahl: werte.length,
      mittelwert: frei ? mittelwertVon(werte.map((w) => w.score)) : null,
      verteilung: frei ? bereicheMitMindestens(feinHaeufigkeiten(werte.map((w) => w.score)), k) : [],
      rollen,
    };
  });
  return { freigegeben: true, anzahl: saetze.length, k, dimensionen };
}

function rolleVon(fb: Fragebogen, antworten: Antworten): string | null {
  if (!fb.rollenItem) return null;
  const a = antworten[fb.rollenItem];
  return typeof a === 'string' && a !== 'keine-angabe' ? a : null;
}

// ---------------------------------------------------------------------------
// Größenklassen und Referenzwerte der Studie
// ---------------------------------------------------------------------------

// Die Größenklasse einer Kommune berechnet `groessenklasse()` in src/modules/kommunen/kommunen.service.ts.
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

const STANDARD_VORLAGE = '{wo} gaben {prozent} zu „{merkmal}“ an: {auspraegung}.';
const WO: Record<ReferenzTreffer['ebene'], string> = {
  groessenklasse: 'In Ihrer Größenklasse',
  gesamt: 'Unter allen befragten Kommunen',
};

function strategieSatz(merkmale: readonly ReferenzMerkmal[], wo: string): string | null {
  const wert = (a: string) => merkmale.find((m) => m.auspraegung === a)?.prozent;
  const ja = wert('Ja');
  const entw = wert('In Entwicklung');
  if (ja === undefined || entw === undefined) return null;
  return `${wo} hatten ${prozent(ja)} eine Digitalisierungsstrategie, ${prozent(entw)} entwickelten eine.`;
}

function formuliere(daten: Referenzdaten, ebene: ReferenzTreffer['ebene'], m: ReferenzMerkmal): string {
  const vorlage = daten.satzvorlagen?.[m.merkmal] ?? STANDARD_VORLAGE;
  const p = (m.hinweis?.startsWith('ca.') ? 'rund ' : '') + prozent(m.prozent);
  const satz = vorlage
    .replaceAll('{wo}', WO[ebene])
    .replaceAll('{prozent}', p)
    .replaceAll('{auspraegung}', m.auspraegung)
    .replaceAll('{merkmal}', m.merkmal);
  // Steckbrief-Tabellen nennen je Zeile nur die häufigste Angabe der Größenklasse.
  return ebene === 'groessenklasse' && m.herkunft === 'tabelle' ? `${satz} Das war die häufigste Angabe.` : satz;
}

/**
 * Deutscher Vergleichssatz zu einem Studienmerkmal, z. B.
 * „In Ihrer Größenklasse hatten 9 % eine Digitalisierungsstrategie, 39 % entwickelten eine.“
 * Reihenfolge: genaue Ausprägung in der Größenklasse, dann über alle Kommunen, dann die häufigste
 * Angabe der Größenklasse zum Merkmal. Gibt null zurück, wenn die Studie nichts dazu enthält.
 */
export function vergleichssatz(
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
  verweis: ReferenzVerweis,
): string | null {
  if (verweis.merkmal === 'Digitalisierungsstrategie') {
    const t = referenzFuer(daten, art, klasse, verweis.merkmal);
    return t ? strategieSatz(t.merkmale, WO[t.ebene]) : null;
  }
  const treffer =
    (verweis.auspraegung ? referenzFuer(daten, art, klasse, verweis.merkmal, verweis.auspraegung) : null) ??
    referenzFuer(daten, art, klasse, verweis.merkmal);
  if (!treffer) return null;
  const m = [...treffer.merkmale].sort((a, b) => b.prozent - a.prozent)[0];
  return formuliere(daten, treffer.ebene, m);
}

export interface Studienvergleich {
  itemId: string;
  verweis: ReferenzVerweis;
  satz: string;
}

/** Verweise einer Antwort: die der gewählten Optionen, sonst der des Items. */
function verweiseFuer(item: Item, antwort: Antwort | undefined): ReferenzVerweis[] {
  const gewaehlt = typeof antwort === 'string' ? [antwort] : Array.isArray(antwort) ? antwort : [];
  const ausOptionen = (item.optionen ?? []).filter((o) => gewaehlt.includes(o.wert) && o.referenz).flatMap((o) => (o.referenz ? [o.referenz] : []));
  if (item.referenz?.merkmal === 'Digitalisierungsstrategie') return [item.referenz];
  if (ausOptionen.length > 0) return ausOptionen;
  return item.referenz ? [item.referenz] : [];
}

/** Für jede beantwortete Frage mit Studienbezug: Vergleichssätze für die Größenklasse der Kommune. */
export function studienvergleiche(
  fb: Fragebogen,
  antworten: Antworten,
  daten: Referenzdaten,
  art: Kommunenart,
  klasse: number,
): Studienvergleich[] {
  return alleItems(fb)
    .filter((i) => antworten[i.id] !== undefined && istSichtbar(i, antworten))
    .flatMap((i) => {
      const gesehen = new Set<string>();
      return verweiseFuer(i, antworten[i.id]).flatMap((verweis) => {
        const satz = vergleichssatz(daten, art, klasse, verweis);
        if (!satz || gesehen.has(satz)) return [];
        gesehen.add(satz);
        return [{ itemId: i.id, verweis, satz }];
      });
    });
}

// ---------------------------------------------------------------------------
// CSV-Export
// ---------------------------------------------------------------------------

export interface CsvOptionen {
  trennzeichen?: ';' | ',';
  /** Statt der Optionswerte die Beschriftungen ausgeben. */
  mitLabels?: boolean;
}

function csvZelle(wert: string, trennzeichen: string): string {
  // Formel-Injektion in Tabellenprogrammen verhindern
  const sicher = /^[=+\-@\t\r]/.test(wert) ? `'${wert}` : wert;
  return /["\n\r]/.test(sicher) || sicher.includes(trennzeichen) ? `"${sicher.replaceAll('"', '""')}"` : sicher;
}

function antwortAlsText(fb: Fragebogen, item: Item, antwort: Antwort | undefined, mitLabels: boolean): string {
  if (antwort === undefined) return '';
  if (istWeissNicht(antwort)) return fb.weissNichtLabel;
  const label = (wert: string) => (mitLabels ? (item.optionen?.find((o) => o.wert === wert)?.label ?? wert) : wert);
  if (Array.isArray(antwort)) return antwort.map(label).join(' | ');
  if (typeof antwort === 'number') {
    const skala = item.typ === 'zustimmung5' && mitLabels ? fb.zustimmungsskala.find((s) => s.wert === antwort) : undefined;
    return skala ? skala.label : String(antwort);
  }
  return typeof antwort === 'string' && item.typ !== 'freitext' ? label(antwort) : String(antwort);
}

/** CSV mit einer Zeile je Antwortsatz und einer Spalte je Item (Kopfzeile: Item-IDs). */
export function antwortenAlsCsv(fb: Fragebogen, saetze: readonly Antwortsatz[], optionen: CsvOptionen = {}): string {
  const t = optionen.trennzeichen ?? ';';
  const items = alleItems(fb);
  const kopf = ['kennung', 'fragebogen', 'version', ...items.map((i) => i.id)];
  const zeilen = saetze.map((s, index) => [
    s.kennung ?? String(index + 1),
    fb.id,
    String(fb.version),
    ...items.map((i) => antwortAlsText(fb, i, s.antworten[i.id], optionen.mitLabels ?? false)),
  ]);
  return [kopf, ...zeilen].map((z) => z.map((c) => csvZelle(c, t)).join(t)).join('\r\n') + '\r\n';
}
