/**
 * Database access of the matcher: context (vocabulary, thesaurus) cached per database, stems from
 * PostgreSQL's Snowball configurations, candidate retrieval over the posting table matching_posting.
 */
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { Database } from '../../core/db/schema.ts';
import { groessenklasseArt, type GroessenklasseArt, type KommuneTyp } from '../kommunen/index.ts';
import type { ErweiterungsKontext, Lexeme } from './anfrage/erweiterung.rules.ts';
import type { Feld, Kandidat } from './bewertung/bewertung.rules.ts';
import { merkeSchreibweise } from './bewertung/suchdokument.rules.ts';
import type { Vorbewertung } from './bewertung/vorbewertung.rules.ts';
import { baueLexikon } from './sprache/komposita.rules.ts';
import { baueThesaurus, type ThesaurusGruppe, type ThesaurusIndex } from './sprache/thesaurus.rules.ts';
import { TrigrammIndex, type Korrektur } from './sprache/tippfehler.rules.ts';

type K = Kysely<Database>;

export interface Stand {
  version: string;
  dokumente: number;
  offen: boolean;
}

export async function leseStand(k: K): Promise<Stand> {
  const r = await sql<{ version: string; dokumente: number; offen: boolean }>`
    select version::text as version, dokumente, exists (select 1 from matching_warteschlange) as offen from matching_stand`.execute(k);
  return r.rows[0] ?? { version: '0', dokumente: 0, offen: false };
}

export interface MatchingKontext {
  version: string;
  dokumente: number;
  lexikon: Set<string>;
  schreibweisen: Map<string, string>;
  thesaurus: ThesaurusIndex;
  /** typo candidates from the catalogue vocabulary */
  trigramme: TrigrammIndex;
  zerlegeCache: Map<string, string[] | null>;
}

const kontexte = new WeakMap<object, MatchingKontext>();

export async function ladeThesaurus(k: K): Promise<ThesaurusGruppe[]> {
  const rows = await k.selectFrom('thesaurus_eintrag').select(['id', 'begriff', 'synonyme', 'mehrdeutig', 'domaene']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, begriffe: [r.begriff, ...r.synonyme], mehrdeutig: r.mehrdeutig, domaene: r.domaene }));
}

/** Vocabulary and thesaurus, reloaded when matching_stand.version changes. */
export async function kontext(db: Db, stand?: Stand): Promise<MatchingKontext> {
  const s = stand ?? (await leseStand(db.k));
  const da = kontexte.get(db.k);
  if (da && da.version === s.version) return da;
  const [vok, gruppen] = await Promise.all([
    sql<{ schluessel: string; wort: string; df: number }>`select schluessel, wort, df from matching_vokabular where df > 0`.execute(db.k),
    ladeThesaurus(db.k),
  ]);
  const thesaurus = baueThesaurus(gruppen);
  const schreibweisen = new Map<string, string>();
  for (const r of vok.rows) schreibweisen.set(r.schluessel, r.wort);
  for (const [key, wort] of thesaurus.einzelwoerter) merkeSchreibweise(schreibweisen, key, wort);
  const lexikon = baueLexikon(schreibweisen.keys());
  const trigramme = new TrigrammIndex(vok.rows.map((r) => ({ key: r.schluessel, wort: r.wort, df: r.df })));
  const ctx: MatchingKontext = { version: s.version, dokumente: s.dokumente, lexikon, schreibweisen, thesaurus, trigramme, zerlegeCache: new Map() };
  kontexte.set(db.k, ctx);
  return ctx;
}

/** The query expansion's view of the catalogue vocabulary (the same for a query and for a learning signal). */
export function erweiterungsKontext(ctx: MatchingKontext, korrekturen: Map<string, Korrektur[]> = new Map()): ErweiterungsKontext {
  return { lexikon: ctx.lexikon, schreibweise: (k) => ctx.schreibweisen.get(k), thesaurus: ctx.thesaurus, korrekturen, zerlegeCache: ctx.zerlegeCache };
}

