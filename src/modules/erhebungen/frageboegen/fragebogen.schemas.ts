/**
 * Fragebögen als versionierte Daten.
 *
 * Alles, was die Auswertung steuert (Punkte je Antwort, Umkehrung, Gewichte,
 * Mindestanteil beantworteter Fragen, Reifegrad-Stufen), steht in der JSON-Datei
 * des Fragebogens – nicht im Code. Eine neue Version bekommt eine neue Datei;
 * alte Versionen bleiben unverändert, damit gespeicherte Antworten auswertbar bleiben.
 */
import { z } from 'zod';

const kennung = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'Nur Kleinbuchstaben, Ziffern, - und _');

export const antworttypSchema = z.enum(['zustimmung5', 'einfach', 'mehrfach', 'zahl', 'freitext']);
export type Antworttyp = z.infer<typeof antworttypSchema>;

/** Verweis auf ein Merkmal der Referenzdaten (z. B. Studie „Digitale Kommune“). */
export const referenzVerweisSchema = z.object({
  merkmal: z.string().min(1),
  auspraegung: z.string().min(1).optional(),
});
export type ReferenzVerweis = z.infer<typeof referenzVerweisSchema>;

export const optionSchema = z.object({
  wert: z.string().min(1),
  label: z.string().min(1),
  /** Punkte 0–100; fehlt die Angabe, zählt die Option nicht in die Bewertung. */
  punkte: z.number().min(0).max(100).optional(),
  /** Schließt bei Mehrfachauswahl alle anderen Optionen aus (z. B. „keines davon“). */
  exklusiv: z.boolean().optional(),
  referenz: referenzVerweisSchema.optional(),
});
export type Option = z.infer<typeof optionSchema>;

/** Punkteschwellen für Zahlenfragen: der höchste Eintrag mit `ab <= wert` gilt. */
export const schwelleSchema = z.object({
  ab: z.number(),
  punkte: z.number().min(0).max(100),
});

export const sichtbarWennSchema = z.object({
  item: z.string().min(1),
  /** Das Item ist sichtbar, wenn die Antwort auf `item` einer dieser Werte ist (bzw. ihn enthält). */
  werte: z.array(z.string().min(1)).min(1),
});

