import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';

export const kommuneParams = z.strictObject({ kommuneId });
export const loeschungAntrag = z.strictObject({
  bestaetigung: z.string().max(300, { message: 'Die Bestätigung darf höchstens 300 Zeichen lang sein.' }),
});
export const loeschungStand = z.object({
  kommuneName: z.string(),
  wartefristTage: z.number().int(),
  /** The open order, or null. */
  auftrag: z.object({ beantragtAm: z.string(), faelligAm: z.string() }).nullable(),
  /** Rows of other Kommunen that point to this Kommune's rows and would go with it (e.g. noted uses of its solutions). */
  fremdeVerweise: z.number().int(),
});
export const kontoLoeschen = z.strictObject({ passwort: z.string().min(1, { message: 'Bitte geben Sie Ihr Passwort ein.' }).max(200) });
export const keinInhalt = z.void().describe('Kein Inhalt');

export type LoeschungStand = z.infer<typeof loeschungStand>;
