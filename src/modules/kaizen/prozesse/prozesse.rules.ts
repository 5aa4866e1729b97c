/**
 * Prozesskennzahlen aus einem Ereignisprotokoll – die Definitionen als reine Regeln (Entscheidung 0090).
 * Die Datenbank rechnet dieselben Definitionen in SQL (prozesse.repository.ts); ein API-Test prüft, dass
 * beide auf einem zufälligen Protokoll übereinstimmen.
 *
 * - Ein Fall gehört in den Zeitraum seines ersten Ereignisses (vor bzw. ab dem Stichtag, 0 Uhr in Berlin).
 * - Durchlaufzeit: erstes bis letztes Ereignis des Falls (Stunden); Median und 90. Perzentil.
 * - Wartezeit: Abstand zwischen aufeinanderfolgenden Ereignissen eines Falls; Median über alle Abstände.
 * - Durchsatz pro Woche: abgeschlossene Fälle (abgeschlossen mit ihrem letzten Ereignis) je ISO-Woche,
 *   Mittel über alle Wochen von der ersten bis zur letzten Woche mit einem Abschluss (leere Wochen zählen mit).
 * - Nacharbeitsquote: Anteil der Fälle, die einen Schritt mehr als einmal durchlaufen.
 * - Perzentile wie PostgreSQL `percentile_cont` (lineare Interpolation).
 */
import { berlinWochenMontag } from './zeit.rules.ts';

export interface Ereignis {
  fall: string;
  schritt: string;
  /** Instant in ms. */
  zeitpunkt: number;
}

export interface Kennzahlen {
  faelle: number;
  durchlaufzeitMedianStunden: number | null;
  durchlaufzeitP90Stunden: number | null;
  wartezeitMedianStunden: number | null;
  durchsatzProWoche: number | null;
  nacharbeitQuote: number | null;
}

/** `percentile_cont(p)` over values (any order). null for no values. */
export function perzentil(werte: readonly number[], p: number): number | null {
  if (!werte.length) return null;
  const s = [...werte].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const u = Math.floor(h);
  const o = Math.min(u + 1, s.length - 1);
  return s[u] + (h - u) * (s[o] - s[u]);
}

export interface FallZusammenfassung {
  fall: string;
  erster: number;
  letzter: number;
  /** Gaps between consecutive events, in hours. */
  abstaendeStunden: number[];
  nacharbeit: boolean;
}

const STUNDE = 3_600_000;

/** Per case: first and last event, the gaps between consecutive events, rework (a step visited twice). */
export function fasseFaelleZusammen(ereignisse: readonly Ereignis[]): FallZusammenfassung[] {
  const jeFall = new Map<string, Ereignis[]>();
  for (const e of ereignisse) {
    const l = jeFall.get(e.fall);
    if (l) l.push(e);
    else jeFall.set(e.fall, [e]);
  }
  return [...jeFall.entries()].map(([fall, es]) => {
    const zeiten = es.map((e) => e.zeitpunkt).sort((a, b) => a - b);
    const abstaendeStunden = zeiten.slice(1).map((t, i) => (t - zeiten[i]) / STUNDE);
    const nacharbeit = new Set(es.map((e) => e.schritt)).size < es.length;
    return { fall, erster: zeiten[0], letzter: zeiten[zeiten.length - 1], abstaendeStunden, nacharbeit };
  });
}

export const LEER: Kennzahlen = {
  faelle: 0,
  durchlaufzeitMedianStunden: null,
  durchlaufzeitP90Stunden: null,
  wartezeitMedianStunden: null,
  durchsatzProWoche: null,
  nacharbeitQuote: null,
};

/** Number of ISO weeks from the week of `von` to the week of `bis` (Mondays, YYYY-MM-DD), both included. */
export function wochenZwischen(vonMontag: string, bisMontag: string): number {
  return Math.round((Date.parse(bisMontag) - Date.parse(vonMontag)) / (7 * 86_400_000)) + 1;
}

/** Key figures of a set of cases. */
export function kennzahlenDerFaelle(faelle: readonly FallZusammenfassung[]): Kennzahlen {
  if (!faelle.length) return { ...LEER };
  const dauer = faelle.map((f) => (f.letzter - f.erster) / STUNDE);
  const wochen = faelle.map((f) => berlinWochenMontag(f.letzter)).sort();
  return {
    faelle: faelle.length,
    durchlaufzeitMedianStunden: perzentil(dauer, 0.5),
    durchlaufzeitP90Stunden: perzentil(dauer, 0.9),
    wartezeitMedianStunden: perzentil(faelle.flatMap((f) => f.abstaendeStunden), 0.5),
    durchsatzProWoche: faelle.length / wochenZwischen(wochen[0], wochen[wochen.length - 1]),
    nacharbeitQuote: faelle.filter((f) => f.nacharbeit).length / faelle.length,
  };
}

/** Before/after a cut-over instant (cases by their first event), or one block `gesamt` without one. */
export function kennzahlen(ereignisse: readonly Ereignis[], stichtag: number | null): { vorher: Kennzahlen; nachher: Kennzahlen } | { gesamt: Kennzahlen } {
  const faelle = fasseFaelleZusammen(ereignisse);
  if (stichtag === null) return { gesamt: kennzahlenDerFaelle(faelle) };
  return {
    vorher: kennzahlenDerFaelle(faelle.filter((f) => f.erster < stichtag)),
    nachher: kennzahlenDerFaelle(faelle.filter((f) => f.erster >= stichtag)),
  };
}
