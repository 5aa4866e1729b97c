/**
 * Anfrage- und Antwortschemas der Erhebungen (Selbstchecks) sowie die Prüfung von Antworten gegen
 * die Items eines Fragebogens. Die Fragebögen selbst beschreibt fragebogen.schemas.ts.
 */
import { z } from 'zod';
import { antwortenSchema, type Antworten, type Fragebogen, type Item } from '../frageboegen/fragebogen.schemas.ts';

export const fragebogenId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,60}$/, { message: 'Unbekannter Fragebogen.' });

const zukunft = z.iso
  .datetime({ offset: true, message: 'Datum und Uhrzeit im ISO-Format erwartet (z. B. 2025-06-30T18:00:00+02:00).' })
  .refine((s) => Date.parse(s) > Date.now(), { message: 'Der Abschlusstermin muss in der Zukunft liegen.' });

/** Einzel-Runde: jedes Mitglied der Kommune. Team-Runden legt ein Admin über `…/erhebungen/team` an. */
export const rundeAnlegenSchema = z.strictObject({
  fragebogenId,
  modus: z.literal('einzeln', { message: 'Team-Runden legt ein Kommune-Admin über POST /api/kommunen/:kommuneId/erhebungen/team an.' }).default('einzeln'),
  schliesstAm: zukunft.optional(),
});
export type RundeAnlegen = z.infer<typeof rundeAnlegenSchema>;

export const teamRundeAnlegenSchema = z.strictObject({
  fragebogenId,
  modus: z.literal('team').default('team'),
  schliesstAm: zukunft,
});
export type TeamRundeAnlegen = z.infer<typeof teamRundeAnlegenSchema>;

export const antwortenSpeichernSchema = z.strictObject({
  antworten: antwortenSchema.refine((a) => Object.keys(a).length <= 500, { message: 'Zu viele Antworten.' }),
});

// ---- Antworten -----------------------------------------------------------------------------------

export const stufeAntwort = z.object({ stufe: z.number(), label: z.string() }).nullable();
export const rundeAntwort = z.object({
  id: z.string(),
  kommuneId: z.string(),
  kommuneName: z.string(),
  fragebogen: z.object({ id: z.string(), version: z.number(), titel: z.string() }),
  modus: z.enum(['einzeln', 'team']),
  status: z.enum(['offen', 'abgeschlossen']),
  schliesstAm: z.string().nullable(),
  erstelltAm: z.string(),
  aktualisiertAm: z.string(),
  abgeschlossenAm: z.string().nullable(),
  /** Einzelmodus: die gespeicherten Antworten; Team-Modus: leer (Einzelantworten bleiben anonym). */
  antworten: antwortenSchema,
  /** Team-Modus: Anzahl abgeschickter Antworten. */
  anzahlAntworten: z.number(),
  gesamt: z.object({ score: z.number().nullable(), stufe: stufeAntwort }).nullable(),
  /** Werte je Dimension, sobald die Runde abgeschlossen ist (für den Verlauf über Runden). */
  dimensionen: z.array(z.object({ id: z.string(), titel: z.string(), score: z.number().nullable() })),
});
export type RundeAntwort = z.infer<typeof rundeAntwort>;

export const rundenListe = z.object({ items: z.array(rundeAntwort.omit({ antworten: true })), total: z.number() });
export type RundeKurz = z.infer<typeof rundenListe>['items'][number];

const stufeKurz = z.object({ stufe: z.number(), label: z.string() });
const gesamtAntwort = z.object({ score: z.number().nullable(), stufe: stufeKurz.nullable() });
export const fragebogenKopf = z.object({ id: z.string(), version: z.number(), titel: z.string() });
/** Punktebereich mit der Zahl der Personen bzw. Kommunen darin (jeweils mindestens 5). */
export const bereichAntwort = z.object({ von: z.number(), bis: z.number(), anzahl: z.number() });

const dimensionsErgebnis = z.object({
  id: z.string(),
  titel: z.string(),
  score: z.number().nullable(),
  stufe: stufeKurz.nullable(),
  beantwortet: z.number(),
  anzahl: z.number(),
  /** Fehlt in Ergebnissen, die vor Einführung des Felds gespeichert wurden. */
  weissNicht: z.number().optional(),
});

/** Ergebnis einer Auswertung (wie in der Runde gespeichert). */
export const ergebnisKurz = z.object({
  fragebogen: z.object({ id: z.string(), version: z.number() }),
  dimensionen: z.array(dimensionsErgebnis),
  gesamt: gesamtAntwort,
  beantwortet: z.number(),
  anzahl: z.number(),
});

export const antwortenGespeichert = z.object({ gespeichertAm: z.string(), beantwortet: z.number(), anzahlFragen: z.number(), gesamt: gesamtAntwort });
export const abschlussAntwort = z.object({ id: z.string(), status: z.literal('abgeschlossen'), ergebnis: ergebnisKurz });