export const itemSchema = z
  .object({
    id: kennung,
    text: z.string().min(1),
    hilfe: z.string().min(1).optional(),
    typ: antworttypSchema,
    optionen: z.array(optionSchema).min(2).optional(),
    weissNicht: z.boolean().optional(),
    dimension: kennung.optional(),
    gewicht: z.number().positive().optional(),
    umgekehrt: z.boolean().optional(),
    /** Nur für `mehrfach`: 'anteil' = erreichte Punkte / mögliche Punkte; 'summe' = Summe, gekappt bei 100. */
    mehrfachWertung: z.enum(['anteil', 'summe']).optional(),
    /** Nur für `zahl`. */
    min: z.number().optional(),
    max: z.number().optional(),
    einheit: z.string().optional(),
    schwellen: z.array(schwelleSchema).min(1).optional(),
    pflicht: z.boolean().optional(),
    sichtbarWenn: sichtbarWennSchema.optional(),
    referenz: referenzVerweisSchema.optional(),
    /**
     * Macht das Item zur Selbsteinschätzung für eine Dimension: Es wird nicht bewertet, sondern dem
     * berechneten Wert gegenübergestellt (Punkte der Optionen auf derselben Skala 0–100).
     */
    selbsteinschaetzungFuer: kennung.optional(),
    /** Thema des Fragebogens (`themen`), zu dem die Frage gehört: bestimmt die Suchhilfen einer Lücke (Entscheidung 0126). */
    thema: kennung.optional(),
  })
  .superRefine((item, ctx) => {
    if (item.selbsteinschaetzungFuer && (item.dimension || item.typ !== 'einfach')) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Selbsteinschätzung muss Typ einfach und ohne dimension sein` });
    }
    const brauchtOptionen = item.typ === 'einfach' || item.typ === 'mehrfach';
    if (brauchtOptionen && !item.optionen) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Typ ${item.typ} braucht optionen` });
    }
    if (!brauchtOptionen && item.optionen) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Typ ${item.typ} hat keine optionen` });
    }
    if (item.optionen) {
      const werte = item.optionen.map((o) => o.wert);
      if (new Set(werte).size !== werte.length) {
        ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Optionswerte doppelt` });
      }
    }
    if (item.schwellen?.some((s, i, alle) => i > 0 && s.ab <= alle[i - 1].ab)) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: schwellen müssen nach ab aufsteigend sortiert sein` });
    }
    if (item.schwellen && item.typ !== 'zahl') {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: schwellen nur bei Typ zahl` });
    }
    if (item.typ === 'freitext' && item.dimension) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Freitext wird nicht bewertet` });
    }
    if (item.min !== undefined && item.max !== undefined && item.min > item.max) {
      ctx.addIssue({ code: 'custom', message: `Item ${item.id}: min > max` });
    }
  });
export type Item = z.infer<typeof itemSchema>;

export const abschnittSchema = z.object({
  id: kennung,
  titel: z.string().min(1),
  beschreibung: z.string().min(1).optional(),
  items: z.array(itemSchema).min(1),
});
export type Abschnitt = z.infer<typeof abschnittSchema>;

/**
 * Suchhilfen für die Lösungsvorschläge zu einer Lücke (Entscheidungen 0125, 0126): ein Handlungsfeld des Katalogs und
 * kuratierte Suchbegriffe, je einer eine eigene Suche. Nicht Teil der Auswertung – Punkte und Stufen lesen sie nie.
 */
export const suchhilfeSchema = z
  .object({
    /** Eines der Handlungsfelder des Katalogs (geprüft von `auslieferbarerFragebogenSchema`). */
    handlungsfeld: z.string().min(1),
    suchbegriffe: z.array(z.string().trim().min(3).max(80)).min(3).max(10),
  })
  .superRefine((s, ctx) => {
    const klein = s.suchbegriffe.map((b) => b.toLocaleLowerCase('de'));
    const doppelt = klein.filter((b, i) => klein.indexOf(b) !== i);
    if (doppelt.length) ctx.addIssue({ code: 'custom', message: `Suchbegriffe doppelt: ${doppelt.join(', ')}` });
  });
export type Suchhilfe = z.infer<typeof suchhilfeSchema>;

export const dimensionSchema = z.object({
  id: kennung,
  titel: z.string().min(1),
  beschreibung: z.string().min(1),
  /** Gewicht der Dimension im Gesamtwert (Standard 1). */
  gewicht: z.number().positive().optional(),
  /** Suchhilfen, wenn die Dimension eine Lücke ist (in ausgelieferten Dateien Pflicht; ältere gespeicherte Fassungen ohne). */
  suche: suchhilfeSchema.optional(),
});
export type Dimension = z.infer<typeof dimensionSchema>;

/** Ein Thema innerhalb einer Dimension (z. B. „Breitband und Mobilfunk“ in der Außen-Digitalisierung) mit eigenen Suchhilfen. */
export const themaSchema = z.object({
  id: kennung,
  titel: z.string().min(1),
  dimension: kennung,
  suche: suchhilfeSchema,
});
export type Thema = z.infer<typeof themaSchema>;

export const stufeSchema = z.object({
  stufe: z.number().int().min(1).max(5),
  label: z.string().min(1),
  /** Mindestpunktzahl (0–100), ab der die Stufe gilt. */
  abMin: z.number().min(0).max(100),
  beschreibung: z.string().min(1).optional(),
});
export type Stufe = z.infer<typeof stufeSchema>;

export const skalenpunktSchema = z.object({
  wert: z.number().int().min(1).max(5),
  label: z.string().min(1),
  punkte: z.number().min(0).max(100),
});

export const quelleSchema = z.object({
  titel: z.string().min(1),
  hinweis: z.string().min(1),
  url: z.url().optional(),
});

export const fragebogenSchema = z
  .object({
    id: kennung,
    version: z.number().int().positive(),
    titel: z.string().min(1),
    beschreibung: z.string().min(1),
    quelle: quelleSchema,
    /** Beschriftung und Punkte der fünfstufigen Zustimmungsskala (Wert 1–5). */
    zustimmungsskala: z.array(skalenpunktSchema).length(5),
    weissNichtLabel: z.string().min(1),
    auswertung: z.object({
      /** Anteil (0–1) der sichtbaren bewerteten Items einer Dimension, der beantwortet sein muss, damit ein Wert entsteht. */
      mindestanteilBeantwortet: z.number().min(0).max(1),
    }),
    abschnitte: z.array(abschnittSchema).min(1),
    dimensionen: z.array(dimensionSchema).min(1),
    stufen: z.array(stufeSchema).length(5),
    /** Referenzdaten, auf die sich `referenz`-Verweise beziehen (z. B. 'digitale-kommune-2019'). */
    referenzdaten: z.string().optional(),
    /** Item, mit dem Befragte im Team-Modus ihre Rollengruppe angeben (z. B. Führungskraft / Beschäftigte). */
    rollenItem: kennung.optional(),
    /** Themen innerhalb der Dimensionen; gibt es sie, gehört jede bewertete Frage zu einem Thema ihrer Dimension. */
    themen: z.array(themaSchema).min(1).optional(),
  })
  .superRefine((fb, ctx) => {
    const items = fb.abschnitte.flatMap((a) => a.items);
    const ids = items.map((i) => i.id);
    const doppelt = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (doppelt.length > 0) {
      ctx.addIssue({ code: 'custom', message: `Item-IDs doppelt: ${doppelt.join(', ')}` });
    }
    const dimensionen = new Set(fb.dimensionen.map((d) => d.id));
    for (const item of items) {
      if (item.dimension && !dimensionen.has(item.dimension)) {
        ctx.addIssue({ code: 'custom', message: `Item ${item.id}: unbekannte Dimension ${item.dimension}` });
      }
      if (item.selbsteinschaetzungFuer && !dimensionen.has(item.selbsteinschaetzungFuer)) {
        ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Selbsteinschätzung für unbekannte Dimension` });
      }
      if (item.sichtbarWenn && !ids.includes(item.sichtbarWenn.item)) {
        ctx.addIssue({ code: 'custom', message: `Item ${item.id}: sichtbarWenn verweist auf unbekanntes Item` });
      }
    }
    const rollenItem = items.find((i) => i.id === fb.rollenItem);
    if (fb.rollenItem && (!rollenItem || rollenItem.typ !== 'einfach')) {
      ctx.addIssue({ code: 'custom', message: 'rollenItem muss ein vorhandenes Item vom Typ einfach sein' });
    }
    for (const d of fb.dimensionen) {
      if (!items.some((i) => i.dimension === d.id)) {
        ctx.addIssue({ code: 'custom', message: `Dimension ${d.id} hat keine Items` });
      }
    }
    const skalenwerte = fb.zustimmungsskala.map((s) => s.wert).sort();
    if (skalenwerte.join() !== '1,2,3,4,5') {
      ctx.addIssue({ code: 'custom', message: 'zustimmungsskala braucht die Werte 1 bis 5' });
    }
    const stufen = fb.stufen;
    stufen.forEach((s, i) => {
      if (s.stufe !== i + 1) ctx.addIssue({ code: 'custom', message: 'stufen müssen 1..5 in Reihenfolge sein' });
      if (i > 0 && s.abMin <= stufen[i - 1].abMin) {
        ctx.addIssue({ code: 'custom', message: 'abMin der stufen muss streng steigen' });
      }
    });
    if (stufen[0]?.abMin !== 0) {
      ctx.addIssue({ code: 'custom', message: 'Stufe 1 muss bei abMin 0 beginnen' });
    }
    pruefeThemen(fb, items, dimensionen, ctx);
  });
