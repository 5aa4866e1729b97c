/** Antwortschemas des Team-Modus. */
import { z } from 'zod';
import { antwortenSchema, fragebogenSchema } from '../frageboegen/fragebogen.schemas.ts';
import { rundeAntwort } from '../runden/runden.schemas.ts';

/** Die neue Team-Runde und – genau einmal – der anonyme Link. */
export const teamRundeAntwort = rundeAntwort.extend({ teamToken: z.string(), teamLink: z.string() });
/** Ein neuer anonymer Link; der alte gilt nicht mehr. */
export const teamLinkAntwort = z.object({ id: z.string(), teamToken: z.string(), teamLink: z.string() });
export const teamBeendetAntwort = z.object({ id: z.string(), status: z.literal('abgeschlossen'), anzahlAntworten: z.number() });

export const teamAnsichtAntwort = z.object({
  kommuneName: z.string(),
  schliesstAm: z.string().nullable(),
  nimmtAntwortenAn: z.boolean(),
  fragebogen: fragebogenSchema,
  /** Zwischenstand dieses Browsers (leer ohne Cookie). */
  antworten: antwortenSchema,
  abgeschickt: z.boolean(),
});
export type TeamAnsicht = z.infer<typeof teamAnsichtAntwort>;

export const teamGespeichert = z.object({ gespeichertAm: z.string(), abgeschickt: z.boolean() });