export const ergebnisAntwort = z.object({
  rundeId: z.string(),
  modus: z.enum(['einzeln', 'team']),
  status: z.enum(['offen', 'abgeschlossen']),
  fragebogen: fragebogenKopf,
  stufen: z.array(z.object({ stufe: z.number(), label: z.string(), abMin: z.number(), beschreibung: z.string().optional() })),
  vorlaeufig: z.boolean(),
  anzahlAntworten: z.number(),
  dimensionen: z.array(
    dimensionsErgebnis.extend({
      /** Team-Modus: Verteilung in Bereichen mit je mindestens 5 Personen (keine Einzelwerte). */
      verteilung: z.array(bereichAntwort),
      rollen: z.array(z.object({ rolle: z.string(), label: z.string(), anzahl: z.number(), mittelwert: z.number() })),
      differenzFuehrungBeschaeftigte: z.number().nullable(),
    }),
  ),
  gesamt: gesamtAntwort,
  selbstbild: z.array(z.object({ dimension: z.string(), einschaetzung: z.string(), einschaetzungPunkte: z.number(), score: z.number().nullable(), differenz: z.number().nullable() })),
  /** Nur „Lernende Organisation“: echte Lernaktivität der Kommune der letzten 12 Monate (aus kaizen), neben „Lernerfolg“. */
  lernaktivitaet: z.object({ seit: z.string(), experimenteEntschieden: z.number(), lerneintraege: z.number(), ideenEntschieden: z.number() }).nullable(),
});
export type ErgebnisAntwort = z.infer<typeof ergebnisAntwort>;

// ---- Prüfung der Antworten gegen den Fragebogen -------------------------------------------------

export interface AntwortFehler {
  ort: 'body';
  pfad: string;
  meldung: string;
}

const FREITEXT_MAX = 4000;

function pruefeItem(fb: Fragebogen, item: Item, a: unknown): string | null {
  if (typeof a === 'object' && a !== null && !Array.isArray(a)) {
    return item.weissNicht ? null : '„weiß nicht“ ist bei dieser Frage nicht vorgesehen.';
  }
  const werte = new Set((item.optionen ?? []).map((o) => o.wert));
  switch (item.typ) {
    case 'zustimmung5':
      return typeof a === 'number' && fb.zustimmungsskala.some((s) => s.wert === a) ? null : 'Bitte einen Wert der Skala 1 bis 5 wählen.';
    case 'einfach':
      return typeof a === 'string' && werte.has(a) ? null : 'Bitte eine der angebotenen Antworten wählen.';
    case 'mehrfach': {
      if (!Array.isArray(a) || a.some((w) => !werte.has(w))) return 'Bitte nur angebotene Antworten wählen.';
      if (new Set(a).size !== a.length) return 'Eine Antwort ist doppelt gewählt.';
      const exklusiv = (item.optionen ?? []).filter((o) => o.exklusiv && a.includes(o.wert));
      if (exklusiv.length > 0 && a.length > 1) return `„${exklusiv[0].label}“ lässt sich nicht mit anderen Antworten kombinieren.`;
      return null;
    }
    case 'zahl':
      if (typeof a !== 'number' || !Number.isFinite(a)) return 'Bitte eine Zahl angeben.';
      if (item.min !== undefined && a < item.min) return `Die Zahl muss mindestens ${item.min} sein.`;
      if (item.max !== undefined && a > item.max) return `Die Zahl darf höchstens ${item.max} sein.`;
      return null;
    case 'freitext':
      if (typeof a !== 'string') return 'Bitte Text eingeben.';
      return a.length <= FREITEXT_MAX ? null : `Höchstens ${FREITEXT_MAX} Zeichen.`;
  }
}

/** Prüft (Zwischen-)Antworten: nur bekannte Items, passende Typen und Werte. Unvollständig ist erlaubt. */
export function pruefeAntworten(fb: Fragebogen, antworten: Antworten): AntwortFehler[] {
  const items = new Map(fb.abschnitte.flatMap((ab) => ab.items).map((i) => [i.id, i]));
  const fehler: AntwortFehler[] = [];
  for (const [id, a] of Object.entries(antworten)) {
    const item = items.get(id);
    const meldung = item ? pruefeItem(fb, item, a) : 'Diese Frage gibt es im Fragebogen nicht.';
    if (meldung) fehler.push({ ort: 'body', pfad: `/antworten/${id}`, meldung });
  }
  return fehler;
}

/** Antworten ohne leere Einträge (leerer Text, leere Mehrfachauswahl = nicht beantwortet). */
export function bereinige(antworten: Antworten): Antworten {
  return Object.fromEntries(Object.entries(antworten).filter(([, a]) => !(a === '' || (Array.isArray(a) && a.length === 0))));
}
