/**
 * Reine Regeln für Wirkung und Beteiligung je Jahr: Ideen je 100 Beschäftigte (Vergleich: etwa 4 je 100 und
 * Jahr in der Bundesverwaltung, Bundesrechnungshof), Anteil fristgerecht entschiedener Ideen, Verkürzung der
 * Durchlaufzeit. Nie je Person; je Team nur ab 5 Beschäftigten.
 */

/** Ideen je 100 Beschäftigte und Jahr in der Bundesverwaltung (Bundesrechnungshof). */
export const BUND_IDEEN_JE_100 = 4;
/** Kleinste Teamgröße, für die Zahlen erscheinen (sonst ließe sich auf Einzelne schließen). */
export const MINDEST_TEAM = 5;

export interface Rohzahlen {
  beschaeftigte: number | null;
  ideen: number;
  entschieden: number;
  fristgerecht: number;
  durchlaufzeitVerkuerzungen: number[];
  stunden?: { stunden: number; art: 'laufend' | 'einmalig'; bestaetigtVon: string }[];
}

export interface Kennzahlen {
  ideen: number;
  ideenJe100: number | null;
  entschieden: number;
  anteilFristgerecht: number | null;
  durchlaufzeitVerkuerzungProzent: number | null;
  experimenteMitVerkuerzung: number;
  /** Eingesparte Stunden je Jahr (laufend) und einmalig, aus Standard gewordenen Experimenten. */
  stundenLaufend: number;
  stundenEinmalig: number;
  /** Bestätigende Funktionen (keine Personen), alphabetisch. */
  stundenBestaetigtVon: string[];
}

const runde1 = (x: number) => Math.round(x * 10) / 10;

export function kennzahlen(r: Rohzahlen): Kennzahlen {
  const v = r.durchlaufzeitVerkuerzungen;
  const sortiert = [...v].sort((a, b) => a - b);
  const median = sortiert.length ? (sortiert.length % 2 ? sortiert[(sortiert.length - 1) / 2]! : (sortiert[sortiert.length / 2 - 1]! + sortiert[sortiert.length / 2]!) / 2) : null;
  return {
    ideen: r.ideen,
    ideenJe100: r.beschaeftigte ? runde1((r.ideen / r.beschaeftigte) * 100) : null,
    entschieden: r.entschieden,
    anteilFristgerecht: r.entschieden ? runde1((r.fristgerecht / r.entschieden) * 100) : null,
    durchlaufzeitVerkuerzungProzent: median === null ? null : runde1(median),
    experimenteMitVerkuerzung: v.length,
    stundenLaufend: runde1((r.stunden ?? []).filter((s) => s.art === 'laufend').reduce((a, s) => a + s.stunden, 0)),
    stundenEinmalig: runde1((r.stunden ?? []).filter((s) => s.art === 'einmalig').reduce((a, s) => a + s.stunden, 0)),
    stundenBestaetigtVon: [...new Set((r.stunden ?? []).map((s) => s.bestaetigtVon))].sort((a, b) => a.localeCompare(b, 'de')),
  };
}

/** Team: Zahlen nur, wenn das Team mindestens 5 Beschäftigte hat (unbekannte Größe zählt als zu klein). */
export function teamKennzahlen(r: Rohzahlen): Kennzahlen | null {
  if (r.beschaeftigte === null || r.beschaeftigte < MINDEST_TEAM) return null;
  return kennzahlen(r);
}
