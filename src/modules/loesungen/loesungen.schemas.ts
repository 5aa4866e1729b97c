import { z } from 'zod';
import { kommuneId, uuidParams } from '../../core/schemas.ts';

/**
 * Handlungsfelder of the solution catalogue: the eight fields of the study "Digitale Kommune"
 * (ÖFIT/KGSt 2018/19) plus four fields municipal practice needs (issue 3). The single source:
 * import, API, matcher and UI use this list.
 */
/**
 * Figures of a solution's use from transfer projects and consented report-backs (computed by the module
 * uebernahmen, `nutzungJeLoesung`). Declared here because it is part of this module's API answer and the
 * browser bundle must not import another module's server face (which would pull its server code in).
 */
const uebernahmeNutzung = z.object({
  laufend: z.number(),
  abgeschlossen: z.number(),
  rueckmeldungen: z.number(),
  kommunen: z.number(),
  kleineGemeinden: z.number(),
  wirkungAbStufe4: z.number().nullable(),
  medianAufwandPersonentage: z.number().nullable(),
  nachGroessenklasse: z.array(
    z.object({
      art: z.enum(['gemeinde', 'kreis', 'land']),
      groessenklasse: z.number().nullable(),
      anzahl: z.number(),
      medianAufwandPersonentage: z.number().nullable(),
      medianWirkungsstufe: z.number().nullable(),
    }),
  ),
});

export const HANDLUNGSFELDER = [
  'Verwaltungshandeln',
  'Digitale Infrastruktur',
  'Verkehr & Mobilität',
  'Wirtschaft & Handel',
  'Energie & Umwelt',
  'Gesundheit & Pflege',
  'Bildung',
  'Ehrenamt & gesellschaftliches Engagement',
  'Bauen & Wohnen',
  'Recht & Ordnung',
  'Soziales & Jugend',
  'Kultur & Tourismus',
] as const;
export type Handlungsfeld = (typeof HANDLUNGSFELDER)[number];

/**
 * PHINEO's Wirkungstreppe (seven steps): 1–3 output, 4–6 outcome, 7 impact.
 * A solution records the highest step it has shown.
 */
export const WIRKUNGSTREPPE: Record<number, { label: string; ebene: 'Output' | 'Outcome' | 'Impact' }> = {
  1: { label: 'Aktivitäten finden wie geplant statt', ebene: 'Output' },
  2: { label: 'Zielgruppen werden erreicht', ebene: 'Output' },
  3: { label: 'Zielgruppen akzeptieren Angebote', ebene: 'Output' },
  4: { label: 'Zielgruppen verändern Bewusstsein bzw. Fähigkeiten', ebene: 'Outcome' },
  5: { label: 'Zielgruppen ändern ihr Handeln', ebene: 'Outcome' },
  6: { label: 'Lebenslage der Zielgruppen ändert sich', ebene: 'Outcome' },
  7: { label: 'Gesellschaft verändert sich', ebene: 'Impact' },
};

/** Criteria of the seal "Bewährt", checked and justified one by one by the Transferstelle. */
export const SIEGEL_KRITERIEN = ['mind_zwei_kommunen', 'verwaltungstauglich', 'innovativ', 'nachhaltig'] as const;
export type SiegelKriterium = (typeof SIEGEL_KRITERIEN)[number];

export const STATUS = ['entwurf', 'eingereicht', 'veroeffentlicht', 'zurueckgewiesen', 'archiviert'] as const;

const text = (max: number) => z.string().trim().max(max);
const pflicht = (max: number, was: string) => z.string().trim().min(1, { message: `${was} fehlt.` }).max(max);
const ganzzahl = z.number().int().min(0).max(100_000_000);

export const link = z.strictObject({ titel: text(300).default(''), url: z.url({ protocol: /^https?$/, message: 'Bitte eine Adresse mit http(s):// angeben.' }).max(2000) });
export const quelle = z.strictObject({ titel: pflicht(500, 'Titel der Quelle'), url: z.url({ protocol: /^https?$/ }).max(2000).optional() });

