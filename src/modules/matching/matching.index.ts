/**
 * The search index of the catalogue (table loesung_suchindex). Only published solutions are indexed.
 *
 * - `indexiereLoesung(db, id)`: after a solution was written (the catalogue calls it; a trigger on
 *   `loesung` also queues every change, and the queue is worked off before the next search).
 * - `indexiereAlle(db)`: rebuilds everything (vocabulary first, so that compounds split against the
 *   whole catalogue), e.g. after an import or a big thesaurus change.
 */
import { sql, type Kysely } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import { frischeStatistikAuf } from '../../core/db/statistik.ts';
import type { Database } from '../../core/db/schema.ts';
import { kontext, ladeThesaurus, leseStand, type MatchingKontext } from './matching.repository.ts';
import { merkeSchreibweise, suchdokument, woerterVon, type LoesungText, type Suchdokument } from './bewertung/suchdokument.rules.ts';
import { baueLexikon } from './sprache/komposita.rules.ts';
import { baueThesaurus } from './sprache/thesaurus.rules.ts';

type K = Kysely<Database>;

interface LoesungZeile extends LoesungText {
  id: string;
  status: string;
}

const SPALTEN = sql`id, status, sprache, titel, zusammenfassung, problem, ansatz, voraussetzungen, wirkung_text, tags`;

async function schreibeDokument(tx: K, id: string, sprache: string, d: Suchdokument) {
  const woerter = [...d.woerter.keys()];
  const schreib = woerter.map((w) => d.woerter.get(w)!);
  const r = await sql<{ lexeme: string[] }>`
    insert into loesung_suchindex (loesung_id, sprache, tsv, woerter, teile)
    values (${id}, ${sprache},
      setweight(to_tsvector(${d.config}::regconfig, ${d.felder.A}), 'A') ||
      setweight(to_tsvector(${d.config}::regconfig, ${d.felder.B}), 'B') ||
      setweight(to_tsvector(${d.config}::regconfig, ${d.felder.C}), 'C') ||
      setweight(to_tsvector(${d.config}::regconfig, ${d.felder.D}), 'D'),
      ${woerter}::text[], ${d.teile}::text[])
    returning tsvector_to_array(tsv) as lexeme`.execute(tx);
  const lexeme = r.rows[0].lexeme;
  await sql`insert into matching_posting (lexem, loesung_id, feld)
    select u.lexeme, s.loesung_id, (select ascii(min(w)) - 64 from unnest(u.weights) w)
    from loesung_suchindex s, unnest(s.tsv) u where s.loesung_id = ${id}`.execute(tx);
  await sql`insert into matching_lexem (lexem, df) select l, 1 from unnest(${lexeme}::text[]) as l
    on conflict (lexem) do update set df = matching_lexem.df + 1`.execute(tx);
  await sql`insert into matching_vokabular (schluessel, wort, df) select s, w, 1 from unnest(${woerter}::text[], ${schreib}::text[]) as x(s, w)
    on conflict (schluessel) do update set df = matching_vokabular.df + 1,
      wort = case when matching_vokabular.wort !~ '[äöüßÄÖÜ]' and excluded.wort ~ '[äöüßÄÖÜ]' then excluded.wort else matching_vokabular.wort end`.execute(tx);
  await sql`update matching_stand set dokumente = dokumente + 1, version = version + 1`.execute(tx);
}

/**
 * (Re)indexes one solution; removes it from the index if it is not (or no longer) published.
 * Call it after the solution's transaction has committed (it opens its own). Not strictly needed:
 * the trigger on `loesung` queues every change and the next search works the queue off.
 */
export async function indexiereLoesung(db: Db, id: string, vorhanden?: MatchingKontext): Promise<void> {
  const ctx = vorhanden ?? (await kontext(db));
  await db.k.transaction().execute(async (tx) => {
    const r = await sql<LoesungZeile>`select ${SPALTEN} from loesung where id = ${id} for update`.execute(tx);
    await sql`select matching_entferne(${id}::uuid)`.execute(tx);
    await sql`delete from matching_warteschlange where loesung_id = ${id}`.execute(tx);
    const l = r.rows[0];
    if (!l || l.status !== 'veroeffentlicht') return;
    const eigene = woerterVon(l);
    const lexikon = { has: (k: string) => ctx.lexikon.has(k) || (k.length >= 3 && eigene.has(k)) };
    const d = suchdokument(l, lexikon, (k) => ctx.schreibweisen.get(k) ?? eigene.get(k));
    await schreibeDokument(tx, l.id, d.config === 'english' ? 'en' : 'de', d);
  });
}

/** Works off the queue filled by the trigger on `loesung` (at most `max` solutions). */
export async function arbeiteWarteschlangeAb(db: Db, max = 5000): Promise<number> {
  const r = await sql<{ loesung_id: string }>`select loesung_id from matching_warteschlange order by seit, loesung_id limit ${max}`.execute(db.k);
  if (r.rows.length > 200) {
    // many changes (e.g. an import): a full rebuild is faster and splits against the new vocabulary
    await indexiereAlle(db);
    return r.rows.length;
  }
  const ctx = await kontext(db); // one vocabulary for the whole batch
  for (const x of r.rows) await indexiereLoesung(db, x.loesung_id, ctx);
  return r.rows.length;
}

