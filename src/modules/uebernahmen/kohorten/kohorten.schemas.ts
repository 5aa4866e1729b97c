import { z } from 'zod';

const kommuneSchluessel = z.string().trim().regex(/^([0-9]{8}|[0-9]{12})$/, { message: 'Kommune: AGS (8 Stellen) oder Regionalschlüssel (12 Stellen) erwartet.' });

export const idParams = z.strictObject({ id: z.string().uuid({ message: 'Ungültige Kennung der Kohorte.' }) });
export const exportParams = z.strictObject({
  id: z.string().uuid({ message: 'Ungültige Kennung der Kohorte.' }),
  format: z.enum(['csv', 'xlsx'], { message: 'Format: „csv“ oder „xlsx“.' }),
});
export const vorschlagQuery = z.strictObject({ loesungId: z.string().uuid({ message: 'Ungültige Kennung der Lösung.' }) });

export const anlegenSchema = z.strictObject({
  loesungId: z.string().uuid({ message: 'Ungültige Kennung der Lösung.' }),
  titel: z.string().trim().min(3, 'Der Titel braucht mindestens 3 Zeichen.').max(200, 'Der Titel darf höchstens 200 Zeichen haben.'),
  /** Invited Kommunen: AGS or ARS; at least two (a cohort adopts together). */
  kommunen: z.array(kommuneSchluessel).min(2, 'Eine Kohorte braucht mindestens zwei Kommunen.').max(40, 'Eine Kohorte hat höchstens 40 Kommunen.'),
  maxMitglieder: z.number().int('Ganze Zahl erwartet.').min(2, 'Mindestens 2 Mitglieder.').max(40, 'Höchstens 40 Mitglieder.').optional(),
  /** Start of the schedule (default: today). */
  startAm: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet.' }).optional(),
});
export type Anlegen = z.infer<typeof anlegenSchema>;

/** A Verbund: the Träger (Landkreis, Amt/Verbandsgemeinde) opens one transfer for its member Gemeinden. */
export const verbundSchema = z.strictObject({
  loesungId: z.string().uuid({ message: 'Ungültige Kennung der Lösung.' }),
  titel: z.string().trim().min(3, 'Der Titel braucht mindestens 3 Zeichen.').max(200, 'Der Titel darf höchstens 200 Zeichen haben.'),
  /** Member Gemeinden (AGS or ARS). */
  gemeinden: z.array(kommuneSchluessel).min(1, 'Bitte wählen Sie mindestens eine Mitgliedsgemeinde.').max(400, 'Höchstens 400 Gemeinden.'),
  /** The carrying Kommune (AGS or ARS); only when the account belongs to several Kommunen. */
  traeger: kommuneSchluessel.optional(),
  startAm: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet.' }).optional(),
});
export type Verbund = z.infer<typeof verbundSchema>;

/** Invite further Kommunen into an existing cohort (AGS or ARS); the size limit of the cohort stays. */
export const einladenSchema = z.strictObject({
  kommunen: z.array(kommuneSchluessel).min(1, 'Bitte nennen Sie mindestens eine Kommune.').max(40, 'Höchstens 40 Kommunen auf einmal.'),
});

const datumFeld = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Datum im Format JJJJ-MM-TT erwartet.' });
export const meilensteinSchema = z.strictObject({
  titel: z.string().trim().min(3, 'Der Titel braucht mindestens 3 Zeichen.').max(200, 'Der Titel darf höchstens 200 Zeichen haben.'),
  verantwortlich: z.string().trim().max(200, 'Höchstens 200 Zeichen.').default(''),
  faelligAm: datumFeld.nullable().default(null),
  kommune: kommuneSchluessel.optional(),
});
export const meilensteinParams = z.strictObject({
  id: z.string().uuid({ message: 'Ungültige Kennung der Kohorte.' }),
  meilensteinId: z.string().uuid({ message: 'Ungültige Kennung des Meilensteins.' }),
});
export const erledigtSchema = z.strictObject({ erledigt: z.boolean({ message: 'erledigt: true oder false.' }), kommune: kommuneSchluessel.optional() });

