/** zod-Schemas der Ideen (Anfragen und Antworten); die Seiten nutzen die abgeleiteten Typen. */
import { z } from 'zod';
import { kommuneId, uuidParams } from '../../../core/schemas.ts';
import { IDEE_STATUS } from './ideen.rules.ts';

const text = (min: number, max: number, feld: string) =>
  z.string().trim().min(min, { message: `${feld}: bitte ausfüllen.` }).max(max, { message: `${feld}: höchstens ${max} Zeichen.` });
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet.' });

export const IDEE_GRENZEN = { problem: 4000, vorschlag: 4000, prozess: 200, nutzen: 2000, grund: 2000 } as const;

export const ideeStatus = z.enum(IDEE_STATUS);
export const idParams = uuidParams;

export const ideeEinreichenSchema = z.strictObject({
  kommuneId,
  problem: text(5, IDEE_GRENZEN.problem, 'Problem'),
  vorschlag: text(5, IDEE_GRENZEN.vorschlag, 'Vorschlag'),
  prozess: z.string().trim().max(IDEE_GRENZEN.prozess, { message: `Prozess: höchstens ${IDEE_GRENZEN.prozess} Zeichen.` }).default(''),
  nutzen: z.string().trim().max(IDEE_GRENZEN.nutzen, { message: `Nutzen: höchstens ${IDEE_GRENZEN.nutzen} Zeichen.` }).default(''),
  einheitId: z.uuid({ message: 'Ungültige Organisationseinheit.' }).nullable().optional(),
  anonym: z.boolean().default(false),
});
export type IdeeEinreichen = z.infer<typeof ideeEinreichenSchema>;

export const ideeListeQuery = z.strictObject({
  kommuneId,
  einheitId: z.uuid({ message: 'Ungültige Organisationseinheit.' }).optional(),
  status: ideeStatus.optional(),
});
export type IdeeListeQuery = z.infer<typeof ideeListeQuery>;

export const kommuneQuery = z.strictObject({ kommuneId });
export const kommuneParams = z.strictObject({ kommuneId });

export const statusSchema = z.strictObject({
  status: ideeStatus,
  grund: z.string().trim().max(IDEE_GRENZEN.grund, { message: `Begründung: höchstens ${IDEE_GRENZEN.grund} Zeichen.` }).default(''),
  wiedervorlageAm: datum.nullable().optional(),
});

export const verantwortungSchema = z.strictObject({
  kontoId: z.uuid({ message: 'Ungültige Person.' }),
  entscheidenBis: datum.optional(),
});

export const einheitAnlegenSchema = z.strictObject({
  name: text(2, 120, 'Name'),
  beschaeftigte: z.number().int().min(0).max(1_000_000).nullable().optional(),
});

export const einstellungSchema = z.strictObject({
  namenAus: z.boolean(),
  beschaeftigte: z.number().int().min(0).max(10_000_000).nullable().optional(),
});

// ---- Antworten ---------------------------------------------------------------------------------

const zeit = z.string();

export const ideeKurz = z.object({
  id: z.string(),
  kommuneId: z.string(),
  einheitId: z.string().nullable(),
  einheitName: z.string().nullable(),
  problem: z.string(),
  vorschlag: z.string(),
  prozess: z.string(),
  nutzen: z.string(),
  anonym: z.boolean(),
  /** Name der einreichenden Person; null bei anonymen Ideen und wenn die Kommune Namen abgeschaltet hat. */
  eingereichtVon: z.string().nullable(),
  status: ideeStatus,
  grund: z.string(),
  wiedervorlageAm: z.string().nullable(),
  verantwortlichId: z.string().nullable(),
  verantwortlich: z.string().nullable(),
  entscheidenBis: z.string(),
  erstelltAm: zeit,
  statusGeaendertAm: zeit,
});
export type IdeeKurz = z.infer<typeof ideeKurz>;

export const ideeListe = z.object({ items: z.array(ideeKurz) });

export const ideeDetail = ideeKurz.extend({
  verlauf: z.array(z.object({ von: ideeStatus.nullable(), nach: ideeStatus, grund: z.string(), wer: z.string().nullable(), zeitpunkt: zeit })),
  moeglich: z.object({
    statusZiele: z.array(ideeStatus),
    entscheiden: z.boolean(),
    uebernehmen: z.boolean(),
    zuweisen: z.boolean(),
  }),
});
export type IdeeDetail = z.infer<typeof ideeDetail>;

export const engpassListe = z.object({
  items: z.array(ideeKurz.extend({ gruende: z.array(z.enum(['ohne_verantwortung', 'frist_ueberschritten', 'festgefahren'])) })),
});
export type EngpassListe = z.infer<typeof engpassListe>;

export const einheit = z.object({ id: z.string(), name: z.string(), beschaeftigte: z.number().nullable() });
export const einheitListe = z.object({ items: z.array(einheit) });
export const einstellung = z.object({ namenAus: z.boolean(), beschaeftigte: z.number().nullable() });
export type Einstellung = z.infer<typeof einstellung>;
