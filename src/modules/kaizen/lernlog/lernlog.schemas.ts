/** zod-Schemas des Lernlogs (Anfragen und Antworten). */
import { z } from 'zod';
import { kommuneId } from '../../../core/schemas.ts';
import { AUSGAENGE, SICHTBARKEITEN } from './lernlog.rules.ts';

const text = (max: number, feld: string) =>
  z.string().trim().min(1, { message: `${feld}: bitte ausfüllen.` }).max(max, { message: `${feld}: höchstens ${max} Zeichen.` });
export const sichtbarkeit = z.enum(SICHTBARKEITEN, { message: 'Wer darf den Eintrag sehen? Bitte wählen: nur die eigene Kommune, alle Kommunen oder anonymisiert für alle.' });
export const ausgang = z.enum(AUSGAENGE, { message: 'Wie ist es ausgegangen? Bitte wählen: gelungen, teilweise oder gescheitert.' });

export const eintragSchema = z.strictObject({
  kommuneId,
  titel: text(200, 'Titel'),
  versucht: text(4000, 'Was wurde versucht'),
  passiert: text(4000, 'Was ist passiert'),
  gelernt: text(4000, 'Gelernt'),
  ausgang,
  sichtbarkeit,
});
export type EintragAnlegen = z.infer<typeof eintragSchema>;

export const ausExperimentSchema = z.strictObject({ sichtbarkeit });

export const listeQuery = z.strictObject({
  q: z.string().trim().max(200, { message: 'Suche: höchstens 200 Zeichen.' }).optional(),
});

export const eintragAntwort = z.object({
  id: z.string(),
  titel: z.string(),
  versucht: z.string(),
  passiert: z.string(),
  gelernt: z.string(),
  ausgang,
  sichtbarkeit,
  /** Der Eintrag gehört einer Kommune der fragenden Person. */
  eigen: z.boolean(),
  kommuneId: z.string().nullable(),
  kommuneName: z.string().nullable(),
  autor: z.string().nullable(),
  experimentId: z.string().nullable(),
  /** Beruht auf einem Experiment: andere Kommunen können es bei sich testen. */
  testbar: z.boolean(),
  erstelltAm: z.string(),
});
export type EintragAntwort = z.infer<typeof eintragAntwort>;
export const eintragListe = z.object({ items: z.array(eintragAntwort) });

export const lernAktivitaet = z.object({
  seit: z.string(),
  experimenteEntschieden: z.number(),
  lerneintraege: z.number(),
  ideenEntschieden: z.number(),
});
export type LernAktivitaet = z.infer<typeof lernAktivitaet>;