export function vergissKontext(db: Db) {
  kontexte.delete(db.k);
}

// ---- Stems -----------------------------------------------------------------------------------------

const stammCaches = new Map<string, Map<string, Lexeme>>();

/** German and English lexemes of words/phrases (PostgreSQL to_tsvector), cached per database kind. */
export async function lexeme(db: Db, woerter: string[]): Promise<(w: string) => Lexeme | undefined> {
  let cache = stammCaches.get(db.kind);
  if (!cache) stammCaches.set(db.kind, (cache = new Map()));
  const hier = new Map<string, Lexeme>();
  const fehlend: string[] = [];
  for (const w of new Set(woerter)) {
    const l = cache.get(w);
    if (l) hier.set(w, l);
    else fehlend.push(w);
  }
  if (fehlend.length && cache.size > 200_000) cache.clear();
  // In blocks: with PGlite every statement blocks the event loop while it runs (docs/decisions/0026).
  for (let i = 0; i < fehlend.length; i += STAMM_BLOCK) {
    const r = await sql<{ w: string; de: string[]; en: string[] }>`
      select w, tsvector_to_array(to_tsvector('german', w)) as de, tsvector_to_array(to_tsvector('english', w)) as en
      from unnest(${fehlend.slice(i, i + STAMM_BLOCK)}::text[]) as w`.execute(db.k);
    for (const row of r.rows) {
      const l = { de: row.de, en: row.en };
      cache.set(row.w, l);
      hier.set(row.w, l);
    }
  }
  return (w) => hier.get(w);
}

/** Words stemmed per statement. */
export const STAMM_BLOCK = 16;

// ---- Candidates ------------------------------------------------------------------------------------

export async function dokumentFrequenzen(k: K, lexemListe: string[]): Promise<Map<string, number>> {
  if (!lexemListe.length) return new Map();
  const r = await sql<{ lexem: string; df: number }>`select lexem, df from matching_lexem where lexem = any(${lexemListe}::text[])`.execute(k);
  return new Map(r.rows.map((x) => [x.lexem, x.df]));
}

const FELD = ['', 'A', 'B', 'C', 'D'] as const;

/** Candidates whose data are read per statement. */
export const KANDIDATEN_BLOCK = 50;

/**
 * The candidate statement: solutions by pre-score over the postings of the query's lexemes. The postings are read per
 * lexeme in a LATERAL subquery (`offset 0` keeps the planner from flattening it), i.e. over the primary-key index,
 * whatever statistics the planner has: as a plain join and with stale statistics (PGlite runs no autovacuum) it hashed
 * all postings of the catalogue, and a join with `lexem = any(…)` misled PostgreSQL into sorting (docs/decisions/0143).
 */
export function obersteKandidaten(v: Vorbewertung, limit: number, feldFaktor: Record<Feld, number>) {
  return sql<{ loesung_id: string }>`
    select p.loesung_id, sum(q.gewicht * (${[feldFaktor.A, feldFaktor.B, feldFaktor.C, feldFaktor.D]}::float8[])[p.feld]) as w
    from unnest(${v.lexeme}::text[], ${v.gewichte}::float8[]) as q(lexem, gewicht)
    cross join lateral (select x.loesung_id, x.feld from matching_posting x where x.lexem = q.lexem offset 0) p
    group by p.loesung_id
    order by w desc, p.loesung_id
    limit ${limit}`;
}

/**
 * Candidates: published solutions with the highest pre-score (sum of weight × field factor over the
 * matched lexemes), from the inverted index matching_posting; with the structured signals and,
 * per candidate, which query lexemes it contains in which best field.
 */