/** Content fields of a solution (create and edit). */
const inhalt = {
  titel: pflicht(300, 'Titel'),
  zusammenfassung: pflicht(2000, 'Zusammenfassung'),
  problem: pflicht(20_000, 'Problem'),
  ansatz: text(20_000).optional(),
  voraussetzungen: text(20_000).optional(),
  aufwandVon: ganzzahl.nullable().optional(),
  aufwandBis: ganzzahl.nullable().optional(),
  kostenVon: ganzzahl.nullable().optional(),
  kostenBis: ganzzahl.nullable().optional(),
  dauerMonate: z.number().int().min(0).max(240).nullable().optional(),
  kontakt: text(500).optional(),
  handlungsfeld: z.enum(HANDLUNGSFELDER).nullable().optional(),
  tags: z.array(pflicht(80, 'Schlagwort')).max(30).optional(),
  links: z.array(link).max(20).optional(),
  wirkungsstufe: z.number().int().min(1).max(7).nullable().optional(),
  wirkungText: text(20_000).optional(),
  wirkungQuellen: z.array(quelle).max(30).optional(),
  sprache: z.enum(['de', 'en']).optional(),
};

export const loesungAnlegenSchema = z.strictObject({ kommuneId, ...inhalt });
export type LoesungAnlegen = z.infer<typeof loesungAnlegenSchema>;

export const loesungAendernSchema = z.strictObject({
  ...Object.fromEntries(Object.entries(inhalt).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof inhalt]: z.ZodOptional<(typeof inhalt)[K]> },
  kommentar: text(1000).optional(),
});
export type LoesungAendern = z.infer<typeof loesungAendernSchema>;
export type LoesungInhalt = Omit<LoesungAnlegen, 'kommuneId'>;

export const idParams = uuidParams;

/** Longest search text of the catalogue: a real description of a need (as POST /api/matching accepts). */
export const SUCHTEXT_MAX = 2000;

const jaNein = z.enum(['true', 'false', '1', '0', 'ja', 'nein']).transform((v) => v === 'true' || v === '1' || v === 'ja');

export const listeQuery = z.strictObject({
  /** Search text: a need in the user's own words (the matcher and the plain text search read its beginning). */
  q: z.string().trim().max(SUCHTEXT_MAX, { message: `Der Suchtext darf höchstens ${SUCHTEXT_MAX.toLocaleString('de-DE')} Zeichen lang sein.` }).optional(),
  handlungsfeld: z.enum(HANDLUNGSFELDER).optional(),
  /** Land of origin: abbreviation ('HE') or 2-digit key ('06'). */
  land: z.string().trim().regex(/^([A-Za-z]{2}|[0-9]{2})$/, { message: 'Land: Kürzel (z. B. HE) oder Schlüssel (z. B. 06).' }).optional(),
  groessenklasse: z.coerce.number().int().min(1).max(7).optional(),
  /** Minimum step on the Wirkungstreppe. */
  wirkungsstufe: z.coerce.number().int().min(1).max(7).optional(),
  siegel: jaNein.optional(),
  sprache: z.enum(['de', 'en']).optional(),
  /** Comma-separated ids (e.g. the ranked results of POST /api/matching), at most 100. */
  ids: z
    .string()
    .max(100 * 37)
    .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
    .pipe(z.array(z.uuid({ message: 'ids: Liste von Kennungen erwartet.' })).max(100))
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListeFilter = z.infer<typeof listeQuery>;

export const eigeneQuery = z.strictObject({ kommuneId });

export const pruefungSchema = z.strictObject({
  entscheidung: z.enum(['veroeffentlichen', 'zurueckweisen']),
  kommentar: text(4000).default(''),
});

export const archivSchema = z.strictObject({ kommentar: z.string().trim().min(3, { message: 'Bitte begründen Sie die Archivierung.' }).max(4000) });

export const siegelSchema = z.strictObject({
  kriterien: z
    .array(z.strictObject({ kriterium: z.enum(SIEGEL_KRITERIEN), erfuellt: z.boolean(), begruendung: text(2000) }))
    .min(1)
    .max(SIEGEL_KRITERIEN.length),
});
export type SiegelKriterien = z.infer<typeof siegelSchema>['kriterien'];

export const nutzungSchema = z.strictObject({
  kommuneId,
  seit: z.iso.date({ message: 'Datum im Format JJJJ-MM-TT erwartet.' }).optional(),
  bericht: text(4000).optional(),
});

export const exportQuery = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });

/** Body of POST /api/loesungen/import: a JSON array of rows, or CSV text. Rows are checked one by one (importZeile). */
export const importSchema = z.union([
  z.array(z.unknown()).max(100_000),
  z.strictObject({ format: z.literal('csv'), daten: z.string().max(10 * 1024 * 1024) }),
  z.strictObject({ format: z.literal('json'), daten: z.array(z.unknown()).max(100_000) }),
]);

