import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { istDatum } from '../ueberpruefung/ueberpruefung.rules.ts';

const text = (feld: string, max: number, min = 0) =>
  z.string({ message: `${feld}: Text erwartet.` }).trim()
    .min(min, { message: `${feld}: Bitte ausfüllen.` })
    .max(max, { message: `${feld}: höchstens ${max} Zeichen.` });
const datum = (feld: string) => z.string({ message: `${feld}: im Format JJJJ-MM-TT erwartet.` })
  .refine(istDatum, { message: `${feld}: gültiges Datum im Format JJJJ-MM-TT erwartet.` })
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', { message: `${feld}: zwischen 2000 und 2100.` });

export const rolle = z.enum(['verwaltung', 'politik', 'traeger', 'zivilgesellschaft'], { message: 'Rolle: verwaltung, politik, traeger oder zivilgesellschaft.' });
export const leitfrage = z.enum(['ueberrascht', 'deutung', 'unterschiede', 'hypothesen'], { message: 'Leitfrage: ueberrascht, deutung, unterschiede oder hypothesen.' });
export const art = z.enum(['gespraechspunkt', 'antwort', 'hypothese', 'entscheidung', 'aufgabe'], { message: 'Art: gespraechspunkt, antwort, hypothese, entscheidung oder aufgabe.' });
const herkunft = z.enum(['hand', 'stadtteil', 'gegenindikator', 'ziel_band', 'referenz']);

export const listeQuery = z.strictObject({ kommuneId });
export const idParams = uuidParams;
export const eintragParams = z.strictObject({ id: z.uuid({ message: 'Ungültige Kennung.' }), eintragId: z.uuid({ message: 'Ungültige Kennung des Eintrags.' }) });

export const dialogAnlegen = z.strictObject({
  kommuneId,
  titel: text('Titel', 200, 1),
  datum: datum('Datum'),
  ort: text('Ort', 200).default(''),
  zielId: z.uuid({ message: 'Wirkungsziel: ungültige Kennung.' }).nullable().default(null),
  indikatorIds: z.array(z.uuid({ message: 'Indikator: ungültige Kennung.' }), { message: 'Indikatoren: Liste erwartet.' })
    .max(50, { message: 'Indikatoren: höchstens 50.' }).default([]),
  teilnehmende: z.array(z.strictObject({ name: text('Name', 200).default(''), rolle }), { message: 'Teilnehmende: Liste erwartet.' })
    .min(1, { message: 'Teilnehmende: mindestens eine Person mit Rolle.' }).max(100, { message: 'Teilnehmende: höchstens 100.' }),
});
export type DialogAnlegen = z.infer<typeof dialogAnlegen>;

export const eintragAnlegen = z.strictObject({
  art,
  leitfrage: leitfrage.nullable().default(null),
  text: text('Text', 2000, 1),
  verantwortlich: text('Verantwortlich', 200).default(''),
  faellig: datum('Fällig am').nullable().default(null),
  indikatorId: z.uuid({ message: 'Indikator: ungültige Kennung.' }).nullable().default(null),
});
export type EintragAnlegen = z.infer<typeof eintragAnlegen>;

export const bedarfAusHypothese = z.strictObject({
  titel: text('Titel', 200, 3).optional(),
  dringlichkeit: z.enum(['niedrig', 'mittel', 'hoch'], { message: 'Dringlichkeit: niedrig, mittel oder hoch.' }).default('mittel'),
});
export type BedarfAusHypothese = z.infer<typeof bedarfAusHypothese>;

export const angelegt = z.object({ id: z.string() });
export const bedarfAngelegt = z.object({ bedarfId: z.string() });

const zielKurz = z.object({ id: z.string(), aussage: z.string() }).nullable();

export const dialogListe = z.object({
  items: z.array(z.object({ id: z.string(), titel: z.string(), datum: z.string(), ort: z.string(), ziel: zielKurz, indikatoren: z.number().int().describe('Zahl der ausgewählten eigenen Indikatoren (ohne die des Ziels)'), teilnehmende: z.number().int(), hypothesen: z.number().int() })),
  darfSchreiben: z.boolean(),
});

export const eintrag = z.object({
  id: z.string(),
  art,
  leitfrage: leitfrage.nullable(),
  text: z.string(),
  verantwortlich: z.string(),
  faellig: z.string().nullable(),
  indikatorId: z.string().nullable(),
  bedarfId: z.string().nullable(),
  herkunft,
});

export const dialogDetail = z.object({
  id: z.string(),
  kommuneId: z.string(),
  kommuneName: z.string(),
  titel: z.string(),
  datum: z.string(),
  ort: z.string(),
  ziel: zielKurz,
  indikatoren: z.array(z.object({ id: z.string(), name: z.string() })),
  teilnehmende: z.array(z.object({ id: z.string(), name: z.string(), rolle })),
  leitfragen: z.array(z.object({ id: leitfrage, frage: z.string() })),
  eintraege: z.array(eintrag),
  darfSchreiben: z.boolean(),
});
export type DialogDetail = z.infer<typeof dialogDetail>;
