import { z } from 'zod';
import { HANDLUNGSFELDER } from '../loesungen/index.ts';

const ags = z.string().regex(/^([0-9]{2}|[0-9]{5}|[0-9]{8}|[0-9]{12})$/, { message: 'Kommune: AGS (2, 5 oder 8 Stellen) oder ARS (12 Stellen) erwartet.' });

export const matchingAnfrage = z.strictObject({
  text: z.string().trim().min(1, { message: 'Bitte beschreiben Sie den Bedarf.' }).max(2000, { message: 'Der Text darf höchstens 2000 Zeichen lang sein.' }),
  handlungsfeld: z.string().trim().min(1).max(100).optional(),
  kommune: ags.optional(),
  limit: z.number().int().min(1).max(50).default(10),
});

export const grund = z.object({
  art: z.enum(['begriff', 'schreibweise', 'synonym', 'wortteil', 'wortfamilie', 'tippfehler', 'handlungsfeld', 'groessenklasse', 'siegel', 'wirkung', 'nutzung', 'gelernt']),
  text: z.string(),
  /** Part of the need's text the reason came from: character positions (Unicode NFC) and the sentence. */
  stelle: z.object({ von: z.number().int(), bis: z.number().int(), satz: z.string() }).optional(),
});

export const matchingTreffer = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  title: z.string(),
  score: z.number(),
  reasons: z.array(grund),
  /** calibrated fit: „gut“ (a Lotse would propose it), „moeglich“, „schwach“ */
  passung: z.enum(['gut', 'moeglich', 'schwach']),
  /** only when the solution is written in another language than the query */
  sprache: z.enum(['de', 'en']).optional(),
});
export const matchingAntwort = z.array(matchingTreffer);

export const feedbackAnfrage = z.strictObject({
  bedarfId: z.uuid().optional(),
  /** Kommune the suggestion was for (when there is no need); AGS or ARS. */
  kommune: ags.optional(),
  loesungId: z.uuid(),
  text: z.string().trim().max(2000).optional(),
  hilfreich: z.boolean(),
});

const begriff = z.string().trim().min(1, { message: 'Bitte geben Sie einen Begriff an.' }).max(100, { message: 'Ein Begriff darf höchstens 100 Zeichen lang sein.' });
/** A domain is one of the Handlungsfelder (checked when validating, so the import cycle with loesungen stays harmless). */
const domaene = z
  .string({ message: 'Domäne: bitte ein Handlungsfeld als Text angeben oder null.' })
  .trim()
  .refine((v) => (HANDLUNGSFELDER as readonly string[]).includes(v), { message: 'Domäne: bitte eines der Handlungsfelder angeben (z. B. „Digitale Infrastruktur“).' });
export const thesaurusEingabe = z.strictObject({
  begriff,
  synonyme: z.array(begriff).min(1, { message: 'Bitte geben Sie mindestens ein Synonym an.' }).max(50),
  hinweis: z.string().trim().max(500).optional(),
  /** docs/decisions/0127: an expansion through an ambiguous group counts clearly less */
  mehrdeutig: z.boolean({ message: 'Mehrdeutig: true oder false erwartet.' }).optional(),
  /** docs/decisions/0127: the group counts only when the query or the solution is in this Handlungsfeld */
  domaene: domaene.nullable().optional(),
});
export const thesaurusParams = z.strictObject({ id: z.uuid() });
export const thesaurusQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export const thesaurusEintrag = z.object({
  id: z.string(),
  begriff: z.string(),
  synonyme: z.array(z.string()),
  hinweis: z.string(),
  mehrdeutig: z.boolean(),
  domaene: z.string().nullable(),
  aktualisiertAm: z.string(),
});
export const thesaurusListe = z.object({ items: z.array(thesaurusEintrag), total: z.number() });
export type ThesaurusEintrag = z.infer<typeof thesaurusEintrag>;
