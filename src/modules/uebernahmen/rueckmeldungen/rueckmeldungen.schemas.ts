import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max, { message: `Höchstens ${max} Zeichen.` });

export const rueckmeldungSchema = z.strictObject({
  anlass: z.enum(['golive', '6-monate', '12-monate'], { message: 'Anlass: „golive“, „6-monate“ oder „12-monate“.' }),
  aufwandPersonentage: z.number({ message: 'Aufwand: eine Zahl (Personentage).' }).min(0, { message: 'Aufwand: nicht negativ.' }).max(100_000, { message: 'Aufwand: höchstens 100.000 Personentage.' }).multipleOf(0.5, { message: 'Aufwand: in halben Tagen.' }),
  kostenEuro: z.number({ message: 'Kosten: ganze Euro.' }).int({ message: 'Kosten: ganze Euro.' }).min(0, { message: 'Kosten: nicht negativ.' }).max(1_000_000_000),
  wirkungsstufe: z.number({ message: 'Wirkungsstufe: eine Zahl von 1 bis 7.' }).int().min(1, { message: 'Wirkungsstufe: von 1 bis 7.' }).max(7, { message: 'Wirkungsstufe: von 1 bis 7 (Wirkungstreppe).' }),
  anpassungen: text(5000).default(''),
  belege: text(5000).default(''),
  referenz: text(2000).default(''),
  oeffentlich: z.boolean({ message: 'Bitte angeben, ob die Rückmeldung veröffentlicht werden darf (true/false).' }),
});
export type Rueckmeldung = z.infer<typeof rueckmeldungSchema>;

/** Figures of a solution's use, from projects and consented report-backs (GET /api/loesungen/:id → nutzung). */
export const nutzungSchema = z.object({
  laufend: z.number(),
  abgeschlossen: z.number(),
  rueckmeldungen: z.number(),
  /** Kommunen with a project that was not aborted. */
  kommunen: z.number(),
  /** Of those: Gemeinden/Städte with fewer than 10,000 inhabitants (Größenklasse 7). */
  kleineGemeinden: z.number(),
  /** Kommunen whose latest consented report-back names Wirkungsstufe 4 or higher; null below 3 reporting Kommunen. */
  wirkungAbStufe4: z.number().nullable(),
  /** Median person-days over the Kommunen's latest consented report-backs; null below 3 Kommunen. */
  medianAufwandPersonentage: z.number().nullable(),
  nachGroessenklasse: z.array(
    z.object({
      art: z.enum(['gemeinde', 'kreis', 'land']),
      groessenklasse: z.number().nullable(),
      anzahl: z.number(),
      /** null: fewer than 3 Kommunen of this class reported with consent („zu wenige Rückmeldungen“). */
      medianAufwandPersonentage: z.number().nullable(),
      medianWirkungsstufe: z.number().nullable(),
    }),
  ),
});
export type Nutzung = z.infer<typeof nutzungSchema>;
