import { z } from 'zod';

/** GET /api/kommunen/:key/indikatoren – der Schlüssel wie im Verzeichnis der Kommunen. */
export const keyParams = z.strictObject({
  key: z.string().regex(/^([0-9]{2}|[0-9]{5}|[0-9]{8}|[0-9]{12})$/, {
    message: 'Erwartet: 12-stelliger Regionalschlüssel (ARS), 8-stelliger Gemeindeschlüssel (AGS) oder 5-stelliger Kreisschlüssel.',
  }),
});

const kennzahlen = {
  jahr: z.number().int().describe('jüngstes Jahr des Indikators auf dieser Ebene (Vergleichsjahr)'),
  n: z.number().int().describe('Zahl der Einheiten mit Wert in der Gruppe'),
  median: z.number(),
  p25: z.number().describe('unteres Quartil'),
  p75: z.number().describe('oberes Quartil'),
  anteilNiedriger: z.number().nullable()
    .describe('Lage in der Verteilung: Anteil (%) der anderen Einheiten der Gruppe mit niedrigerem Wert im Vergleichsjahr; null ohne eigenen Wert in diesem Jahr'),
};

export const indikatorEintrag = z.object({
  id: z.string(),
  name: z.string(),
  einheit: z.string(),
  richtung: z.enum(['hoeher_besser', 'niedriger_besser', 'neutral']),
  thema: z.string(),
  quelle: z.string(),
  lizenz: z.string(),
  stand: z.string().describe('Stand der Quelle'),
  beschreibung: z.string(),
  ebene: z.enum(['gemeinde', 'kreis']).describe('kreis = Kreiswert (die Gemeinde hat keinen eigenen Wert)'),
  werte: z.array(z.object({ jahr: z.number().int(), wert: z.number() })),
  vergleich: z.object({
    art: z.enum(['gemeinde', 'kreis']).describe('verglichen mit Gemeinden oder mit Kreisen'),
    groessenklasse: z.number().int(),
    ...kennzahlen,
  }).nullable().describe('Größenklasse (ÖFIT/KGSt, Einwohner nach Zensus 2022)'),
  vergleichLand: z.object({ land: z.string(), ...kennzahlen }).nullable(),
});

export const indikatorenAntwort = z.object({
  kommune: z.object({
    ars: z.string(),
    ags: z.string(),
    name: z.string(),
    typ: z.string(),
    land: z.string(),
    groessenklasse: z.number().int().nullable(),
    kreisGroessenklasse: z.number().int().nullable(),
  }),
  laden: z.object({
    fertig: z.boolean(),
    prozent: z.number().int().nullable().describe('Fortschritt des Ladens in diesem Prozess (null: unbekannt oder fertig)'),
  }),
  version: z.number().int().nullable().describe('geladene Version der Referenzdaten'),
  themen: z.array(z.string()),
  items: z.array(indikatorEintrag),
});

export type IndikatorEintrag = z.infer<typeof indikatorEintrag>;
export type IndikatorenAntwort = z.infer<typeof indikatorenAntwort>;
