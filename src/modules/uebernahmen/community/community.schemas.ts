import { z } from 'zod';

export const GRENZEN = { titelMin: 5, titelMax: 200, textMax: 5000 } as const;

export const loesungParams = z.object({ id: z.string().uuid() });
export const frageParams = z.object({ id: z.string().uuid() });

export const frageSchema = z.object({
  titel: z.string().trim().min(GRENZEN.titelMin, `Der Titel braucht mindestens ${GRENZEN.titelMin} Zeichen.`).max(GRENZEN.titelMax, `Der Titel darf höchstens ${GRENZEN.titelMax} Zeichen haben.`),
  text: z.string().trim().min(1, 'Bitte beschreiben Sie Ihre Frage.').max(GRENZEN.textMax, `Die Frage darf höchstens ${GRENZEN.textMax} Zeichen haben.`),
  /** AGS/ARS or id of the asking Kommune, only when the account belongs to several. */
  kommune: z.string().trim().max(12).optional(),
}).strict();

export const antwortSchema = z.object({
  text: z.string().trim().min(1, 'Bitte schreiben Sie eine Antwort.').max(GRENZEN.textMax, `Die Antwort darf höchstens ${GRENZEN.textMax} Zeichen haben.`),
  kommune: z.string().trim().max(12).optional(),
}).strict();

export const akzeptierenSchema = z.object({ antwortId: z.string().uuid().nullable() }).strict();

const kommuneKurz = z.object({ id: z.string(), name: z.string() });

export const frageKurz = z.object({
  id: z.string(),
  titel: z.string(),
  kommune: kommuneKurz,
  erstelltAm: z.string(),
  antworten: z.number().int(),
  beantwortet: z.boolean(),
});

export const fragenListe = z.object({
  loesung: z.object({ id: z.string(), titel: z.string(), herkunft: kommuneKurz.nullable() }),
  fragen: z.array(frageKurz),
  /** Kommunen the caller may ask for (their memberships). */
  eigeneKommunen: z.array(kommuneKurz),
});

export const antwortDetail = z.object({
  id: z.string(),
  text: z.string(),
  kommune: kommuneKurz,
  autor: z.string().nullable(),
  erstelltAm: z.string(),
  akzeptiert: z.boolean(),
  /** The answering Kommune is the origin of the solution, or adopts it. */
  rolle: z.enum(['herkunft', 'uebernahme', 'andere']),
});

export const frageDetail = z.object({
  id: z.string(),
  titel: z.string(),
  text: z.string(),
  kommune: kommuneKurz,
  autor: z.string().nullable(),
  erstelltAm: z.string(),
  loesung: z.object({ id: z.string(), titel: z.string() }),
  antworten: z.array(antwortDetail),
  /** The caller belongs to the asking Kommune (may accept an answer). */
  darfAkzeptieren: z.boolean(),
  eigeneKommunen: z.array(kommuneKurz),
});

export type FrageDetail = z.infer<typeof frageDetail>;
export type FragenListe = z.infer<typeof fragenListe>;
