/**
 * Reine Regeln für „Verbesserungen reisen“: wann ein Experiment an die Transferstelle gehen kann und wie der
 * vorbefüllte Lösungsentwurf aussieht (Problem, Ist/Soll, gemessene Wirkung, Stufe der Wirkungstreppe).
 */

export interface TransferQuelle {
  titel: string;
  hypothese: string;
  ideeProblem: string | null;
  messgroesseText: string;
  einheit: string;
  methodeText: string;
  baselineWert: number | null;
  zielWert: number | null;
  ergebnisWert: number | null;
  wirkungProzent: number | null;
  ergebnis: string;
  gelernt: string;
  entscheidung: 'standard' | 'anpassen' | 'beenden' | null;
  stichprobe: { vorherN: number; nachherN: number; vorherMedian: number | null; nachherMedian: number | null };
}

export type TransferPruefung = { ok: true } | { ok: false; grund: 'nicht_standard' | 'ohne_wirkung' };

/** Nur was Standard wurde und eine gemessene Wirkung hat (Ausgangs- und Ergebniswert), reist. */
export function pruefeTransfer(q: Pick<TransferQuelle, 'entscheidung' | 'wirkungProzent'>): TransferPruefung {
  if (q.entscheidung !== 'standard') return { ok: false, grund: 'nicht_standard' };
  if (q.wirkungProzent === null) return { ok: false, grund: 'ohne_wirkung' };
  return { ok: true };
}

/**
 * Stufe der Wirkungstreppe: Eine Verwaltung, die ihren Ablauf nach einem gemessenen Test zum Standard macht,
 * hat ihr Handeln geändert (Stufe 5, Outcome). Mehr (Lebenslage der Zielgruppen) belegt ein Prozessmaß nicht.
 */
export const WIRKUNGSSTUFE_STANDARD = 5;

const zahl = (v: number) => v.toLocaleString('de-DE', { maximumFractionDigits: 1 });

export function entwurfAus(q: TransferQuelle, kommuneName: string) {
  const w = (v: number | null) => (v === null ? 'ohne Angabe' : `${zahl(v)} ${q.einheit}`);
  const wirkung = q.wirkungProzent === null ? '' : ` (${q.wirkungProzent > 0 ? '+' : ''}${zahl(q.wirkungProzent)} %)`;
  const s = q.stichprobe;
  const stichprobe = s.vorherN && s.nachherN && s.vorherMedian !== null && s.nachherMedian !== null
    ? ` Stichprobe: vorher ${s.vorherN} Fälle (Median ${zahl(s.vorherMedian)} Minuten), nachher ${s.nachherN} Fälle (Median ${zahl(s.nachherMedian)} Minuten).`
    : '';
  return {
    titel: q.titel.slice(0, 300),
    zusammenfassung: `${q.messgroesseText}: von ${w(q.baselineWert)} auf ${w(q.ergebnisWert)}${wirkung}. Erprobt als PDCA-Experiment in ${kommuneName} und dort zum Standard gemacht.`.slice(0, 2000),
    problem: [q.ideeProblem ?? q.hypothese, `Ist: ${w(q.baselineWert)}. Soll: ${w(q.zielWert)}.`].join('\n\n').slice(0, 20_000),
    ansatz: [`Hypothese: ${q.hypothese}`, q.ergebnis ? `Ergebnis: ${q.ergebnis}` : '', q.gelernt ? `Was wir gelernt haben: ${q.gelernt}` : ''].filter(Boolean).join('\n\n').slice(0, 20_000),
    wirkungsstufe: WIRKUNGSSTUFE_STANDARD,
    wirkungText: `Gemessen (${q.methodeText}): ${q.messgroesseText} vorher ${w(q.baselineWert)}, nachher ${w(q.ergebnisWert)}${wirkung}.${stichprobe}`.slice(0, 20_000),
    kontakt: `Team Verbesserung, ${kommuneName}`.slice(0, 500),
  };
}
