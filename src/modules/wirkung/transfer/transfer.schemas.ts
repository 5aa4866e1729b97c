import { z } from 'zod';
import { uuidParams } from '../../../core/schemas.ts';

export const idParams = uuidParams;
export const zieleSetzen = z.strictObject({
  zielIds: z.array(z.uuid({ message: 'Ziel: ungültige Kennung.' }), { message: 'Ziele: Liste erwartet.' }).max(20, { message: 'Ziele: höchstens 20.' }),
});
export type ZieleSetzen = z.infer<typeof zieleSetzen>;

const jahresWert = z.object({ jahr: z.number(), wert: z.number() }).nullable();
export const transferWirkung = z.object({
  beginn: z.string().describe('Projektbeginn (Ausgangsjahr der Veränderung)'),
  ziele: z.array(z.object({ id: z.string(), aussage: z.string(), stufe: z.number() })),
  erreichteStufe: z.number().nullable().describe('höchste Stufe der Wirkungstreppe unter den verbesserten Indikatoren'),
  indikatoren: z.array(z.object({
    id: z.string(), name: z.string(), einheit: z.string(), stufe: z.number().nullable(), zielId: z.string(),
    von: jahresWert, bis: jahresWert, aenderung: z.number().nullable(), entwicklung: z.enum(['besser', 'schlechter', 'gleich', 'unbekannt']),
  })),
});
export type TransferWirkung = z.infer<typeof transferWirkung>;
