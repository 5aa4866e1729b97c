import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';

const code = z.string().trim().min(6, { message: 'Bitte geben Sie den sechsstelligen Code oder einen Wiederherstellungscode ein.' }).max(20, { message: 'Der Code ist zu lang.' });
const passwort = z.string().min(1, { message: 'Bitte geben Sie Ihr Passwort ein.' }).max(200);

export const codeSchema = z.strictObject({ code });
export const einrichtenSchema = z.strictObject({ passwort });
export const abschaltenSchema = z.strictObject({ passwort, code });
export const kontoParams = z.strictObject({ kontoId: z.uuid({ message: 'Konto: ungültige Kennung.' }) });
export const mitgliedParams = z.strictObject({ kommuneId, kontoId: z.uuid({ message: 'Konto: ungültige Kennung.' }) });

export const statusAntwort = z.object({
  aktiv: z.boolean(),
  aktivSeit: z.string().nullable(),
  /** The account holds a role that needs a second factor. */
  erforderlich: z.boolean(),
  wiederherstellungscodesUebrig: z.number().int(),
});
export type ZweiterFaktorStatus = z.infer<typeof statusAntwort>;
export const einrichtenAntwort = z.object({ geheimnis: z.string(), adresse: z.string(), qrSvg: z.string() });
export type ZweiterFaktorEinrichtung = z.infer<typeof einrichtenAntwort>;
export const codesAntwort = z.object({ wiederherstellungscodes: z.array(z.string()) });
/** Login answer when a code is needed (instead of 204). */
export const loginZweiterFaktorAntwort = z.object({ zweiterFaktor: z.literal(true) });
export const keinInhalt = z.void().describe('Kein Inhalt');
