import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';
import { istDatum } from './ueberpruefung.rules.ts';

export const entscheidung = z.enum(['fortfuehren', 'anpassen', 'beenden'], { message: 'Entscheidung: fortfuehren, anpassen oder beenden.' });

export const listeQuery = z.strictObject({ kommuneId });

export const pruefungAnlegen = z.strictObject({
  entscheidung,
  // Leer ist hier erlaubt, damit der Ablauf mit 422 und eigenem Code antwortet (Entscheidung 0088).
  begruendung: z.string({ message: 'Begründung: Text erwartet.' }).trim()
    .max(4000, { message: 'Begründung: höchstens 4000 Zeichen.' }),
  datum: z.string({ message: 'Datum: im Format JJJJ-MM-TT erwartet.' })
    .refine(istDatum, { message: 'Datum: gültiges Datum im Format JJJJ-MM-TT erwartet.' })
    .refine((d) => d >= '2000-01-01', { message: 'Datum: frühestens 2000-01-01.' }),
});
export type PruefungAnlegen = z.infer<typeof pruefungAnlegen>;

export const pruefungAngelegt = z.object({ id: z.string(), status: z.enum(['aktiv', 'beendet']), naechstePruefung: z.string().nullable() });

const trend = z.enum(['besser', 'schlechter', 'gemischt', 'gleich', 'unbekannt']);

export const pruefungEintrag = z.object({
  id: z.string(),
  entscheidung,
  begruendung: z.string(),
  datum: z.string(),
  naechstePruefung: z.string().nullable(),
  von: z.string().nullable(),
});
export type PruefungEintrag = z.infer<typeof pruefungEintrag>;

export const massnahmeImReview = z.object({
  id: z.string(),
  titel: z.string(),
  budget: z.number().nullable(),
  haushaltsprodukt: z.string(),
  evidenz: z.string(),
  status: z.enum(['aktiv', 'beendet']),
  pruefungAm: z.string().nullable(),
  stehtAn: z.boolean(),
  ziele: z.array(z.object({ id: z.string(), aussage: z.string() })),
  nachweisStufe: z.number().nullable(),
  trend,
  indikatoren: z.array(z.object({ id: z.string(), name: z.string(), stufe: z.number().nullable(), entwicklung: z.enum(['besser', 'schlechter', 'gleich', 'unbekannt']) })),
  verlauf: z.array(pruefungEintrag),
});
export type MassnahmeImReview = z.infer<typeof massnahmeImReview>;

export const reviewAntwort = z.object({
  items: z.array(massnahmeImReview),
  budgetAktiv: z.number(),
  budgetFrei: z.number(),
  darfSchreiben: z.boolean(),
});
export type ReviewAntwort = z.infer<typeof reviewAntwort>;
