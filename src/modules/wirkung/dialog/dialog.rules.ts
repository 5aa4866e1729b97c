/**
 * Regeln des Wirkungsdialogs (Entscheidung 0150): Leitfragen und die vorausgewählten Gesprächspunkte.
 * Reine Funktionen – die Use Cases holen die Daten und speichern das Ergebnis beim Anlegen des Dialogs.
 *
 * Ausreißer, die zur Sprache kommen sollen:
 * - Stadtteil: im jüngsten Jahr mit Werten aus mindestens drei Stadtteilen jeder Stadtteil, dessen Wert um
 *   mindestens 25 % vom Median der Stadtteile abweicht (Median 0: keine Aussage).
 * - Gegenindikator: einer verbessert sich, sein Paar verschlechtert sich (Regel aus messung/).
 * - Ziel außerhalb des Bands: das Ziel liegt außerhalb des 80-%-Bands der „weiter so“-Prognose.
 * - Referenzindikator: der Wert im Vergleichsjahr liegt mehr als das 1,5-Fache des Interquartilsabstands
 *   unter dem unteren oder über dem oberen Quartil der Größenklasse (Tukey); höchstens fünf, die deutlichsten zuerst.
 */
import type { Herkunft, Leitfrage } from './dialog.table.ts';

export const LEITFRAGEN: { id: Leitfrage; frage: string }[] = [
  { id: 'ueberrascht', frage: 'Was an diesen Zahlen hätten wir so nicht erwartet?' },
  { id: 'deutung', frage: 'Wie verstehen wir die Daten – und was können sie gar nicht zeigen?' },
  { id: 'unterschiede', frage: 'Wo gehen Stadtteile oder Zielgruppen auseinander, und woran könnte das liegen?' },
  { id: 'hypothesen', frage: 'Welche Vermutungen über Ursachen und Wirkungen wollen wir prüfen?' },
];

export const STADTTEIL_SCHWELLE = 0.25;
export const MIN_STADTTEILE = 3;
export const TUKEY = 1.5;
export const MAX_REFERENZ = 5;

export interface Punkt { herkunft: Exclude<Herkunft, 'hand'>; text: string; indikatorId: string | null }

const zahl = (x: number) => x.toLocaleString('de-DE', { maximumFractionDigits: 2 });
const mitEinheit = (x: number, einheit: string) => (einheit ? `${zahl(x)} ${einheit}` : zahl(x));

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface StadtteilWert { jahr: number; wert: number; stadtteil: string }
export interface StadtteilAusreisser { jahr: number; stadtteil: string; wert: number; median: number; abweichung: number }

/** Stadtteile, die im jüngsten Jahr mit ≥ 3 Stadtteilen um ≥ 25 % vom Median abweichen (mehrere Werte je Stadtteil gemittelt). */
export function stadtteilAusreisser(werte: StadtteilWert[]): StadtteilAusreisser[] {
  const jeJahr = new Map<number, Map<string, number[]>>();
  for (const w of werte) {
    if (!w.stadtteil) continue;
    const j = jeJahr.get(w.jahr) ?? new Map<string, number[]>();
    j.set(w.stadtteil, [...(j.get(w.stadtteil) ?? []), w.wert]);
    jeJahr.set(w.jahr, j);
  }
  const jahr = [...jeJahr.keys()].filter((j) => jeJahr.get(j)!.size >= MIN_STADTTEILE).sort((a, b) => b - a)[0];
  if (jahr === undefined) return [];
  const mittel = [...jeJahr.get(jahr)!].map(([stadtteil, xs]) => ({ stadtteil, wert: xs.reduce((a, b) => a + b, 0) / xs.length }));
  const m = median(mittel.map((x) => x.wert));
  if (m === 0) return [];
  return mittel
    .map((x) => ({ jahr, stadtteil: x.stadtteil, wert: x.wert, median: m, abweichung: (x.wert - m) / Math.abs(m) }))
    .filter((x) => Math.abs(x.abweichung) >= STADTTEIL_SCHWELLE - 1e-12)
    .sort((a, b) => Math.abs(b.abweichung) - Math.abs(a.abweichung) || a.stadtteil.localeCompare(b.stadtteil, 'de'));
}

