/**
 * The matcher: a need in the Kommune's own words → ranked published solutions with German reasons.
 * Used by POST /api/matching and by other modules (Lotse inbox, need page, catalogue search).
 *
 * 1. words of the text → concepts (umlaut spellings, thesaurus synonyms, compound parts, typo corrections):
 *    anfrage/erweiterung.rules.ts with the language rules of sprache/ (normalisation, Komposita, thesaurus,
 *    word families, typos and trigram index, word lists)
 * 2. candidates: all lexemes (German and English Snowball) weighted by idf, summed over the inverted
 *    index matching_posting (B-tree), best pre-score first (bewertung/vorbewertung.rules.ts, matching.repository.ts)
 * 3. scoring: per concept the best variant (idf × field × kind of match), times structured signals
 *    (bewertung/bewertung.rules.ts), with German reasons (bewertung/gruende.rules.ts)
 *
 * Bounded per request (matching.auslastung.ts, docs/decisions/0026): the first 40 distinct content words,
 * at most one or two runs at once, and the event loop handed back between steps.
 */
import type { Db } from '../../core/db/db.ts';
import { fehler } from '../../core/errors.ts';
import { auslastungFuer, begrenzeText, neuerTakt } from './matching.auslastung.ts';
import { aktualisiereIndex } from './matching.index.ts';
import { dokumentFrequenzen, erweiterungsKontext, kandidaten, kommuneZu, kontext, leseStand, lexeme } from './matching.repository.ts';
import { alleLexeme, alleVariantenWoerter, braucheKorrektur, erweitereAnfrage, ohneFremdenStamm } from './anfrage/erweiterung.rules.ts';
import { bewerte, idfWert, konzeptGewicht, FELD_FAKTOR, type Grund } from './bewertung/bewertung.rules.ts';
import { vorbewertung } from './bewertung/vorbewertung.rules.ts';
import { passung, type Passung } from './bewertung/passung.rules.ts';
import { erkenneSprache } from './sprache/spracherkennung.rules.ts';
import { tokenisiere } from './sprache/normalisierung.rules.ts';
import { woerterbuch } from './sprache/woerterbuch.ts';
import { waehleKorrekturen, type Korrektur } from './sprache/tippfehler.rules.ts';
import { grundGelernt, lernFaktor } from './lernen/lernen.rules.ts';
import { gelerntFuerAnfrage } from './lernen/lernen.usecases.ts';

export interface MatchAnfrage {
  text: string;
  handlungsfeld?: string | null;
  /** AGS or ARS of the asking Kommune (for the Größenklasse signal). */
  kommune?: string | null;
  limit?: number;
}

export interface MatchErgebnis {
  id: string;
  externalId: string | null;
  title: string;
  score: number;
  reasons: Grund[];
  /** calibrated fit (bewertung/passung.rules.ts) */
  passung: Passung;
  /** language of the solution when it differs from the query's */
  sprache?: 'en' | 'de';
}

/** Inputs of the calibrated fit (bewertung/passung.rules.ts), kept for the benchmark's calibration. */
export interface Merkmale {
  /** share of the query's concept weight this hit covers (0…1, without bonus) */
  abdeckung: number;
  /** share of the weight of the query's KERN_KONZEPTE heaviest concepts plus its unknown words (capped at 1) */
  kern: number;
  /** covered weight in idf units (not normalised by the query's length) */
  gewicht: number;
  /** score relative to the best hit of the query */
  relativ: number;
  konzepte: number;
  /** content words of the query no solution contains */
  unbekannt: number;
  /** mean weight of the known concepts */
  mittel: number;
}

/** How many of the heaviest concepts make up the core of a need (for the fit of long needs). */
export const KERN_KONZEPTE = 8;

/** Content words unknown to the whole catalogue count against the fit (each as this share of a known concept, at most so many). */
export const UNBEKANNT = { gewicht: 0.5, hoechstens: 2 };

/** Ordering weight of a solution in another language than the query (only the order, not the score). */
export const FREMDSPRACHE_ORDNUNG = 0.98;

