import { z } from 'zod';

export const KOMMUNE_TYPEN = ['Gemeinde', 'Stadt', 'kreisfreie Stadt', 'Landkreis', 'Land', 'Stadtstaat'] as const;

/** GET /api/kommunen – unbekannte Parameter sind ein Fehler (400). */
export const sucheQuery = z.strictObject({
  q: z.string().trim().max(100, { message: 'Der Suchbegriff darf höchstens 100 Zeichen lang sein.' }).optional(),
  land: z.string().trim().min(1).max(40).optional()
    .describe("Land als Kürzel ('HE'), Schlüssel ('06') oder Name ('Hessen')"),
  typ: z.enum(KOMMUNE_TYPEN).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type SucheQuery = z.infer<typeof sucheQuery>;

export const keyParams = z.strictObject({
  key: z.string().regex(/^([0-9]{2}|[0-9]{5}|[0-9]{8}|[0-9]{12})$/, {
    message: 'Erwartet: 12-stelliger Regionalschlüssel (ARS), 8-stelliger Gemeindeschlüssel (AGS), 5-stelliger Kreis- oder 2-stelliger Landesschlüssel.',
  }),
});

const verweis = z.object({ ars: z.string(), name: z.string() });

const basis = {
  ars: z.string().describe('12-stelliger Amtlicher Regionalschlüssel (id der Kommune)'),
  ags: z.string().describe('Amtlicher Gemeindeschlüssel: 8 Stellen (Gemeinde), 5 (Kreis), 2 (Land)'),
  name: z.string().describe('amtlicher Name mit Zusatz, z. B. „Gießen, Universitätsstadt“'),
  kurzname: z.string(),
  typ: z.enum(KOMMUNE_TYPEN),
  einwohner: z.number().int().describe('Zensus 2022 (Kreise und Länder: Summe ihrer Gemeinden)'),
  landName: z.string(),
  groessenklasse: z.number().int().nullable().describe('ÖFIT/KGSt-Studie: Tabelle 1 (Städte/Gemeinden, 1–7), Tabelle 2 (Kreise, 1–3); Länder: null'),
  kreis: verweis.nullable(),
};

export const kommuneEintrag = z.object({ ...basis, land: z.string().describe("Länderkürzel, z. B. 'HE'") });
export const kommuneDetail = z.object({
  ...basis,
  land: verweis.extend({ code: z.string() }).describe('Land der Kommune (bei Ländern und Stadtstaaten sie selbst)'),
  groessenklasseText: z.string().nullable(),
});
export const sucheAntwort = z.object({ items: z.array(kommuneEintrag), total: z.number().int() });

export type KommuneEintrag = z.infer<typeof kommuneEintrag>;
export type KommuneDetail = z.infer<typeof kommuneDetail>;
export type SucheAntwort = z.infer<typeof sucheAntwort>;