// ---------------------------------------------------------------------------------------------
// Import rows (external exchange format, English keys as in issue 3 and the JRC/benchmark files)

const leerZuUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optText = (max: number) => z.preprocess(leerZuUndefined, z.string().trim().max(max).optional());
const liste = (max: number) =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      if (v.trim() === '') return [];
      return v.split(/[;|]/).map((s) => s.trim()).filter(Boolean);
    },
    z.array(z.string().trim().min(1).max(300)).max(max),
  );

/** One row of an import (JSON object or CSV record). `originName` is accepted as a synonym of `origin`. */
export const importZeile = z.strictObject({
  externalId: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string().trim().min(1, { message: 'externalId fehlt.' }).max(200)),
  title: z.string().trim().min(1, { message: 'title fehlt.' }).max(300),
  summary: z.string().trim().min(1, { message: 'summary fehlt.' }).max(4000),
  problem: z.string().trim().min(1, { message: 'problem fehlt.' }).max(50_000),
  approach: optText(50_000),
  evidence: optText(50_000),
  evidenceStep: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z.number({ message: 'evidenceStep: Zahl von 1 bis 7 erwartet.' }).int().min(1).max(7).optional(),
  ),
  handlungsfeld: z.preprocess(leerZuUndefined, z.enum(HANDLUNGSFELDER, { message: `handlungsfeld: eines von ${HANDLUNGSFELDER.join(', ')}.` }).optional()),
  origin: optText(1000),
  originName: optText(1000),
  tags: liste(30).optional(),
  /** URLs; in CSV separated by spaces. */
  links: z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    return v.split(/\s+/).filter(Boolean);
  }, z.array(z.url({ protocol: /^https?$/ }).max(2000)).max(20).optional()),
  language: z.preprocess(leerZuUndefined, z.enum(['de', 'en']).default('de')),
});
export type ImportZeile = z.output<typeof importZeile>;

/** Columns of the CSV export (and of an importable CSV), in this order. */
export const EXPORT_SPALTEN = ['externalId', 'title', 'summary', 'problem', 'approach', 'evidence', 'evidenceStep', 'handlungsfeld', 'origin', 'tags', 'links', 'language'] as const;

// ---------------------------------------------------------------------------------------------
// Responses (the routes declare them; the pages use their z.infer types)

const datum = z.string().nullable();
const linkAntwort = z.object({ titel: z.string(), url: z.string() });
const quelleAntwort = z.object({ titel: z.string(), url: z.string().optional() });
const sprache = z.enum(['de', 'en']);
const loesungStatus = z.enum(STATUS);
const ueberarbeitungStatus = z.enum(['entwurf', 'eingereicht', 'zurueckgewiesen']);

export const herkunftAntwort = z.object({
  kommuneId: z.string(),
  name: z.string(),
  land: z.string().nullable(),
  groessenklasse: z.number().int().nullable(),
  typ: z.string().nullable().optional(),
  einwohner: z.number().int().nullable().optional(),
});

/** A solution as a card of the catalogue. */
export const loesungKarte = z.object({
  id: z.string(),
  externalId: z.string().nullable(),
  titel: z.string(),
  zusammenfassung: z.string(),
  handlungsfeld: z.string().nullable(),
  wirkungsstufe: z.number().int().nullable(),
  sprache,
  tags: z.array(z.string()),
  herkunft: herkunftAntwort.nullable(),
  herkunftText: z.string().nullable(),
  siegel: z.boolean(),
  nutzungen: z.number().int(),
  veroeffentlichtAm: datum,
});
export type LoesungKarte = z.infer<typeof loesungKarte>;

export const listeAntwort = z.object({ items: z.array(loesungKarte), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });

/** The own Kommune's list: with status, version and a pending revision. */
export const eigeneKarte = loesungKarte.extend({
  status: loesungStatus,
  version: z.number().int(),
  aktualisiertAm: datum,
  pruefungKommentar: z.string(),
  ueberarbeitung: z.object({ status: ueberarbeitungStatus, aktualisiertAm: datum }).nullable(),
});
export type EigeneKarte = z.infer<typeof eigeneKarte>;
export const eigeneAntwort = z.object({ items: z.array(eigeneKarte) });

