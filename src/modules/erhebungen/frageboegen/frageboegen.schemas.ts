/** Anfrage- und Antwortschemas der Fragebogen-Routen. */
import { z } from 'zod';
import { fragebogenId } from '../runden/runden.schemas.ts';
import { fragebogenSchema, quelleSchema } from './fragebogen.schemas.ts';

export const fragebogenParams = z.strictObject({ id: fragebogenId });
export const fragebogenQuery = z.strictObject({ version: z.coerce.number().int().positive().max(10_000).optional() });

export const fragebogenKurz = z.object({
  id: z.string(),
  version: z.number(),
  titel: z.string(),
  beschreibung: z.string(),
  quelle: quelleSchema,
  dimensionen: z.array(z.object({ id: z.string(), titel: z.string(), beschreibung: z.string() })),
  anzahlFragen: z.number(),
});
export type FragebogenKurz = z.infer<typeof fragebogenKurz>;
export const fragebogenListe = z.object({ items: z.array(fragebogenKurz), total: z.number() });
export const fragebogenAntwort = fragebogenSchema;
