import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';

const skala = (feld: string) => z.number({ message: `${feld}: Zahl von 1 bis 5 erwartet.` }).int({ message: `${feld}: ganze Zahl von 1 bis 5 erwartet.` })
  .min(1, { message: `${feld}: 1 bis 5 erwartet.` }).max(5, { message: `${feld}: 1 bis 5 erwartet.` });

export const listeQuery = z.strictObject({ kommuneId });

export const einschaetzung = z.strictObject({
  wirkungErwartet: skala('Erwartete Wirkung').nullable(),
  aufwand: skala('Aufwand').nullable(),
});
export type Einschaetzung = z.infer<typeof einschaetzung>;

export const konfliktAnlegen = z.strictObject({
  kommuneId,
  zielA: z.uuid({ message: 'Erstes Ziel: ungültige Kennung.' }),
  zielB: z.uuid({ message: 'Zweites Ziel: ungültige Kennung.' }),
  beschreibung: z.string().trim().min(1, { message: 'Beschreibung: Bitte beschreiben Sie den Konflikt.' }).max(2000, { message: 'Beschreibung: höchstens 2000 Zeichen.' }),
  aufloesung: z.string().trim().max(2000, { message: 'Auflösung: höchstens 2000 Zeichen.' }).default(''),
});
export type KonfliktAnlegen = z.infer<typeof konfliktAnlegen>;

export const angelegt = z.object({ id: z.string() });
export const gespeichert = z.object({ id: z.string(), wirkungErwartet: z.number().nullable(), aufwand: z.number().nullable() });

const zielKurz = z.object({ id: z.string(), aussage: z.string() });

export const prioritaetAntwort = z.object({
  kommuneName: z.string(),
  items: z.array(z.object({
    id: z.string(),
    titel: z.string(),
    budget: z.number().nullable(),
    haushaltsprodukt: z.string(),
    status: z.enum(['aktiv', 'beendet']),
    wirkungErwartet: z.number().nullable(),
    aufwand: z.number().nullable(),
    feld: z.enum(['zuerst', 'planen', 'nebenbei', 'hinterfragen', 'offen']),
    ziele: z.array(zielKurz),
  })),
  budgetAktiv: z.number(),
  budgetFrei: z.number(),
  ziele: z.array(zielKurz),
  zielkonflikte: z.array(z.object({ id: z.string(), zielA: zielKurz, zielB: zielKurz, beschreibung: z.string(), aufloesung: z.string() })),
  darfSchreiben: z.boolean(),
});
export type PrioritaetAntwort = z.infer<typeof prioritaetAntwort>;