const mitStatus = loesungKarte.extend({ status: loesungStatus, version: z.number().int(), aktualisiertAm: datum });
/** An item of the review queue: a submitted draft or the submitted revision of a published solution. */
export const pruefKarte = mitStatus.extend({ ueberarbeitung: z.boolean() });
export type PruefKarte = z.infer<typeof pruefKarte>;
export type SiegelKandidat = z.infer<typeof mitStatus>;
export const prueflisteAntwort = z.object({ eingereicht: z.array(pruefKarte), siegelKandidaten: z.array(mitStatus) });

/** The content fields of a solution, as a revision holds them. */
export const inhaltAntwort = z.object({
  titel: z.string(),
  zusammenfassung: z.string(),
  problem: z.string(),
  ansatz: z.string(),
  voraussetzungen: z.string(),
  aufwandVon: z.number().int().nullable(),
  aufwandBis: z.number().int().nullable(),
  kostenVon: z.number().int().nullable(),
  kostenBis: z.number().int().nullable(),
  dauerMonate: z.number().int().nullable(),
  kontakt: z.string(),
  handlungsfeld: z.string().nullable(),
  tags: z.array(z.string()),
  links: z.array(linkAntwort),
  wirkungsstufe: z.number().int().nullable(),
  wirkungText: z.string(),
  wirkungQuellen: z.array(quelleAntwort),
  sprache,
});
export type InhaltAntwort = z.infer<typeof inhaltAntwort>;

export const ueberarbeitungAntwort = z.object({
  status: ueberarbeitungStatus,
  basisVersion: z.number().int(),
  kommentar: z.string(),
  autor: z.string().nullable(),
  erstelltAm: datum,
  aktualisiertAm: datum,
  pruefungKommentar: z.string(),
  inhalt: inhaltAntwort,
  geaenderteFelder: z.array(inhaltAntwort.keyof()),
});
export type UeberarbeitungAntwort = z.infer<typeof ueberarbeitungAntwort>;

export const detailAntwort = inhaltAntwort.extend({
  id: z.string(),
  externalId: z.string().nullable(),
  status: loesungStatus,
  wirkungsstufeLabel: z.string().nullable(),
  version: z.number().int(),
  herkunft: herkunftAntwort.nullable(),
  herkunftText: z.string().nullable(),
  erstelltAm: datum,
  aktualisiertAm: datum,
  veroeffentlichtAm: datum,
  pruefungKommentar: z.string().optional(),
  siegel: z
    .object({
      kriterien: z.array(z.object({ kriterium: z.string(), erfuellt: z.boolean(), begruendung: z.string() })),
      vergebenAm: datum,
      vergebenVon: z.string().nullable().optional(),
    })
    .nullable(),
  nutzendeKommunen: z.number().int(),
  /** Figures of transfer projects and consented report-backs (module „uebernahmen“). */
  nutzung: uebernahmeNutzung,
  nutzungen: z.array(z.object({ kommuneId: z.string(), name: z.string(), land: z.string().nullable(), groessenklasse: z.number().int().nullable(), seit: z.string().nullable(), bericht: z.string() })),
  versionen: z.array(z.object({ version: z.number().int(), geaendertAm: datum, autor: z.string().nullable(), kommentar: z.string() })),
  darfBearbeiten: z.boolean(),
  ueberarbeitung: ueberarbeitungAntwort.nullable(),
});
export type DetailAntwort = z.infer<typeof detailAntwort>;

/** Answer of the writing routes: id, status, and what changed. */
export const aenderungAntwort = z.object({
  id: z.string(),
  status: loesungStatus,
  version: z.number().int().optional(),
  ueberarbeitung: z.object({ status: ueberarbeitungStatus }).nullable().optional(),
});
export const siegelAntwort = z.object({ id: z.string(), siegel: z.literal(true), nutzendeKommunen: z.number().int() });
export const nutzungAntwort = z.object({ id: z.string(), kommuneId: z.string(), nutzendeKommunen: z.number().int() });
export const importBericht = z.object({
  gesamt: z.number().int(),
  neu: z.number().int(),
  aktualisiert: z.number().int(),
  unveraendert: z.number().int(),
  herkunftNichtAufgeloest: z.array(z.object({ zeile: z.number().int(), externalId: z.string(), origin: z.string() })),
  dauerMs: z.number(),
});
export type ImportBerichtAntwort = z.infer<typeof importBericht>;
/** 204 without a body. */
export const leer = z.void().describe('Kein Inhalt');
