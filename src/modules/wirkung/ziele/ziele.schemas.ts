import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { HANDLUNGSFELDER } from '../../loesungen/index.ts';

const text = (feld: string, max: number, min = 0) =>
  z.string().trim()
    .min(min, { message: `${feld}: Bitte ausfüllen.` })
    .max(max, { message: `${feld}: höchstens ${max} Zeichen.` });

export const stufe = z.number({ message: 'Stufe der Wirkungstreppe: Zahl von 1 bis 7 erwartet.' }).int({ message: 'Stufe der Wirkungstreppe: ganze Zahl von 1 bis 7 erwartet.' })
  .min(1, { message: 'Stufe der Wirkungstreppe: 1 bis 7 erwartet.' })
  .max(7, { message: 'Stufe der Wirkungstreppe: 1 bis 7 erwartet.' });
const sdg = z.number({ message: 'SDG: Zahl von 1 bis 17 erwartet.' }).int({ message: 'SDG: ganze Zahl von 1 bis 17 erwartet.' })
  .min(1, { message: 'SDG: 1 bis 17 erwartet.' }).max(17, { message: 'SDG: 1 bis 17 erwartet.' });
export const iooi = z.enum(['input', 'output', 'outcome', 'impact'], { message: 'IOOI-Ebene: input, output, outcome oder impact.' });
export const logikEbene = z.enum(['output', 'outcome', 'impact'], { message: 'Ebene: output, outcome oder impact.' });
export const euro = z.number({ message: 'Budget: Betrag in Euro erwartet.' })
  .min(0, { message: 'Budget: nicht negativ.' }).max(999_999_999_999, { message: 'Budget: zu groß.' })
  .refine((x) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6, { message: 'Budget: höchstens zwei Nachkommastellen.' });

const zielFelder = {
  aussage: text('Aussage', 500, 1),
  zielgruppe: text('Zielgruppe', 200).default(''),
  handlungsfeld: z.enum(HANDLUNGSFELDER, { message: 'Handlungsfeld: unbekannter Wert.' }).nullable().default(null),
  verantwortlich: text('Verantwortliche Einheit', 200).default(''),
  stufe,
  iooi,
  sdg: sdg.nullable().default(null),
};
export const zielAnlegen = z.strictObject({ kommuneId, ...zielFelder });
export type ZielAnlegen = z.infer<typeof zielAnlegen>;
export const zielAendern = z.strictObject(zielFelder);
export type ZielAendern = z.infer<typeof zielAendern>;

export const listeQuery = z.strictObject({ kommuneId });
export const idParams = uuidParams;
export const elementParams = z.strictObject({ id: z.uuid({ message: 'Ungültige Kennung.' }), elementId: z.uuid({ message: 'Ungültige Kennung des Elements.' }) });
export const verbindungParams = z.strictObject({ id: z.uuid({ message: 'Ungültige Kennung.' }), verbindungId: z.uuid({ message: 'Ungültige Kennung der Verbindung.' }) });

export const massnahmeImZiel = z.union([
  z.strictObject({ massnahmeId: z.uuid({ message: 'Maßnahme: ungültige Kennung.' }) }),
  z.strictObject({
    titel: text('Titel der Maßnahme', 300, 1),
    beschreibung: text('Beschreibung', 4000).default(''),
    budget: euro.nullable().default(null),
    haushaltsprodukt: text('Haushaltsprodukt', 100).default(''),
  }),
], { message: 'Maßnahme: entweder eine bestehende Maßnahme (massnahmeId) oder Titel, Budget und Haushaltsprodukt einer neuen.' });
export type MassnahmeImZiel = z.infer<typeof massnahmeImZiel>;

export const elementAnlegen = z.strictObject({ ebene: logikEbene, titel: text('Titel', 300, 1) });
export const verbindungAnlegen = z.strictObject({
  von: z.uuid({ message: 'Von: ungültige Kennung.' }),
  nach: z.uuid({ message: 'Nach: ungültige Kennung.' }),
  annahme: text('Annahme', 1000).default(''),
});
export type VerbindungAnlegen = z.infer<typeof verbindungAnlegen>;

export const angelegt = z.object({ id: z.string() });

const zielBasis = z.object({
  id: z.string(),
  kommuneId: z.string(),
  aussage: z.string(),
  zielgruppe: z.string(),
  handlungsfeld: z.string().nullable(),
  verantwortlich: z.string(),
  stufe: z.number(),
  iooi: iooi,
  sdg: z.number().nullable(),
});

export const zielKurz = zielBasis.extend({
  anzahlMassnahmen: z.number(),
  anzahlIndikatoren: z.number(),
  nurOutputGemessen: z.boolean(),
});
export type ZielKurz = z.infer<typeof zielKurz>;
export const zielListe = z.object({ items: z.array(zielKurz) });

export const massnahmeKurz = z.object({
  id: z.string(),
  titel: z.string(),
  beschreibung: z.string(),
  budget: z.number().nullable(),
  haushaltsprodukt: z.string(),
  status: z.enum(['aktiv', 'beendet']),
});
export type MassnahmeKurz = z.infer<typeof massnahmeKurz>;

export const zielDetail = zielBasis.extend({
  kommuneName: z.string(),
  massnahmen: z.array(massnahmeKurz),
  elemente: z.array(z.object({ id: z.string(), ebene: logikEbene, titel: z.string() })),
  verbindungen: z.array(z.object({ id: z.string(), von: z.string(), vonArt: z.enum(['massnahme', 'element']), nach: z.string(), annahme: z.string() })),
  indikatoren: z.array(z.object({ id: z.string(), name: z.string(), stufe: z.number().nullable() })),
  hinweise: z.object({ nurOutputGemessen: z.boolean() }),
  darfSchreiben: z.boolean(),
});
export type ZielDetail = z.infer<typeof zielDetail>;
