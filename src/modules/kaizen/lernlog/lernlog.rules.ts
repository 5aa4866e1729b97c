/**
 * Reine Regeln des Lernlogs: Ausgang eines Eintrags aus der Entscheidung eines Experiments und was eine
 * Person von einem Eintrag sieht (eigene Kommune alles; andere bei „alle“ die Kommune ohne Person, bei
 * „anonym“ weder Kommune noch Person). Ohne Datenbank.
 */

export const AUSGAENGE = ['gelungen', 'teilweise', 'gescheitert'] as const;
export type Ausgang = (typeof AUSGAENGE)[number];
export const SICHTBARKEITEN = ['kommune', 'alle', 'anonym'] as const;
export type Sichtbarkeit = (typeof SICHTBARKEITEN)[number];

/** Standard = gelungen, anpassen = teilweise, beenden = gescheitert (auch ein Fehlschlag gehört ins Lernlog). */
export function ausgangAus(entscheidung: 'standard' | 'anpassen' | 'beenden'): Ausgang {
  return entscheidung === 'standard' ? 'gelungen' : entscheidung === 'anpassen' ? 'teilweise' : 'gescheitert';
}

export interface Herkunft {
  kommuneId: string;
  kommuneName: string;
  autor: string | null;
  experimentId: string | null;
}

/**
 * Was von der Herkunft eines Eintrags gezeigt wird. Die Person nennt Lotse nur der eigenen Kommune (und nur,
 * wenn die Kommune Namen nicht abgeschaltet hat); das verknüpfte Experiment ist nur für die eigene Kommune
 * und bei „alle“ ein Link wert, bei „anonym“ würde es die Kommune verraten.
 */
export function herkunftFuer(h: Herkunft, sichtbarkeit: Sichtbarkeit, eigen: boolean, namenAus: boolean): { kommuneId: string | null; kommuneName: string | null; autor: string | null; experimentId: string | null } {
  if (eigen) return { kommuneId: h.kommuneId, kommuneName: h.kommuneName, autor: namenAus ? null : h.autor, experimentId: h.experimentId };
  if (sichtbarkeit === 'alle') return { kommuneId: h.kommuneId, kommuneName: h.kommuneName, autor: null, experimentId: h.experimentId };
  return { kommuneId: null, kommuneName: null, autor: null, experimentId: null };
}
