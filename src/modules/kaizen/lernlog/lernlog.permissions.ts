import { type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Konto } from '../../../core/authz/policy.ts';
import type { Database } from '../../../core/db/schema.ts';

/**
 * Wer welche Lerneinträge liest (die einzige Stelle dafür): Mitglieder ihrer Kommune alle eigenen, jede
 * angemeldete Person die mit allen geteilten („alle“, „anonym“). Lotsen und Transferstelle lesen wie alle
 * anderen nur Geteiltes – das Lernlog ist intern, bis die Kommune es teilt.
 */
export function lernlogSichtbar(eb: ExpressionBuilder<Database & { l: Database['kaizen_lerneintrag'] }, 'l'>, konto: Konto): Expression<SqlBool> {
  const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
  const geteilt = eb('l.sichtbarkeit', 'in', ['alle', 'anonym']);
  return eigene.length ? eb.or([geteilt, eb('l.kommune_id', 'in', eigene)]) : geteilt;
}

export const istEigen = (konto: Konto, kommuneId: string) => konto.mitgliedschaften.some((m) => m.kommuneId === kommuneId);
