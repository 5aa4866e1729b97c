import { rolleIn, type Regel } from '../../../core/authz/policy.ts';

/**
 * Ideen sind interne Vorschläge der Beschäftigten: nur Mitglieder der Kommune lesen und schreiben sie
 * (keine Lotsen, keine Transferstelle – die Ideen gehen erst als Lösungsentwurf nach außen).
 */
export const IDEEN_REGELN: Record<string, Regel> = {
  'kaizen.mitwirken': (k, kommuneId) => !!kommuneId && rolleIn(k, kommuneId) !== null,
};
