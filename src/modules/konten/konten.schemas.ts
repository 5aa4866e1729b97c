import { z } from 'zod';
import { kommuneId } from '../../core/schemas.ts';

export const email = z.string().trim().toLowerCase().max(254).email({ message: 'Bitte geben Sie eine gültige E-Mail-Adresse an.' });
export const passwort = z
  .string()
  .min(10, { message: 'Das Passwort muss mindestens 10 Zeichen lang sein.' })
  .max(200, { message: 'Das Passwort darf höchstens 200 Zeichen lang sein.' });

export const registrierungSchema = z.strictObject({
  email,
  name: z.string().trim().min(1).max(120),
  passwort,
  einladung: z.string().min(10).max(100).optional(),
});
export const loginSchema = z.strictObject({ email: z.string().trim().toLowerCase().max(254), passwort: z.string().max(200) });
export const passwortAendernSchema = z.strictObject({ altesPasswort: z.string().max(200), neuesPasswort: passwort });
export const einladungSchema = z.strictObject({
  rolle: z.enum(['mitglied', 'admin']),
  email: email.optional(),
});
export const einladungAnnehmenSchema = z.strictObject({ token: z.string().min(10).max(100) });
export const kommuneParams = z.strictObject({ kommuneId });
export const mitgliedParams = z.strictObject({ kommuneId, kontoId: z.uuid({ message: 'Konto: ungültige Kennung.' }) });
export const rolleAendernSchema = z.strictObject({ rolle: z.enum(['mitglied', 'admin']) });
export const mitgliedAntwort = z.object({ id: z.string(), name: z.string(), email: z.string(), rolle: z.enum(['mitglied', 'admin']) });
export const registrierungAntwort = z.object({ status: z.literal('eingegangen') });
export const einladungAntwort = z.object({
  token: z.string(),
  link: z.string(),
  laeuftAbAm: z.string(),
  email: z.string().nullable(),
  /** true: a link without e-mail address that anyone holding it can use once (role Mitglied only). */
  uebertragbar: z.boolean(),
});
export const rolleVergebenSchema = z.strictObject({
  email,
  rolle: z.enum(['lotse', 'transferstelle', 'plattform-admin']),
  regionen: z.array(z.string().regex(/^([0-9]{2}|[0-9]{5})$/)).max(100).optional(),
});
export const mitgliedschaftVergebenSchema = z.strictObject({ email, kommuneId, rolle: z.enum(['mitglied', 'admin']) });
export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const kontoAntwort = z.object({
  /** Roles withheld until a second factor is set up (LOTSE_2FA_PFLICHT). */
  zweiterFaktorFehlt: z.boolean(),
  id: z.string(),
  email: z.string(),
  name: z.string(),
  rollen: z.array(z.string()),
  regionen: z.array(z.string()),
  mitgliedschaften: z.array(z.object({ kommuneId: z.string(), kommuneName: z.string(), rolle: z.string() })),
});
export type KontoAntwort = z.infer<typeof kontoAntwort>;

const kommuneRolle = z.enum(['mitglied', 'admin']);

/** Answer without body (204). */
export const keinInhalt = z.void().describe('Kein Inhalt');
export const einladungAngenommenAntwort = z.object({ kommuneId: z.string(), rolle: kommuneRolle });
export const mitgliederAntwort = z.object({ items: z.array(mitgliedAntwort), total: z.number().int() });
export const kontoIdAntwort = z.object({ kontoId: z.string() });

export const auditEintrag = z.object({
  id: z.number().int(),
  aktion: z.string().describe('Punktiertes Verb, z. B. „mitglied.eingeladen“'),
  objektTyp: z.string(),
  objektId: z.string().nullable(),
  details: z.unknown().describe('Einzelheiten der Handlung (JSON-Objekt)'),
  zeitpunkt: z.string().describe('ISO 8601'),
  wer: z.string().nullable().describe('Name des handelnden Kontos (null: gelöscht oder System)'),
});
export const auditAntwort = z.object({ items: z.array(auditEintrag), total: z.number().int() });

export type Mitglied = z.infer<typeof mitgliedAntwort>;
export type MitgliederAntwort = z.infer<typeof mitgliederAntwort>;
export type EinladungAntwort = z.infer<typeof einladungAntwort>;
export type AuditEintrag = z.infer<typeof auditEintrag>;
export type AuditAntwort = z.infer<typeof auditAntwort>;