/** How many candidates (best by pre-score) are scored in full. */
export const KANDIDATEN = 150;

/**
 * Runs the matcher. At most one (PGlite) or two (PostgreSQL) runs at once per process; the others wait their turn. `vonAussen` (POST
 * /api/matching): when the waiting line is full, answer 503 at once instead of waiting.
 */
export async function findeLoesungen(db: Db, a: MatchAnfrage, opts: { vonAussen?: boolean } = {}): Promise<MatchErgebnis[]> {
  return (await findeMitMerkmalen(db, a, opts)).map(({ merkmale: _m, ...r }) => r);
}

/** As findeLoesungen, with the calibration inputs of each hit (benchmark). */
export async function findeMitMerkmalen(db: Db, a: MatchAnfrage, opts: { vonAussen?: boolean } = {}): Promise<(MatchErgebnis & { merkmale: Merkmale })[]> {
  const auslastung = auslastungFuer(db.kind);
  const frei = opts.vonAussen ? await auslastung.versuche() : await auslastung.betrete();
  try {
    return await suche(db, a);
  } finally {
    frei();
  }
}

async function suche(db: Db, a: MatchAnfrage): Promise<(MatchErgebnis & { merkmale: Merkmale })[]> {
  const limit = a.limit ?? 10;
  const text = begrenzeText(a.text);
  const takt = neuerTakt();
  // work off changes queued by the trigger; if that fails, search the index as it is
  const stand = await aktualisiereIndex(db).catch(() => leseStand(db.k));
  const [ctx, kommune] = await Promise.all([
    kontext(db, stand),
    a.kommune ? kommuneZu(db.k, a.kommune) : Promise.resolve(undefined),
  ]);
  if (a.kommune && !kommune) throw fehler.kommuneNichtGefunden();

  // typo corrections for words unknown to catalogue, thesaurus and decompounder — and to the German and English
  // dictionaries: a correct word is never "corrected" (docs/decisions/0121)
  const wb = await woerterbuch();
  const unbekannteToks = tokenisiere(text).filter((t) => braucheKorrektur(t.key, ctx));
  const richtig = new Set(unbekannteToks.filter((t) => wb.deutsch(t.original) || wb.englisch(t.original)).map((t) => t.key));
  const unbekannt = [...new Set(unbekannteToks.map((t) => t.key))].slice(0, 30);
  const korrekturen = new Map<string, Korrektur[]>();
  if (unbekannt.length) {
    const th = [...ctx.thesaurus.einzelwoerter].map(([k, w]) => ({ key: k, wort: w, df: 0 }));
    const kandidatenJe = new Map<string, Korrektur[]>();
    for (const key of unbekannt) {
      await takt();
      const k = waehleKorrekturen(key, [...ctx.trigramme.aehnlich(key), ...th]);
      if (k.length) kandidatenJe.set(key, k);
    }
    // A dictionary word is never corrected; it may only meet another form of itself (same German stem:
    // „Kitaplätze“ → „Kitaplatz“), which is explained as a word form, not as a typo.
    // Stems of the surface form as typed („kitaplätze“), not of the folded key („kitaplaetze“): older Snowball
    // stemmers (PostgreSQL 15) do not read „ae“ as „ä“, newer ones (PGlite's PostgreSQL 18) do.
    const geschrieben = new Map(unbekannteToks.map((t) => [t.key, t.original.toLowerCase()]));
    const form = (key: string) => geschrieben.get(key) ?? key;
    const zuStammen = [...kandidatenJe].filter(([key]) => richtig.has(key)).flatMap(([key, ks]) => [form(key), ...ks.map((k) => k.wort)]);
    const stamm = zuStammen.length ? await lexeme(db, zuStammen) : () => undefined;
    const stammVon = (w: string) => stamm(w)?.de.join(' ') ?? w;
    for (const [key, ks] of kandidatenJe) {
      if (!richtig.has(key)) korrekturen.set(key, ks);
      else {
        const gleich = ks.filter((k) => stammVon(k.wort) === stammVon(form(key))).map((k) => ({ ...k, form: true }));
        if (gleich.length) korrekturen.set(key, gleich);
      }
    }
  }

  const konzepte = erweitereAnfrage(text, erweiterungsKontext(ctx, korrekturen));
  if (!konzepte.length) return [];
  const lex = ohneFremdenStamm(await lexeme(db, alleVariantenWoerter(konzepte)), wb);
  const lexemListe = alleLexeme(konzepte, lex);
  if (!lexemListe.length) return [];
  const dfs = await dokumentFrequenzen(db.k, lexemListe);
  const n = Math.max(stand.dokumente, 1);
  const df = (l: string) => dfs.get(l) ?? 0;
  const idf = (l: string) => idfWert(n, df(l));
  const kand = await kandidaten(db.k, vorbewertung(konzepte, lex, idf, df, n), lexemListe, KANDIDATEN, FELD_FAKTOR);
  const gewichte = konzepte.map((c) => konzeptGewicht(c, lex, idf, df)).sort((x, y) => y - x);
  const norm = gewichte.reduce((s, g) => s + g, 0);
  // the weight of the query's heaviest concepts: long needs are judged by their core, not by every word of context
  const kernNorm = gewichte.slice(0, KERN_KONZEPTE).reduce((s, g) => s + g, 0);
  // content words the catalogue does not know at all (no variant found): they speak against any fit
  const fremd = gewichte.filter((g) => g === 0).length;
  const bekannt = gewichte.length - fremd;
  const mittel = bekannt ? norm / bekannt : 0;
  const signale = { handlungsfeld: a.handlungsfeld ?? null, groessenklasse: kommune?.groessenklasse ?? null, groessenklasseArt: kommune?.art ?? null };
  const bewertet: { k: (typeof kand)[number]; b: ReturnType<typeof bewerte> }[] = [];
  // decisions of the Lotsen on needs with the same concepts (docs/decisions/0124, 0139)
  const gelernt = await gelerntFuerAnfrage(db.k, text, konzepte, lex, df, n);
  for (const k of kand) {
    await takt();
    const b = bewerte(konzepte, k, signale, lex, idf, norm);
    // learned from decisions on similar needs: reorders what the text found, within 1 ± LERNEN.hoechstens
    const w = gelernt.get(k.id);
    if (w) {
      b.score *= lernFaktor(w);
      const g = grundGelernt(w);
      if (g) b.reasons.push(g);
    }
    bewertet.push({ k, b });
  }
  // With (nearly) equal fit a solution in the query's language ranks first (docs/decisions/0123).
  const sprache = erkenneSprache(text);
  const ordnung = (x: (typeof bewertet)[number]) => x.b.score * (x.k.sprache === sprache ? 1 : FREMDSPRACHE_ORDNUNG);
  const sortiert = bewertet
    .filter((x) => x.b.text > 0)
    .sort((x, y) => ordnung(y) - ordnung(x) || (x.k.externalId ?? x.k.id).localeCompare(y.k.externalId ?? y.k.id))
    .slice(0, limit);
  const bester = Math.max(0, ...sortiert.map((x) => x.b.score));
  return sortiert.map(({ k, b }) => {
    const merkmale: Merkmale = {
      abdeckung: norm > 0 ? b.text / norm : 0,
      kern: kernNorm > 0 ? Math.min(1, b.text / (kernNorm + UNBEKANNT.gewicht * mittel * Math.min(fremd, UNBEKANNT.hoechstens))) : 0,
      gewicht: b.text,
      relativ: bester > 0 ? b.score / bester : 0,
      konzepte: konzepte.length,
      unbekannt: fremd,
      mittel,
    };
    return {
      id: k.id,
      externalId: k.externalId,
      title: k.titel,
      score: Math.round(b.score * 10000) / 10000,
      reasons: b.reasons,
      passung: passung(merkmale),
      ...(k.sprache !== sprache && (k.sprache === 'en' || k.sprache === 'de') ? { sprache: k.sprache } : {}),
      merkmale,
    };
  });
}
