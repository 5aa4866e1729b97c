import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';

export const phase = z.enum(['verstehen', 'anpassen', 'uebernehmen', 'verstetigen', 'abgeschlossen', 'abgebrochen']);
export const arbeitsPhase = z.enum(['verstehen', 'anpassen', 'uebernehmen', 'verstetigen']);
const uuid = (was: string) => z.uuid({ message: `Ungültige Kennung (${was}).` });
const text = (max: number) => z.string().trim().max(max, { message: `Höchstens ${max} Zeichen.` });
const datum = z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet.' });

export const idParams = uuidParams;
export const punktParams = z.strictObject({ id: uuid('Projekt'), punktId: uuid('Punkt') });
export const meilensteinParams = z.strictObject({ id: uuid('Projekt'), meilensteinId: uuid('Meilenstein') });
export const vorlageParams = z.strictObject({ loesungId: uuid('Lösung') });

export const anlegenSchema = z.strictObject({
  loesungId: uuid('Lösung'),
  bedarfId: uuid('Bedarf').optional(),
  /** AGS (8 Stellen) oder ARS (12 Stellen); nötig, wenn das Konto zu mehreren Kommunen gehört. */
  kommune: z.string().trim().regex(/^([0-9]{8}|[0-9]{12})$/, { message: 'Kommune: AGS (8 Stellen) oder Regionalschlüssel (12 Stellen) erwartet.' }).optional(),
});
export type Anlegen = z.infer<typeof anlegenSchema>;

export const aendernSchema = z
  .strictObject({
    phase: phase.optional(),
    grund: text(2000).optional(),
    verantwortlichId: uuid('verantwortliche Person').optional(),
    herkunftKontakt: text(300).optional(),
    /** Tag der Inbetriebnahme (sonst der Tag des Wechsels in „verstetigen“). */
    goliveAm: datum.optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Die Anfrage enthält keine Änderung.' });
export type Aendern = z.infer<typeof aendernSchema>;

export const punktSchema = z.strictObject({ erledigt: z.boolean() });
/** A checklist item of one project: tick it off and/or rename it (the template of the solution stays). */
export const punktAendernSchema = z
  .strictObject({ erledigt: z.boolean().optional(), text: text(300).min(3, { message: 'Text: mindestens 3 Zeichen.' }).optional() })
  .refine((b) => b.erledigt !== undefined || b.text !== undefined, { message: 'Die Anfrage enthält keine Änderung.' });
export const punktNeuSchema = z.strictObject({ phase: arbeitsPhase, text: text(300).min(3, { message: 'Text: mindestens 3 Zeichen.' }) });
export const meilensteinSchema = z.strictObject({
  phase: arbeitsPhase,
  titel: text(200).min(3, { message: 'Titel: mindestens 3 Zeichen.' }),
  verantwortlich: text(200).default(''),
  faelligAm: datum.nullable().default(null),
});
export const dokumentSchema = z.strictObject({
  titel: text(200).min(3, { message: 'Titel: mindestens 3 Zeichen.' }),
  url: z.url({ protocol: /^https?$/, message: 'Bitte eine Adresse mit http:// oder https:// angeben.' }).max(2000),
});
export const vorlageSchema = z.strictObject({
  verstehen: z.array(text(300).min(3)).max(20),
  anpassen: z.array(text(300).min(3)).max(20),
  uebernehmen: z.array(text(300).min(3)).max(20),
  verstetigen: z.array(text(300).min(3)).max(20),
});

export const listeQuery = z.strictObject({
  kommuneId: kommuneId.optional(),
  loesungId: uuid('Lösung').optional(),
  phase: phase.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListeQuery = z.infer<typeof listeQuery>;

// ---- Antworten -----------------------------------------------------------------------------------

const zeit = z.string();

export const uebernahmeKurz = z.object({
  id: z.string(),
  kommuneId: z.string(),
  kommuneName: z.string(),
  loesungId: z.string(),
  loesungTitel: z.string(),
  loesungVersion: z.number(),
  herkunftKommuneId: z.string().nullable(),
  herkunftName: z.string().nullable(),
  phase,
  abbruchGrund: z.string().nullable(),
  verantwortlich: z.string().nullable(),
  goliveAm: z.string().nullable(),
  erstelltAm: zeit,
  aktualisiertAm: zeit,
});
export type UebernahmeKurz = z.infer<typeof uebernahmeKurz>;
export const listeAntwort = z.object({ items: z.array(uebernahmeKurz), total: z.number() });

export const rueckmeldungAntwort = z.object({
  id: z.string(),
  anlass: z.enum(['golive', '6-monate', '12-monate']),
  aufwandPersonentage: z.number(),
  kostenEuro: z.number(),
  wirkungsstufe: z.number(),
  anpassungen: z.string(),
  belege: z.string(),
  referenz: z.string(),
  oeffentlich: z.boolean(),
  erstelltAm: zeit,
});
export type RueckmeldungAntwort = z.infer<typeof rueckmeldungAntwort>;

export const uebernahmeDetail = uebernahmeKurz.extend({
  bedarfId: z.string().nullable(),
  bedarfTitel: z.string().nullable(),
  herkunftKontakt: z.string(),
  verantwortlichId: z.string().nullable(),
  verlauf: z.array(z.object({ phase, grund: z.string().nullable(), wer: z.string().nullable(), am: zeit })),
  checkliste: z.array(z.object({ id: z.string(), phase: arbeitsPhase, text: z.string(), erledigt: z.boolean() })),
  meilensteine: z.array(
    z.object({ id: z.string(), phase: arbeitsPhase, titel: z.string(), verantwortlich: z.string(), faelligAm: z.string().nullable(), erledigt: z.boolean(), quelle: z.enum(['manuell', 'check']) }),
  ),
  dokumente: z.array(z.object({ id: z.string(), titel: z.string(), url: z.string() })),
  rueckmeldungen: z.array(rueckmeldungAntwort),
  offeneRueckmeldungen: z.array(z.object({ anlass: z.enum(['golive', '6-monate', '12-monate']), faellig: z.string() })),
  /** Mitglieder der übernehmenden Kommune (Auswahl der verantwortlichen Person); nur für sie selbst. */
  mitglieder: z.array(z.object({ id: z.string(), name: z.string() })),
  /** anpassungUebernehmen: members of the origin Kommune may take an adaptation into their solution. */
  moeglich: z.object({ bearbeiten: z.boolean(), phasenZiele: z.array(phase), rueckmelden: z.boolean(), anpassungUebernehmen: z.boolean() }),
});
export type UebernahmeDetail = z.infer<typeof uebernahmeDetail>;

export const vorlageAntwort = z.object({ loesungId: z.string(), eigeneVorlage: z.boolean(), punkte: vorlageSchema });
