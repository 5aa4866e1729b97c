/**
 * Schema der versionierten Referenzdaten (veröffentlichte Studienwerte),
 * z. B. data/referenz/digitale-kommune-2019.json.
 */
import { z } from 'zod';

export const kommunenartSchema = z.enum(['gemeinde', 'kreis']);
export type Kommunenart = z.infer<typeof kommunenartSchema>;

/**
 * Auf welche Kommunen sich ein Prozentwert bezieht. Fehlt die Angabe: alle befragten Kommunen (der Größenklasse).
 * Die Strategie-Zeilen der Steckbriefe (Handlungsfelder, Ziele, Akteure, Verantwortliche, Alignment) gelten
 * laut Tabellenkopf nur für Kommunen, die eine Digitalisierungsstrategie haben oder entwickeln.
 */
export const referenzBasisSchema = z.enum(['alle', 'mit-strategie', 'strategie-oder-entwicklung', 'in-entwicklung', 'ohne-strategie', 'glasfaser-beteiligt']);
export type ReferenzBasis = z.infer<typeof referenzBasisSchema>;

export const referenzMerkmalSchema = z.object({
  bereich: z.string().min(1),
  merkmal: z.string().min(1),
  auspraegung: z.string().min(1),
  prozent: z.number().min(0).max(100),
  /** Weitere Werte derselben Tabellenzelle (Tabelle 10 und 11 nennen beim Partner zwei Werte); Erklärung in `hinweis`. */
  weitereProzente: z.array(z.number().min(0).max(100)).min(1).optional(),
  /** Die Quelle nennt den Wert nur ungefähr („ca.“, „drei Viertel“); Sätze sagen dann „rund“. */
  ungefaehr: z.literal(true).optional(),
  basis: referenzBasisSchema.optional(),
  /** 'tabelle' = Steckbrief-Tabelle, 'text' = Fließtext der Studie. */
  herkunft: z.enum(['tabelle', 'text']),
  hinweis: z.string().min(1).optional(),
});
export type ReferenzMerkmal = z.infer<typeof referenzMerkmalSchema>;

export const referenzGruppeSchema = z
  .object({
    art: kommunenartSchema,
    groessenklasse: z.number().int().min(1).max(7),
    label: z.string().min(1),
    n: z.number().int().positive(),
    tabelle: z.number().int().positive(),
    merkmale: z.array(referenzMerkmalSchema).min(1),
  })
  .refine((g) => g.art === 'gemeinde' || g.groessenklasse <= 3, {
    message: 'Kreise haben nur die Größenklassen 1 bis 3',
  });
export type ReferenzGruppe = z.infer<typeof referenzGruppeSchema>;

export const groessenklasseDefinitionSchema = z.object({
  art: kommunenartSchema,
  groessenklasse: z.number().int().min(1).max(7),
  label: z.string().min(1),
  minEinwohner: z.number().int().min(0),
  maxEinwohner: z.number().int().positive().nullable(),
});
export type GroessenklasseDefinition = z.infer<typeof groessenklasseDefinitionSchema>;

export const referenzdatenSchema = z
  .object({
    version: z.string().min(1),
    quelle: z.object({
      titel: z.string().min(1),
      herausgeber: z.string().min(1),
      jahr: z.number().int(),
      erhebung: z.string().min(1).optional(),
      weitereInformationen: z.url().optional(),
      hinweis: z.string().min(1),
      lizenzHinweis: z.string().min(1),
    }),
    groessenklassen: z.array(groessenklasseDefinitionSchema).min(1),
    /** Satzvorlagen je Merkmal für Vergleichssätze; Platzhalter {wo}, {prozent}, {auspraegung}, {merkmal}. */
    satzvorlagen: z.record(z.string(), z.string().min(1)).optional(),
    gruppen: z.array(referenzGruppeSchema).min(1),
    gesamt: z.object({
      n: z.number().int().positive(),
      merkmale: z.array(referenzMerkmalSchema).min(1),
    }),
  })
  .superRefine((d, ctx) => {
    const schluessel = d.gruppen.map((g) => `${g.art}:${g.groessenklasse}`);
    if (new Set(schluessel).size !== schluessel.length) {
      ctx.addIssue({ code: 'custom', message: 'Gruppe (art, groessenklasse) doppelt' });
    }
  });
export type Referenzdaten = z.infer<typeof referenzdatenSchema>;

/** Antwort von GET /api/referenz/digitale-kommune: Quelle, Werte je Gruppe und über alle Kommunen. */
const merkmalAntwort = z.object({
  bereich: z.string(),
  merkmal: z.string(),
  auspraegung: z.string(),
  prozent: z.number(),
  weitereProzente: z.array(z.number()).optional(),
  ungefaehr: z.boolean(),
  basis: referenzBasisSchema,
  herkunft: z.enum(['tabelle', 'text']),
  hinweis: z.string().optional(),
});
export const referenzAntwort = z.object({
  quelle: z.object({
    titel: z.string(),
    herausgeber: z.string(),
    jahr: z.number(),
    erhebung: z.string().optional(),
    weitereInformationen: z.string().optional(),
    hinweis: z.string(),
    lizenzHinweis: z.string(),
    version: z.string(),
  }),
  gruppen: z.array(z.object({ art: kommunenartSchema, groessenklasse: z.number(), n: z.number(), tabelle: z.number(), label: z.string(), merkmale: z.array(merkmalAntwort) })),
  gesamt: z.object({ n: z.number(), merkmale: z.array(merkmalAntwort) }),
});
