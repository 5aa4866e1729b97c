import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';

export const idParams = uuidParams;

export const anlegenSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Bitte geben Sie einen Namen an.' }).max(200, { message: 'Der Name darf höchstens 200 Zeichen lang sein.' }),
  /** Only needed when the account belongs to several Kommunen: AGS (8 digits) or ARS (12 digits). */
  kommune: z.string().trim().regex(/^([0-9]{8}|[0-9]{12})$/, { message: 'Kommune: AGS (8 Stellen) oder Regionalschlüssel (12 Stellen) erwartet.' }).optional(),
});
export type Anlegen = z.infer<typeof anlegenSchema>;

export const listeQuery = z.strictObject({ kommuneId: kommuneId.optional() });
export type ListeQuery = z.infer<typeof listeQuery>;

export const prozess = z.object({
  id: z.string(),
  kommuneId: z.string(),
  kommuneName: z.string(),
  name: z.string(),
  ereignisse: z.number().int(),
  faelle: z.number().int(),
  erstesEreignis: z.string().nullable(),
  letztesEreignis: z.string().nullable(),
  erstelltAm: z.string(),
});
export type Prozess = z.infer<typeof prozess>;
export const liste = z.object({ items: z.array(prozess) });

const datum = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Stichtag: Datum im Format JJJJ-MM-TT erwartet.' })
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, { message: 'Stichtag: Dieses Datum gibt es nicht.' });
export const kennzahlenQuery = z.strictObject({ stichtag: datum.optional() });

export const kennzahlenBlock = z.object({
  faelle: z.number().int(),
  durchlaufzeitMedianStunden: z.number().nullable(),
  durchlaufzeitP90Stunden: z.number().nullable(),
  wartezeitMedianStunden: z.number().nullable(),
  durchsatzProWoche: z.number().nullable(),
  nacharbeitQuote: z.number().nullable(),
});
export type KennzahlenBlock = z.infer<typeof kennzahlenBlock>;
export const kennzahlenAntwort = z.union([z.strictObject({ vorher: kennzahlenBlock, nachher: kennzahlenBlock }), z.strictObject({ gesamt: kennzahlenBlock })]);
export type KennzahlenAntwort = z.infer<typeof kennzahlenAntwort>;

export const importAntwort = z.object({
  /** Rows read from the file. */
  zeilen: z.number().int(),
  /** Events stored (rows already present are counted once). */
  neu: z.number().int(),
  doppelt: z.number().int(),
  /** Processes the file touched (the one in the path, and those named in the column `prozess`). */
  prozesse: z.array(z.object({ id: z.string(), name: z.string(), angelegt: z.boolean(), ereignisse: z.number().int(), faelle: z.number().int() })),
});
export type ImportAntwort = z.infer<typeof importAntwort>;