export type Fragebogen = z.infer<typeof fragebogenSchema>;

function pruefeThemen(fb: { themen?: Thema[] }, items: Item[], dimensionen: Set<string>, ctx: z.RefinementCtx) {
  const themen = new Map((fb.themen ?? []).map((t) => [t.id, t]));
  if (fb.themen && themen.size !== fb.themen.length) ctx.addIssue({ code: 'custom', message: 'Themen-IDs doppelt' });
  for (const t of fb.themen ?? []) {
    if (!dimensionen.has(t.dimension)) ctx.addIssue({ code: 'custom', message: `Thema ${t.id}: unbekannte Dimension ${t.dimension}` });
    if (!items.some((i) => i.thema === t.id)) ctx.addIssue({ code: 'custom', message: `Thema ${t.id} hat keine Fragen` });
  }
  for (const item of items) {
    if (!item.thema) {
      if (fb.themen && item.dimension) ctx.addIssue({ code: 'custom', message: `Item ${item.id}: bewertete Frage ohne Thema` });
      continue;
    }
    const t = themen.get(item.thema);
    if (!t) ctx.addIssue({ code: 'custom', message: `Item ${item.id}: unbekanntes Thema ${item.thema}` });
    else if (t.dimension !== item.dimension) ctx.addIssue({ code: 'custom', message: `Item ${item.id}: Thema ${t.id} gehört zur Dimension ${t.dimension}` });
  }
}

/**
 * Strenge Prüfung für die mitgelieferten Dateien: jede Dimension trägt Suchhilfen, jedes Handlungsfeld ist eines der
 * `handlungsfelder` des Katalogs (vom Aufrufer aus dem Modul loesungen; dieses Schema importiert es nicht, weil die
 * Module einander im Kreis laden). Gespeicherte ältere Fassungen liest `fragebogenSchema`, auch ohne Suchhilfen
 * (Entscheidung 0125).
 */
export function auslieferbarerFragebogenSchema(handlungsfelder: readonly string[]) {
  return fragebogenSchema.superRefine((fb, ctx) => {
    const pruefe = (wo: string, s: Suchhilfe | undefined) => {
      if (!s) ctx.addIssue({ code: 'custom', message: `${wo}: Suchhilfen fehlen (Handlungsfeld und Suchbegriffe)` });
      else if (!handlungsfelder.includes(s.handlungsfeld)) ctx.addIssue({ code: 'custom', message: `${wo}: unbekanntes Handlungsfeld ${s.handlungsfeld}` });
    };
    for (const d of fb.dimensionen) pruefe(`Dimension ${d.id}`, d.suche);
    for (const t of fb.themen ?? []) pruefe(`Thema ${t.id}`, t.suche);
  });
}

/** Eine Antwort: Skalenwert/Zahl, Optionswert/Freitext, Liste von Optionswerten oder „weiß nicht“. */
export const antwortSchema = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  z.object({ weissNicht: z.literal(true) }),
]);
export type Antwort = z.infer<typeof antwortSchema>;

export const antwortenSchema = z.record(z.string(), antwortSchema);
export type Antworten = z.infer<typeof antwortenSchema>;
