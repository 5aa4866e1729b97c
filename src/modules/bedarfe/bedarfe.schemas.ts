import { z } from 'zod';
import { kommuneId, uuidParams } from '../../core/schemas.ts';
import { HANDLUNGSFELDER } from '../loesungen/index.ts';
import { matchingTreffer } from '../matching/index.ts';
import { bedarfBeschreibung, bedarfKommentar, bedarfTitel } from './bedarfe.felder.ts';
import { BEDARF_STATUS } from './bedarfe.rules.ts';

export const bedarfStatus = z.enum(BEDARF_STATUS);
export const dringlichkeit = z.enum(['niedrig', 'mittel', 'hoch']);
export const handlungsfeld = z.enum(HANDLUNGSFELDER);

export const bedarfAnlegenSchema = z.strictObject({
  kommuneId,
  titel: bedarfTitel,
  beschreibung: bedarfBeschreibung,
  handlungsfeld: handlungsfeld.nullable().optional(),
  dringlichkeit,
  /** Herkunft, wenn der Bedarf aus einem Selbstcheck übernommen wurde. */
  quelle: z.enum(['erhebung']).optional(),
  quelleRef: z.string().trim().min(1).max(100).optional(),
  /** Suchbegriffe der Lücke, aus der der Bedarf stammt (Entscheidung 0144): die Prüfung auf ungedeckte Nachfrage sucht auch mit ihnen. */
  suchbegriffe: z.array(z.strictObject({ begriff: z.string().trim().min(2).max(80), handlungsfeld })).min(1).max(8).optional(),
});
export type BedarfAnlegen = z.infer<typeof bedarfAnlegenSchema>;

export const idParams = uuidParams;

const tage = z.coerce.number().int().min(0).max(36_500);
export const bedarfListeQuery = z.strictObject({
  kommuneId: kommuneId.optional(),
  status: bedarfStatus.optional(),
  handlungsfeld: handlungsfeld.optional(),
  aelterAlsTage: tage.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type BedarfListeQuery = z.infer<typeof bedarfListeQuery>;

export const statusAendernSchema = z.strictObject({
  status: bedarfStatus,
  kommentar: bedarfKommentar.default(''),
});

export const vorschlaegeSchema = z.strictObject({
  loesungIds: z.array(z.uuid({ message: 'Ungültige Lösungs-Kennung.' })).min(1).max(20),
  notiz: bedarfKommentar.default(''),
});

export const eingangQuery = z.strictObject({
  /** Ein Status, `offen` (alle offenen) oder `alle`. Standard: neu und in Klärung. */
  status: z.union([bedarfStatus, z.enum(['offen', 'alle'])]).optional(),
  aelterAlsTage: tage.optional(),
  handlungsfeld: handlungsfeld.optional(),
  /** Je Bedarf läuft eine Matching-Abfrage: Seiten bleiben klein. */
  limit: z.coerce.number().int().min(1).max(50).default(10),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type EingangQuery = z.infer<typeof eingangQuery>;

// ---- Antworten ---------------------------------------------------------------------------------

/** ISO-8601-Zeitpunkt (die Antwortschemas kodieren, sie transformieren nicht). */
const zeit = z.string();

export const bedarfKurz = z.object({
  id: z.string(),
  kommuneId: z.string(),
  kommuneName: z.string(),
  titel: z.string(),
  beschreibung: z.string(),
  handlungsfeld: z.string().nullable(),
  dringlichkeit: dringlichkeit,
  status: bedarfStatus,
  quelle: z.string().nullable(),
  erstelltAm: zeit,
  aktualisiertAm: zeit,
  statusGeaendertAm: zeit,
  alterTage: z.number(),
  anzahlVorschlaege: z.number(),
});
export type BedarfKurz = z.infer<typeof bedarfKurz>;

export const bedarfListe = z.object({ items: z.array(bedarfKurz), total: z.number() });

/** A suggestion of the matcher, as POST /api/matching answers it (schema of the matching module). */
export const matchTreffer = matchingTreffer;
export type MatchTreffer = z.infer<typeof matchTreffer>;

export const eingangListe = z.object({
  items: z.array(bedarfKurz.extend({ vorschlaegeMatcher: z.array(matchTreffer) })),
  total: z.number(),
  /** false, wenn keine Rangfunktion des Matchings angebunden ist. */
  matcherVerfuegbar: z.boolean(),
});

export const bedarfDetail = bedarfKurz.extend({
  quelleRef: z.string().nullable(),
  erstelltVon: z.string().nullable(),
  historie: z.array(z.object({ von: bedarfStatus.nullable(), nach: bedarfStatus, kommentar: z.string(), wer: z.string().nullable(), zeitpunkt: zeit })),
  vorschlaege: z.array(z.object({ loesungId: z.string(), titel: z.string(), externalId: z.string().nullable(), notiz: z.string(), wer: z.string().nullable(), zeitpunkt: zeit })),
  /** Was der aufrufende Account mit diesem Bedarf tun kann (für die Oberfläche; erzwungen wird serverseitig). */
  moeglich: z.object({
    statusZiele: z.array(z.object({ status: bedarfStatus, brauchtKommentar: z.boolean() })),
    vorschlagen: z.boolean(),
    begleiten: z.boolean(),
  }),
});
export type BedarfDetail = z.infer<typeof bedarfDetail>;
