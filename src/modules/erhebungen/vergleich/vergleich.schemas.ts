/** Anfrage- und Antwortschemas des Vergleichs und der Vorreiter-Einwilligungen. */
import { z } from 'zod';
import { fragebogenId } from '../runden/runden.schemas.ts';

export const vorreiterSchema = z.strictObject({
  fragebogenId,
  dimensionen: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}$/)).max(50),
});
export const vorreiterAntwort = z.object({ fragebogenId: z.string(), dimensionen: z.array(z.string()) });
export const vorreiterListe = z.object({ items: z.record(z.string(), z.array(z.string())) });
