/**
 * Reine Regeln der Wirkungsziele und der Wirkungslogik (ohne Datenbank).
 * Die Logik läuft Maßnahme → Output → Outcome → Impact; eine Verbindung führt immer eine Ebene weiter
 * oder innerhalb der Outcomes weiter (kurzfristige zu langfristigen Outcomes), nie zurück.
 */
import type { Iooi, LogikEbene } from './ziele.table.ts';

export const IOOI: readonly Iooi[] = ['input', 'output', 'outcome', 'impact'];
export const LOGIK_EBENEN: readonly LogikEbene[] = ['output', 'outcome', 'impact'];
export const STUFEN = [1, 2, 3, 4, 5, 6, 7] as const;

const RANG: Record<'massnahme' | LogikEbene, number> = { massnahme: 0, output: 1, outcome: 2, impact: 3 };

export type VerbindungPruefung = { ok: true } | { ok: false; grund: 'rueckwaerts' | 'gleiches_element' };

/** Darf eine Verbindung von `von` nach `nach` führen? */
export function pruefeVerbindung(von: { ebene: 'massnahme' | LogikEbene; id: string }, nach: { ebene: LogikEbene; id: string }): VerbindungPruefung {
  if (von.id === nach.id) return { ok: false, grund: 'gleiches_element' };
  const a = RANG[von.ebene];
  const b = RANG[nach.ebene];
  if (b > a || (a === 2 && b === 2)) return { ok: true };
  return { ok: false, grund: 'rueckwaerts' };
}

/** Passende IOOI-Ebene zu einer Stufe der Wirkungstreppe (1–3 Output, 4–6 Outcome, 7 Impact). */
export function iooiZuStufe(stufe: number): Iooi {
  if (stufe <= 3) return 'output';
  if (stufe <= 6) return 'outcome';
  return 'impact';
}

/**
 * Die Kanten der Logik in einer Reihenfolge zum Vorlesen: Spalten (Maßnahmen, Outputs, Outcomes, Impact),
 * innerhalb der Spalte nach Titel. Für Diagramm und Tabelle dieselbe Reihenfolge.
 */
export function spalten<T extends { ebene: 'massnahme' | LogikEbene; titel: string }>(knoten: T[]): T[][] {
  const s: T[][] = [[], [], [], []];
  for (const k of knoten) s[RANG[k.ebene]]!.push(k);
  for (const x of s) x.sort((p, q) => p.titel.localeCompare(q.titel, 'de'));
  return s;
}