export interface Referenz {
  name: string;
  einheit: string;
  werte: { jahr: number; wert: number }[];
  vergleich: { groessenklasse: number; jahr: number; median: number; p25: number; p75: number } | null;
}
export interface ReferenzAusreisser { name: string; einheit: string; jahr: number; wert: number; median: number; p25: number; p75: number; groessenklasse: number; abstand: number }

/** Referenzindikatoren, deren Wert im Vergleichsjahr außerhalb der Tukey-Grenzen der Größenklasse liegt. */
export function referenzAusreisser(items: Referenz[]): ReferenzAusreisser[] {
  const out: ReferenzAusreisser[] = [];
  for (const i of items) {
    const v = i.vergleich;
    if (!v) continue;
    const iqr = v.p75 - v.p25;
    if (!(iqr > 0)) continue;
    const w = i.werte.find((x) => x.jahr === v.jahr);
    if (!w) continue;
    const abstand = w.wert < v.p25 ? (v.p25 - w.wert) / iqr : w.wert > v.p75 ? (w.wert - v.p75) / iqr : 0;
    if (abstand > TUKEY) out.push({ name: i.name, einheit: i.einheit, jahr: v.jahr, wert: w.wert, median: v.median, p25: v.p25, p75: v.p75, groessenklasse: v.groessenklasse, abstand });
  }
  return out.sort((a, b) => b.abstand - a.abstand || a.name.localeCompare(b.name, 'de')).slice(0, MAX_REFERENZ);
}

export interface EigenerFuerDialog {
  id: string;
  name: string;
  einheit: string;
  werte: StadtteilWert[];
  gegenindikator: { name: string; warnung: boolean } | null;
  zielKaumErreichbar: boolean | null;
  ziel: { wert: number; jahr: number } | null;
}

/** Alle vorausgewählten Gesprächspunkte in fester Reihenfolge: eigene Indikatoren (nach Name), dann Referenz. */
export function gespraechspunkte(eigene: EigenerFuerDialog[], referenz: Referenz[]): Punkt[] {
  const punkte: Punkt[] = [];
  for (const i of [...eigene].sort((a, b) => a.name.localeCompare(b.name, 'de'))) {
    for (const a of stadtteilAusreisser(i.werte)) {
      const richtung = a.abweichung > 0 ? 'über' : 'unter';
      punkte.push({ herkunft: 'stadtteil', indikatorId: i.id, text: `${i.name}: ${a.stadtteil} liegt ${a.jahr} mit ${mitEinheit(a.wert, i.einheit)} um ${zahl(Math.round(Math.abs(a.abweichung) * 100))} % ${richtung} dem Median der Stadtteile (${mitEinheit(a.median, i.einheit)}).` });
    }
    if (i.gegenindikator?.warnung) {
      punkte.push({ herkunft: 'gegenindikator', indikatorId: i.id, text: `${i.name}: entwickelt sich anders als der Gegenindikator „${i.gegenindikator.name}“ – optimieren wir die Zahl statt des Problems?` });
    }
    if (i.zielKaumErreichbar && i.ziel) {
      punkte.push({ herkunft: 'ziel_band', indikatorId: i.id, text: `${i.name}: Das Ziel ${mitEinheit(i.ziel.wert, i.einheit)} für ${i.ziel.jahr} liegt außerhalb des Bands der „weiter so“-Prognose – ohne neue Maßnahme kaum erreichbar.` });
    }
  }
  for (const r of referenzAusreisser(referenz)) {
    const lage = r.wert > r.p75 ? 'deutlich über' : 'deutlich unter';
    punkte.push({ herkunft: 'referenz', indikatorId: null, text: `${r.name}: ${mitEinheit(r.wert, r.einheit)} (${r.jahr}) liegt ${lage} der mittleren Hälfte der Größenklasse ${r.groessenklasse} (${zahl(r.p25)} bis ${zahl(r.p75)}, Median ${zahl(r.median)}).` });
  }
  return punkte;
}
