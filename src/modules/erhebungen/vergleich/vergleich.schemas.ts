/** Anfrage- und Antwortschemas des Vergleichs und der Vorreiter-Einwilligungen. */
import { z } from 'zod';
import { fragebogenId } from '../runden/runden.schemas.ts';

export const vorreiterSchema = z.strictObject({
  fragebogenId,
  dimensionen: z.array(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}$/)).max(50),
});
export const vorreiterAntwort = z.object({ fragebogenId: z.string(), dimensionen: z.array(z.string()) });
export const vorreiterListe = z.object({ items: z.record(z.string(), z.array(z.string())) });

const bereich = z.object({ von: z.number(), bis: z.number(), anzahl: z.number() });

/** Studienwerte zu den Antworten einer abgeschlossenen Runde (Digitale Kommune). */
export const studieAntwort = z.object({
  quelle: z.object({ titel: z.string(), herausgeber: z.string(), jahr: z.number(), url: z.string().nullable(), nGesamt: z.number() }),
  gruppe: z.object({ art: z.enum(['gemeinde', 'kreis']), groessenklasse: z.number(), label: z.string(), n: z.number(), tabelle: z.number() }).nullable(),
  saetze: z.array(z.object({ itemId: z.string(), frage: z.string(), art: z.enum(['wert', 'ohne-wert']), satz: z.string() })),
  werte: z.array(
    z.object({
      itemId: z.string(), frage: z.string(), merkmal: z.string(), auspraegung: z.string(), prozent: z.number(), ungefaehr: z.boolean(),
      ebene: z.enum(['groessenklasse', 'gesamt']), basis: z.string(), grundlage: z.string(), ihreAntwort: z.string(),
    }),
  ),
});

export type StudieAntwort = z.infer<typeof studieAntwort>;

export const vergleichAntwort = z.object({
  rundeId: z.string(),
  fragebogen: z.object({ id: z.string(), version: z.number(), titel: z.string() }),
  gruppe: z.object({ art: z.enum(['gemeinde', 'kreis']), groessenklasse: z.number() }),
  kMindest: z.number(),
  /** Nur eine abgeschlossene Runde wird eingeordnet. */
  eigeneRundeAbgeschlossen: z.boolean(),
  /** Zeitpunkt des letzten geplanten Laufs, aus dem die Bereiche stammen. */
  stand: z.object({ berechnetAm: z.string().nullable() }),
  dimensionen: z.array(
    z.object({
      id: z.string(),
      titel: z.string(),
      score: z.number().nullable(),
      verfuegbar: z.boolean(),
      anzahlKommunen: z.number().nullable(),
      bereiche: z.array(bereich),
      medianBereich: z.object({ von: z.number(), bis: z.number() }).nullable(),
      position: z.object({ von: z.number(), bis: z.number(), anteilDarunter: z.number(), anteilImBereich: z.number(), anteilDarueber: z.number() }).nullable(),
      vorreiter: z.array(z.string()),
    }),
  ),
  studie: studieAntwort.nullable(),
});
export type VergleichAntwort = z.infer<typeof vergleichAntwort>;
