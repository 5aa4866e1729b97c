import { z } from 'zod';
import { BAUSTEINE, type Baustein } from './check.rules.ts';

const klasse = z.number().int().min(1, { message: 'Größenklasse: 1 bis 7.' }).max(7, { message: 'Größenklasse: 1 bis 7.' }).nullable();
export const voraussetzungenSchema = z
  .strictObject({
    bausteine: z.array(z.enum(Object.keys(BAUSTEINE) as [Baustein, ...Baustein[]])).max(5).default([]),
    fachverfahren: z.array(z.string().trim().min(2).max(120)).max(10).default([]),
    groessenklasseVon: klasse.default(null),
    groessenklasseBis: klasse.default(null),
    budgetEuro: z.number().int().min(0).max(100_000_000).nullable().default(null),
    personentage: z.number().int().min(0).max(100_000).nullable().default(null),
    rechtsgrundlageLaender: z.array(z.string().regex(/^[A-Z]{2}$/, { message: 'Land: Kürzel wie „HE“.' })).max(16).default([]),
    rechtsgrundlageText: z.string().trim().max(500).default(''),
  })
  .refine((v) => v.groessenklasseVon === null || v.groessenklasseBis === null || v.groessenklasseVon <= v.groessenklasseBis, { message: 'Größenklasse: „von“ darf nicht größer als „bis“ sein.', path: ['groessenklasseBis'] });

export const voraussetzungenAntwort = z.object({ loesungId: z.string(), voraussetzungen: voraussetzungenSchema });

export const checkAntwort = z.object({
  /** The self-check the check was pre-filled from (null: none submitted). */
  selbstcheck: z.object({ rundeId: z.string(), abgeschlossenAm: z.string() }).nullable(),
  punkte: z.array(z.object({ schluessel: z.string(), text: z.string(), status: z.enum(['erfuellt', 'offen', 'zu_klaeren']), quelle: z.enum(['selbstcheck', 'verzeichnis', 'angabe']) })),
});
export type CheckAntwort = z.infer<typeof checkAntwort>;
