import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { stufe } from '../ziele/ziele.schemas.ts';

const text = (feld: string, max: number, min = 0) =>
  z.string().trim().min(min, { message: `${feld}: Bitte ausfüllen.` }).max(max, { message: `${feld}: höchstens ${max} Zeichen.` });
const zahl = (feld: string) => z.number({ message: `${feld}: Zahl erwartet.` }).finite({ message: `${feld}: Zahl erwartet.` });
const jahr = (feld: string) => z.number({ message: `${feld}: Jahreszahl erwartet.` }).int({ message: `${feld}: ganze Jahreszahl erwartet.` })
  .min(1950, { message: `${feld}: frühestens 1950.` }).max(2100, { message: `${feld}: spätestens 2100.` });

export const richtung = z.enum(['hoch', 'niedrig'], { message: 'Richtung: „hoch“ (mehr ist besser) oder „niedrig“ (weniger ist besser).' });
export const rba = z.enum(['wie_viel', 'wie_gut', 'besser_gestellt'], { message: 'RBA-Klasse: wie_viel, wie_gut oder besser_gestellt.' });
export const rhythmus = z.enum(['monatlich', 'quartalsweise', 'halbjaehrlich', 'jaehrlich'], { message: 'Rhythmus: monatlich, quartalsweise, halbjaehrlich oder jaehrlich.' });

export const indikatorAnlegen = z.strictObject({
  kommuneId,
  name: text('Name', 200, 1),
  einheit: text('Einheit', 50).default(''),
  richtung,
  rba,
  verantwortlich: text('Verantwortliche Einheit', 200).default(''),
  rhythmus,
  basisWert: zahl('Basiswert').nullable().default(null),
  basisJahr: jahr('Basisjahr').nullable().default(null),
  zielWert: zahl('Zielwert').nullable().default(null),
  zielJahr: jahr('Zieljahr').nullable().default(null),
  zielId: z.uuid({ message: 'Wirkungsziel: ungültige Kennung.' }).nullable().default(null),
  stufe: stufe.nullable().default(null),
  gegenindikatorId: z.uuid({ message: 'Gegenindikator: ungültige Kennung.' }).nullable().default(null),
});
export type IndikatorAnlegen = z.infer<typeof indikatorAnlegen>;

/** Messwerte: Jahr 1950 bis zum laufenden Jahr (die Obergrenze prüft der Use Case mit dem heutigen Datum). */
export const wertAnlegen = z.strictObject({
  jahr: jahr('Jahr'),
  datum: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum: JJJJ-MM-TT erwartet.' }).nullable().default(null),
  wert: zahl('Wert'),
  stadtteil: text('Stadtteil', 100).default(''),
  zielgruppe: text('Zielgruppe', 100).default(''),
});
export type WertAnlegen = z.infer<typeof wertAnlegen>;

/** Eigene Prognose: ersetzt die bisherige vollständig (leere Liste löscht sie). */
export const handprognose = z.strictObject({
  werte: z.array(z.strictObject({ jahr: jahr('Jahr'), wert: zahl('Wert') }), { message: 'Werte: Liste erwartet.' }).max(50, { message: 'Werte: höchstens 50 Jahre.' }),
});
export type Handprognose = z.infer<typeof handprognose>;
export const handprognoseAntwort = z.object({ werte: z.array(z.object({ jahr: z.number(), wert: z.number() })) });

export const importAnfrage = z.strictObject({
  format: z.enum(['csv', 'xlsx'], { message: 'Format: csv oder xlsx.' }),
  /** CSV als Text, XLSX als Base64. */
  inhalt: z.string().min(1, { message: 'Die Datei ist leer.' }).max(1_000_000, { message: 'Die Datei ist zu groß (höchstens etwa 700 KB).' }),
});

export const listeQuery = z.strictObject({ kommuneId });
export const idParams = uuidParams;
export const angelegt = z.object({ id: z.string() });

const jahresWert = z.object({ jahr: z.number(), wert: z.number() });
export const hinweise = z.object({
  zielKaumErreichbar: z.boolean().nullable(),
  gegenindikator: z.boolean(),
  ueberfaellig: z.boolean(),
});

export const indikatorKurz = z.object({
  id: z.string(),
  name: z.string(),
  einheit: z.string(),
  richtung,
  rba,
  verantwortlich: z.string(),
  rhythmus,
  zielId: z.string().nullable(),
  stufe: z.number().nullable(),
  letzterWert: jahresWert.nullable(),
  faellig: z.string(),
  hinweise,
});
export type IndikatorKurz = z.infer<typeof indikatorKurz>;
export const indikatorListe = z.object({ items: z.array(indikatorKurz) });

export const indikatorDetail = indikatorKurz.extend({
  kommuneId: z.string(),
  basisWert: z.number().nullable(),
  basisJahr: z.number().nullable(),
  zielWert: z.number().nullable(),
  zielJahr: z.number().nullable(),
  zielAussage: z.string().nullable(),
  gegenindikator: z.object({ id: z.string(), name: z.string(), richtung }).nullable(),
  werte: z.array(z.object({ jahr: z.number(), datum: z.string().nullable(), wert: z.number(), stadtteil: z.string(), zielgruppe: z.string() })),
  jahresreihe: z.array(jahresWert),
  handprognose: z.array(jahresWert).describe('von Hand gesetzte Prognose (nur Anzeige; Hinweise rechnen mit der berechneten)'),
  prognose: z.object({ alpha: z.number(), beta: z.number(), sigma: z.number(), punkte: z.array(z.object({ jahr: z.number(), wert: z.number(), unten: z.number(), oben: z.number() })) }).nullable(),
  darfSchreiben: z.boolean(),
});
export type IndikatorDetail = z.infer<typeof indikatorDetail>;

export const importErgebnis = z.object({ importiert: z.number() });

export const frischeAntwort = z.object({ items: z.array(z.object({ einheit: z.string(), gesamt: z.number(), aktuell: z.number(), anteil: z.number() })) });
export type FrischeAntwort = z.infer<typeof frischeAntwort>;
