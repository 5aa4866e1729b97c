/** zod-Schemas der Experimente (Anfragen und Antworten). */
import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { BASELINE_METHODEN, ENTSCHEIDUNGEN, MESSGROESSEN } from './experimente.rules.ts';

const text = (min: number, max: number, feld: string) =>
  z.string().trim().min(min, { message: `${feld}: bitte ausfüllen.` }).max(max, { message: `${feld}: höchstens ${max} Zeichen.` });
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet.' });
const wert = z.number({ message: 'Bitte eine Zahl angeben.' }).finite().min(-1e9).max(1e9);

export const idParams = uuidParams;
export const messgroesse = z.enum(MESSGROESSEN, { message: 'Bitte wählen Sie eine Messgröße (Durchlaufzeit, Bearbeitungszeit, Wartezeit, Fehler-/Rückläuferquote, Anzahl oder eigene).' });

export const experimentAnlegenSchema = z.strictObject({
  kommuneId,
  ideeId: z.uuid({ message: 'Ungültige Idee.' }).nullable().optional(),
  titel: text(3, 200, 'Titel'),
  hypothese: text(5, 2000, 'Hypothese'),
  messgroesse,
  einheit: z.string().trim().max(40, { message: 'Einheit: höchstens 40 Zeichen.' }).default(''),
  baselineMethode: z.enum(BASELINE_METHODEN).default('stichprobe'),
  baselineWert: wert.nullable().optional(),
  zielWert: wert.nullable().optional(),
  testVon: datum.nullable().optional(),
  testBis: datum.nullable().optional(),
});
export type ExperimentAnlegen = z.infer<typeof experimentAnlegenSchema>;

export const listeQuery = z.strictObject({ kommuneId });

export const stichprobeSchema = z.strictObject({
  phase: z.enum(['vorher', 'nachher']),
  faelle: z
    .array(z.strictObject({ beginn: z.iso.datetime({ offset: true, local: true, message: 'Beginn: Zeitpunkt erwartet.' }), ende: z.iso.datetime({ offset: true, local: true, message: 'Ende: Zeitpunkt erwartet.' }) }))
    .min(1, { message: 'Bitte mindestens einen Fall erfassen.' })
    .max(200, { message: 'Höchstens 200 Fälle auf einmal.' }),
});

export const abschlussSchema = z.strictObject({
  ergebnis: z.string().trim().max(4000).default(''),
  ergebnisWert: wert.nullable().optional(),
  entscheidung: z.enum(ENTSCHEIDUNGEN, { message: 'Bitte entscheiden Sie: Standard, anpassen oder beenden.' }),
  gelernt: z.string().trim().max(4000, { message: 'Gelernt: höchstens 4000 Zeichen.' }).default(''),
  /** Eingesparte Stunden (nur zusammen mit Art und bestätigender Funktion). */
  stundenGespart: z.number({ message: 'Stunden: bitte eine Zahl angeben.' }).finite().min(0).max(1_000_000).nullable().optional(),
  stundenArt: z.enum(['laufend', 'einmalig'], { message: 'Stunden: laufend (je Jahr) oder einmalig?' }).nullable().optional(),
  stundenBestaetigtVon: z.string().trim().max(120, { message: 'Bestätigt von: höchstens 120 Zeichen.' }).nullable().optional(),
});

// ---- Antworten ---------------------------------------------------------------------------------

const intervall = z.object({ unten: z.number(), oben: z.number(), niveau: z.number() }).nullable();
const stichprobenBlock = z.object({ n: z.number(), median: z.number().nullable(), intervall });

export const experimentKurz = z.object({
  id: z.string(),
  kommuneId: z.string(),
  ideeId: z.string().nullable(),
  titel: z.string(),
  hypothese: z.string(),
  messgroesse,
  einheit: z.string(),
  baselineMethode: z.enum(BASELINE_METHODEN),
  baselineWert: z.number().nullable(),
  zielWert: z.number().nullable(),
  testVon: z.string().nullable(),
  testBis: z.string().nullable(),
  ergebnis: z.string(),
  ergebnisWert: z.number().nullable(),
  entscheidung: z.enum(ENTSCHEIDUNGEN).nullable(),
  gelernt: z.string(),
  stand: z.enum(['planen', 'testen', 'auswerten', 'entschieden']),
  wirkungProzent: z.number().nullable(),
  erstelltAm: z.string(),
});
export type ExperimentKurz = z.infer<typeof experimentKurz>;
export const experimentListe = z.object({ items: z.array(experimentKurz) });

export const experimentDetail = experimentKurz.extend({
  ideeProblem: z.string().nullable(),
  stichprobe: z.object({
    faelle: z.array(z.object({ phase: z.enum(['vorher', 'nachher']), beginn: z.string(), ende: z.string(), minuten: z.number() })),
    vorher: stichprobenBlock,
    nachher: stichprobenBlock,
    differenzMedian: z.number().nullable(),
    differenzIntervall: intervall,
    urteil: z.enum(['zu_klein', 'kein_unterschied_erkennbar', 'schneller', 'langsamer']),
    mindestgroesse: z.number(),
  }),
});
export type ExperimentDetail = z.infer<typeof experimentDetail>;
