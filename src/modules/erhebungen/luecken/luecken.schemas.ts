/** Antwortschema der Lücken: schwächste Bereiche mit Bedarfsentwurf und passenden Lösungen. */
import { z } from 'zod';

export const bedarfEntwurf = z.object({
  kommuneId: z.string(),
  titel: z.string(),
  beschreibung: z.string(),
  handlungsfeld: z.string().nullable(),
  dringlichkeit: z.enum(['hoch', 'mittel', 'niedrig']),
  quelle: z.literal('erhebung'),
  quelleRef: z.string(),
  /** Die Suchbegriffe der Lücke (mit Handlungsfeld): der angelegte Bedarf wird mit ihnen auf ungedeckte Nachfrage geprüft (Entscheidung 0144). */
  suchbegriffe: z.array(z.object({ begriff: z.string(), handlungsfeld: z.string() })).optional(),
});
export type BedarfEntwurf = z.infer<typeof bedarfEntwurf>;

export const lueckenAntwort = z.object({
  rundeId: z.string(),
  fragebogen: z.object({ id: z.string(), version: z.number(), titel: z.string() }),
  luecken: z.array(
    z.object({
      dimension: z.object({ id: z.string(), titel: z.string(), score: z.number().nullable(), stufe: z.object({ stufe: z.number(), label: z.string() }).nullable() }),
      fragen: z.array(z.object({ itemId: z.string(), text: z.string(), punkte: z.number() })),
      bedarfEntwurf,
      bedarfId: z.string().nullable(),
      loesungen: z.array(z.object({ id: z.string(), titel: z.string(), zusammenfassung: z.string(), herkunft: z.string().nullable(), sprache: z.string(), vonKommunenWieIhrer: z.boolean() })),
      /** Keine gut passende Lösung im Katalog: noch nichts Erprobtes; als Bedarf angelegt, zählt die Lücke als ungedeckte Nachfrage. */
      ungedeckt: z.boolean(),
      /** Womit gesucht wurde (Suchhilfen des Fragebogens, Entscheidung 0126). */
      suche: z.object({ themen: z.array(z.string()), suchbegriffe: z.array(z.string()), handlungsfeld: z.string().nullable() }),
      hinweis: z.string().nullable(),
    }),
  ),
});
export type LueckenAntwort = z.infer<typeof lueckenAntwort>;
export type Luecke = LueckenAntwort['luecken'][number];