export const antwortSchema = z.strictObject({
  annehmen: z.boolean({ message: 'Bitte geben Sie an, ob Ihre Kommune annimmt (true) oder ablehnt (false).' }),
  kommune: kommuneSchluessel.optional(),
});
export const beitragSchema = z.strictObject({
  text: z.string().trim().min(1, 'Bitte schreiben Sie einen Beitrag.').max(5000, 'Ein Beitrag darf höchstens 5000 Zeichen haben.'),
  kommune: kommuneSchluessel.optional(),
});
export const dokumentSchema = z.strictObject({
  titel: z.string().trim().min(1, 'Bitte geben Sie einen Titel an.').max(200, 'Der Titel darf höchstens 200 Zeichen haben.'),
  url: z.string().trim().max(2000, 'Die Adresse ist zu lang.').url('Bitte geben Sie eine gültige Adresse an (https://…).').refine((u) => /^https?:\/\//.test(u), 'Nur Adressen mit http:// oder https://.'),
  kommune: kommuneSchluessel.optional(),
});

const kommuneKurz = z.object({ id: z.string(), name: z.string() });
const status = z.enum(['eingeladen', 'dabei', 'abgelehnt']);

export const kohorteKurz = z.object({
  id: z.string(),
  titel: z.string(),
  loesung: z.object({ id: z.string(), titel: z.string() }),
  transferplanBis: z.string(),
  reviewAm: z.string(),
  mitglieder: z.number().int(),
  dabei: z.number().int(),
  /** Open invitations of the caller's Kommunen (Kommune admins may accept). */
  einladungen: z.array(kommuneKurz),
});
export const listeAntwort = z.object({ kohorten: z.array(kohorteKurz), darfBilden: z.boolean() });

export const zeileBoard = z.object({
  kommune: kommuneKurz,
  status,
  uebernahmeId: z.string().nullable(),
  phase: z.string().nullable(),
  offeneMeilensteine: z.number().int(),
  letzteRueckmeldung: z.string().nullable(),
});
export const board = z.object({
  id: z.string(),
  titel: z.string(),
  loesung: z.object({ id: z.string(), titel: z.string(), herkunft: z.string().nullable() }),
  maxMitglieder: z.number().int(),
  /** Träger of a Verbund (Landkreis, Amt/Verbandsgemeinde); null for a cohort of the Transferstelle. */
  traeger: kommuneKurz.nullable(),
  startAm: z.string(),
  transferplanBis: z.string(),
  reviewAm: z.string(),
  mitglieder: z.array(zeileBoard),
  /** Shared milestones of the cohort (the schedule's dates and those added by members or the Transferstelle). */
  meilensteine: z.array(z.object({ id: z.string(), titel: z.string(), verantwortlich: z.string(), faelligAm: z.string().nullable(), erledigt: z.boolean(), quelle: z.enum(['zeitplan', 'manuell']), kommune: z.string().nullable() })),
  beitraege: z.array(z.object({ id: z.string(), text: z.string(), kommune: z.string().nullable(), autor: z.string().nullable(), erstelltAm: z.string() })),
  dokumente: z.array(z.object({ id: z.string(), titel: z.string(), url: z.string(), kommune: z.string().nullable(), erstelltAm: z.string() })),
  sicht: z.enum(['transferstelle', 'mitglied', 'traeger', 'lotse']),
  /** einladen: the Transferstelle (cohort without Träger) or the Träger of a Verbund may invite further Kommunen. */
  moeglich: z.object({ beitragen: z.boolean(), annehmen: z.array(kommuneKurz), einladen: z.boolean() }),
});
export type Board = z.infer<typeof board>;

export const vorschlaege = z.object({
  kommunen: z.array(z.object({ id: z.string(), ags: z.string().nullable(), name: z.string(), bedarfe: z.number().int() })),
});