export async function kandidaten(k: K, v: Vorbewertung, alleLexeme: string[], limit: number, feldFaktor: Record<Feld, number>): Promise<Kandidat[]> {
  if (!v.lexeme.length) return [];
  type Zeile = {
    id: string;
    status: string;
    external_id: string | null;
    titel: string;
    sprache: string;
    handlungsfeld: string | null;
    wirkungsstufe: number | null;
    groessenklasse: number | null;
    typ: KommuneTyp | null;
    siegel: boolean;
    nutzungen: number;
    wirkung_berichtet: number | null;
    treffer: string | null;
  };
  // Two steps, the second in blocks: with PGlite every statement blocks the event loop while it runs
  // (docs/decisions/0026). The candidates and their data are the same as in one statement.
  // Neither depends on fresh statistics (docs/decisions/0143): see obersteKandidaten; solutions are looked up by id
  // and their status is checked here (a filter on status in SQL let stale statistics choose a scan of all solutions).
  const oben = await obersteKandidaten(v, limit, feldFaktor).execute(k);
  const ids = oben.rows.map((x) => x.loesung_id);
  const rows: Zeile[] = [];
  for (let i = 0; i < ids.length; i += KANDIDATEN_BLOCK) {
    const r = await sql<Zeile>`
    select o.loesung_id as id, l.status, l.external_id, l.titel, s.sprache, l.handlungsfeld, l.wirkungsstufe, ko.groessenklasse, ko.typ,
      exists (select 1 from loesung_siegel g where g.loesung_id = o.loesung_id) as siegel,
      (select count(*)::int from (
         select n.kommune_id from loesung_nutzung n where n.loesung_id = o.loesung_id
         union select unnest(st.umgesetzt_in) from uebernahme_nutzung_stand st where st.loesung_id = o.loesung_id) u) as nutzungen,
      (select coalesce((st.daten->>'wirkungAbStufe4')::int, 0) from uebernahme_nutzung_stand st where st.loesung_id = o.loesung_id) as wirkung_berichtet,
      (select string_agg(p.lexem || ' ' || p.feld, ' ') from matching_posting p
         where p.lexem = any(${alleLexeme}::text[]) and p.loesung_id = o.loesung_id) as treffer
    from unnest(${ids.slice(i, i + KANDIDATEN_BLOCK)}::uuid[]) as o(loesung_id)
    join loesung_suchindex s on s.loesung_id = o.loesung_id
    join loesung l on l.id = o.loesung_id
    left join kommune ko on ko.id = l.kommune_id`.execute(k);
    // only published solutions are indexed; a change not yet worked off the queue must still not show a draft
    rows.push(...r.rows.filter((x) => x.status === 'veroeffentlicht'));
  }
  return rows.map((x) => {
    const treffer = new Map<string, Feld>();
    const teile = x.treffer ? x.treffer.split(' ') : [];
    for (let i = 0; i + 1 < teile.length; i += 2) treffer.set(teile[i], FELD[Number(teile[i + 1])] as Feld);
    return {
      id: x.id,
      externalId: x.external_id,
      titel: x.titel,
      sprache: x.sprache,
      handlungsfeld: x.handlungsfeld,
      wirkungsstufe: x.wirkungsstufe,
      siegel: x.siegel,
      nutzungen: Number(x.nutzungen),
      wirkungBerichtet: Number(x.wirkung_berichtet ?? 0),
      herkunftGroessenklasse: x.groessenklasse,
      herkunftArt: x.typ ? groessenklasseArt(x.typ) : null,
      treffer,
    };
  });
}

/** Kommune by ARS (12 digits) or AGS (8/5/2 digits): its Größenklasse; undefined if unknown. */
export async function kommuneZu(k: K, schluesselOderAgs: string): Promise<{ id: string; groessenklasse: number | null; art: GroessenklasseArt | null } | undefined> {
  const r = await k
    .selectFrom('kommune')
    .select(['id', 'groessenklasse', 'typ', 'ags'])
    .where((eb) => eb.or([eb('id', '=', schluesselOderAgs), eb('ags', '=', schluesselOderAgs)]))
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return r && { id: r.id, groessenklasse: r.groessenklasse, art: groessenklasseArt(r.typ, r.ags.length === 2) };
}