async function* publizierte(tx: K, batch: number): AsyncGenerator<LoesungZeile[]> {
  let nach = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const r = await sql<LoesungZeile>`select ${SPALTEN} from loesung where status = 'veroeffentlicht' and id > ${nach}::uuid order by id limit ${batch}`.execute(tx);
    if (!r.rows.length) return;
    yield r.rows;
    nach = r.rows[r.rows.length - 1].id;
  }
}

/** Rebuilds the whole index in one transaction. */
export async function indexiereAlle(db: Db, opts: { batch?: number; fortschritt?: (n: number) => void } = {}): Promise<{ dokumente: number }> {
  const batch = opts.batch ?? 1000;
  let n = 0;
  await db.k.transaction().execute(async (tx) => {
    await sql`delete from loesung_suchindex`.execute(tx);
    await sql`delete from matching_lexem`.execute(tx);
    await sql`delete from matching_posting`.execute(tx);
    await sql`delete from matching_vokabular`.execute(tx);
    await sql`delete from matching_warteschlange`.execute(tx);
    // 1. vocabulary with document frequencies
    const df = new Map<string, number>();
    const schreibweisen = new Map<string, string>();
    for await (const rows of publizierte(tx, batch)) {
      for (const l of rows) {
        for (const [k, w] of woerterVon(l)) {
          df.set(k, (df.get(k) ?? 0) + 1);
          merkeSchreibweise(schreibweisen, k, w);
        }
      }
    }
    const thesaurus = baueThesaurus(await ladeThesaurus(tx));
    const sw = new Map(schreibweisen);
    for (const [k, w] of thesaurus.einzelwoerter) merkeSchreibweise(sw, k, w);
    const lexikon = baueLexikon(sw.keys());
    // 2. documents
    const cache = new Map<string, string[]>();
    for await (const rows of publizierte(tx, batch)) {
      const docs = rows.map((l) => ({ l, d: suchdokument(l, lexikon, (k) => sw.get(k), cache) }));
      const sprachen = docs.map((x) => (x.d.config === 'english' ? 'en' : 'de'));
      await sql`
        insert into loesung_suchindex (loesung_id, sprache, tsv, woerter, teile)
        select x.id, x.sprache,
          setweight(to_tsvector(x.cfg::regconfig, x.a), 'A') || setweight(to_tsvector(x.cfg::regconfig, x.b), 'B') ||
          setweight(to_tsvector(x.cfg::regconfig, x.c), 'C') || setweight(to_tsvector(x.cfg::regconfig, x.d), 'D'),
          string_to_array(x.w, ' '), string_to_array(x.t, ' ')
        from unnest(${docs.map((x) => x.l.id)}::uuid[], ${sprachen}::text[], ${docs.map((x) => x.d.config)}::text[],
          ${docs.map((x) => x.d.felder.A)}::text[], ${docs.map((x) => x.d.felder.B)}::text[], ${docs.map((x) => x.d.felder.C)}::text[],
          ${docs.map((x) => x.d.felder.D)}::text[], ${docs.map((x) => [...x.d.woerter.keys()].join(' '))}::text[],
          ${docs.map((x) => x.d.teile.join(' '))}::text[]) as x(id, sprache, cfg, a, b, c, d, w, t)`.execute(tx);
      n += rows.length;
      opts.fortschritt?.(n);
    }
    // 3. postings and frequencies
    await sql`insert into matching_posting (lexem, loesung_id, feld)
      select u.lexeme, s.loesung_id, (select ascii(min(w)) - 64 from unnest(u.weights) w)
      from loesung_suchindex s, unnest(s.tsv) u`.execute(tx);
    await sql`insert into matching_lexem (lexem, df)
      select l, count(*) from loesung_suchindex, unnest(tsvector_to_array(tsv)) as l group by l`.execute(tx);
    const keys = [...df.keys()];
    for (let i = 0; i < keys.length; i += 5000) {
      const ks = keys.slice(i, i + 5000);
      await sql`insert into matching_vokabular (schluessel, wort, df)
        select * from unnest(${ks}::text[], ${ks.map((k) => schreibweisen.get(k)!)}::text[], ${ks.map((k) => df.get(k)!)}::int[])`.execute(tx);
    }
    await sql`update matching_stand set dokumente = (select count(*) from loesung_suchindex), version = version + 1`.execute(tx);
  });
  // fresh planner statistics after a bulk change (PGlite has no autovacuum; docs/decisions/0143)
  await frischeStatistikAuf(db, { nur: ['loesung', 'loesung_suchindex', 'matching_posting', 'matching_lexem', 'matching_vokabular'] });
  return { dokumente: n };
}

/** Index up to date: works off the queue; returns the current state. */
export async function aktualisiereIndex(db: Db) {
  let s = await leseStand(db.k);
  if (s.offen) {
    await arbeiteWarteschlangeAb(db);
    s = await leseStand(db.k);
  }
  return s;
}
