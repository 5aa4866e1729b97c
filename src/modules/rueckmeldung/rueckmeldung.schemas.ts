import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, `Bitte höchstens ${max} Zeichen.`);
const optional = (max: number) => text(max).transform((v) => v || null).nullish().transform((v) => v ?? null);

/** Who runs this installation (LOTSE_BETREIBER_*); null = not yet entered by the operator. */
export const betreiberAntwort = z.object({
  name: z.string().nullable(),
  adresse: z.string().nullable(),
  email: z.string().nullable(),
  telefon: z.string().nullable(),
  website: z.string().nullable(),
  vertreten: z.string().nullable(),
  datenschutz: z.string().nullable(),
  aufsicht: z.string().nullable(),
  loeschung: z.string().nullable(),
  erklaerungDatum: z.string().nullable().describe('Datum der Erklärung zur Barrierefreiheit (JJJJ-MM-TT)'),
  erklaerungGeprueft: z.string().nullable().describe('Datum der letzten Überprüfung der Erklärung (JJJJ-MM-TT)'),
});
export type BetreiberAntwort = z.infer<typeof betreiberAntwort>;

export const barrierefreiheitBody = z.object({
  name: optional(200),
  email: z.union([z.literal(''), z.string().trim().max(254).email('Bitte geben Sie eine gültige E-Mail-Adresse an oder lassen Sie das Feld leer.')]).nullish().transform((v) => v || null),
  nachricht: text(5000).min(1, 'Bitte beschreiben Sie, was Ihnen aufgefallen ist.'),
  seite: optional(2000),
});
export type BarrierefreiheitBody = z.infer<typeof barrierefreiheitBody>;

export const rueckmeldungAntwort = z.object({
  id: z.string().uuid(),
  weitergeleitet: z.boolean().describe('true, wenn eine Mail an den Betreiber im Postausgang liegt'),
});
export type RueckmeldungAntwort = z.infer<typeof rueckmeldungAntwort>;
