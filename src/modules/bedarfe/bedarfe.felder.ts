/**
 * The text fields of a need and their limits – one place for the server (bedarfe.schemas.ts) and the form
 * (ui/meine/Erfassung.tsx shows the limit and a counter). Only zod, so the pages may import it.
 */
import { z } from 'zod';

const text = (min: number, max: number, feld: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `${feld}: bitte ausfüllen.` })
    .max(max, { message: `${feld}: höchstens ${max} Zeichen.` });

export const bedarfTitel = text(3, 200, 'Titel');
export const bedarfBeschreibung = text(10, 10_000, 'Beschreibung');
/** Comment of a status change and note of a suggestion. */
export const bedarfKommentar = z.string().trim().max(2000);

/** Limits as numbers, read from the schemas above (so they cannot drift apart). */
export const BEDARF_GRENZEN = {
  titelMin: bedarfTitel.minLength ?? 0,
  titel: bedarfTitel.maxLength ?? Infinity,
  beschreibungMin: bedarfBeschreibung.minLength ?? 0,
  beschreibung: bedarfBeschreibung.maxLength ?? Infinity,
  kommentar: bedarfKommentar.maxLength ?? Infinity,
} as const;
