/**
 * SQL der Prozesse und Ereignisprotokolle. Die Kennzahlen rechnet PostgreSQL (Fensterfunktionen beim Import,
 * percentile_cont beim Abruf) nach den Definitionen in prozesse.rules.ts (Entscheidung 0090).
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import { sichtbar, type Konto } from '../../../core/authz/policy.ts';
import './prozesse.table.ts';
import type { KennzahlenBlock, Prozess } from './prozesse.schemas.ts';

/** Rows per INSERT (arrays through unnest: 5 parameters per statement, whatever the batch size). */
export const BLOCK = 20_000;

export async function kommuneVonProzess(db: Db, id: string): Promise<string | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return (await db.k.selectFrom('kaizen_prozess').select('kommune_id').where('id', '=', id).executeTakeFirst())?.kommune_id;
}

export async function kommuneNachSchluessel(db: Db, schluessel: string): Promise<string | undefined> {
  const r = await db.k.selectFrom('kommune').select('id').where(schluessel.length === 12 ? 'id' : 'ags', '=', schluessel).executeTakeFirst();
  return r?.id;
}

const basis = (k: Tx) =>
  k
    .selectFrom('kaizen_prozess as p')
    .innerJoin('kommune as k', 'k.id', 'p.kommune_id')
    .select(['p.id', 'p.kommune_id', 'k.name as kommune_name', 'p.name', 'p.ereignisse', 'p.faelle', 'p.erstes_ereignis', 'p.letztes_ereignis', 'p.erstellt_am']);

type Zeile = Awaited<ReturnType<ReturnType<typeof basis>['executeTakeFirstOrThrow']>>;
const alsProzess = (r: Zeile): Prozess => ({
  id: r.id,
  kommuneId: r.kommune_id,
  kommuneName: r.kommune_name,
  name: r.name,
  ereignisse: Number(r.ereignisse),
  faelle: Number(r.faelle),
  erstesEreignis: r.erstes_ereignis ? new Date(r.erstes_ereignis).toISOString() : null,
  letztesEreignis: r.letztes_ereignis ? new Date(r.letztes_ereignis).toISOString() : null,
  erstelltAm: new Date(r.erstellt_am).toISOString(),
});

export async function liste(db: Db, konto: Konto, kommuneId: string | undefined): Promise<Prozess[]> {
  let q = basis(db.k).where((eb) => sichtbar(eb, konto, 'p.kommune_id'));
  if (kommuneId) q = q.where('p.kommune_id', '=', kommuneId);
  return (await q.orderBy('k.name').orderBy('p.name').limit(500).execute()).map(alsProzess);
}

export async function lade(k: Tx, id: string): Promise<Prozess | undefined> {
  const r = await basis(k).where('p.id', '=', id).executeTakeFirst();
  return r && alsProzess(r);
}

export async function sperre(tx: Tx, id: string) {
  return tx.selectFrom('kaizen_prozess').select(['id', 'kommune_id', 'name']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function nachNamen(tx: Tx, kommuneId: string, namen: string[]) {
  if (!namen.length) return [];
  return tx.selectFrom('kaizen_prozess').select(['id', 'name']).where('kommune_id', '=', kommuneId).where('name', 'in', namen).forUpdate().execute();
}

export async function legeAn(tx: Tx, kommuneId: string, name: string, kontoId: string | null): Promise<string | undefined> {
  const r = await tx
    .insertInto('kaizen_prozess')
    .values({ kommune_id: kommuneId, name, erstellt_von: kontoId })
    .onConflict((oc) => oc.columns(['kommune_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r?.id;
}

export interface NeuesEreignis {
  prozessId: string;
  fall: string;
  schritt: string;
  /** ISO instant. */
  zeitpunkt: string;
}

/** Inserts events in blocks; an event already stored (same process, case, time, step) is skipped. Returns the number inserted. */
export async function fuegeEin(tx: Tx, kommuneId: string, ereignisse: readonly NeuesEreignis[], nachBlock?: (erledigt: number) => void): Promise<number> {
  let neu = 0;
  for (let i = 0; i < ereignisse.length; i += BLOCK) {
    const b = ereignisse.slice(i, i + BLOCK);
    const r = await sql`
      insert into kaizen_ereignis (prozess_id, kommune_id, fall_id, schritt, zeitpunkt)
      select p, ${kommuneId}, f, s, z::timestamptz
      from unnest(${b.map((e) => e.prozessId)}::uuid[], ${b.map((e) => e.fall)}::text[], ${b.map((e) => e.schritt)}::text[], ${b.map((e) => e.zeitpunkt)}::text[]) as u(p, f, s, z)
      on conflict do nothing`.execute(tx);
    neu += Number(r.numAffectedRows ?? 0);
    nachBlock?.(i + b.length);
  }
  return neu;
}

/** Recomputes the case summaries and waiting times of the given cases of a process (window functions). */
export async function rechneFaelleNeu(tx: Tx, prozessId: string, faelle: readonly string[]): Promise<void> {
  for (let i = 0; i < faelle.length; i += BLOCK * 2) {
    const b = [...faelle.slice(i, i + BLOCK * 2)];
    const betroffen = sql`(select distinct f from unnest(${b}::text[]) as u(f))`;
    await sql`delete from kaizen_fall k using ${betroffen} as b where k.prozess_id = ${prozessId} and k.fall_id = b.f`.execute(tx);
    await sql`delete from kaizen_wartezeit w using ${betroffen} as b where w.prozess_id = ${prozessId} and w.fall_id = b.f`.execute(tx);
    await sql`
      insert into kaizen_fall (prozess_id, kommune_id, fall_id, erster, letzter, durchlauf_stunden, ereignisse, nacharbeit, woche)
      select e.prozess_id, e.kommune_id, e.fall_id, min(e.zeitpunkt), max(e.zeitpunkt),
             extract(epoch from max(e.zeitpunkt) - min(e.zeitpunkt))::float8 / 3600,
             count(*)::int,
             count(*) > count(distinct e.schritt),
             date_trunc('week', max(e.zeitpunkt) at time zone 'Europe/Berlin')::date
      from kaizen_ereignis e join ${betroffen} as b on b.f = e.fall_id
      where e.prozess_id = ${prozessId}
      group by e.prozess_id, e.kommune_id, e.fall_id`.execute(tx);
    await sql`
      insert into kaizen_wartezeit (prozess_id, kommune_id, fall_id, fall_erster, stunden)
      select prozess_id, kommune_id, fall_id, erster, stunden from (
        select e.prozess_id, e.kommune_id, e.fall_id,
               min(e.zeitpunkt) over (partition by e.fall_id) as erster,
               extract(epoch from e.zeitpunkt - lag(e.zeitpunkt) over (partition by e.fall_id order by e.zeitpunkt))::float8 / 3600 as stunden
        from kaizen_ereignis e join ${betroffen} as b on b.f = e.fall_id
        where e.prozess_id = ${prozessId}
      ) x
      where stunden is not null`.execute(tx);
  }
}

/** Counters and time span of a process after an import. */
export async function aktualisiereZaehler(tx: Tx, prozessId: string, neueEreignisse: number): Promise<void> {
  await sql`
    update kaizen_prozess p set
      ereignisse = p.ereignisse + ${neueEreignisse},
      faelle = s.faelle, erstes_ereignis = s.von, letztes_ereignis = s.bis
    from (select count(*)::int as faelle, min(erster) as von, max(letzter) as bis from kaizen_fall where prozess_id = ${prozessId}) s
    where p.id = ${prozessId}`.execute(tx);
}

/** Sorts of a few hundred thousand values stay in memory (the default work_mem of 4 MB would sort on disk). */
const ARBEITSSPEICHER = sql`set local work_mem = '96MB'`;

/**
 * Key figures per period (cases by their first event: before / from the cut-over instant; without one, one
 * period). Two statements – cases and waiting times – each one pass over its table; the periods are FILTER
 * clauses of the same aggregate row (no sort by a group key).
 */
export async function kennzahlen(db: Db, prozessId: string, stichtag: Date | null): Promise<{ vorher: KennzahlenBlock | null; nachher: KennzahlenBlock | null }> {
  const grenze = stichtag?.toISOString() ?? null;
  const perioden = grenze ? (['vorher', 'nachher'] as const) : (['vorher'] as const);
  const bedingung = (spalte: string, p: 'vorher' | 'nachher') =>
    grenze === null ? sql`true` : p === 'vorher' ? sql`${sql.ref(spalte)} < ${grenze}::timestamptz` : sql`${sql.ref(spalte)} >= ${grenze}::timestamptz`;
  const fallSpalten = (p: 'vorher' | 'nachher') => {
    const f = bedingung('erster', p);
    return sql`count(*) filter (where ${f})::int as ${sql.ref(`${p}_faelle`)},
      percentile_cont(0.5) within group (order by durchlauf_stunden) filter (where ${f}) as ${sql.ref(`${p}_median`)},
      percentile_cont(0.9) within group (order by durchlauf_stunden) filter (where ${f}) as ${sql.ref(`${p}_p90`)},
      (count(*) filter (where ${f}))::float8 / nullif((max(woche) filter (where ${f}) - min(woche) filter (where ${f})) / 7 + 1, 0) as ${sql.ref(`${p}_durchsatz`)},
      (count(*) filter (where ${f} and nacharbeit))::float8 / nullif(count(*) filter (where ${f}), 0) as ${sql.ref(`${p}_quote`)}`;
  };
  const warteSpalten = (p: 'vorher' | 'nachher') =>
    sql`percentile_cont(0.5) within group (order by stunden) filter (where ${bedingung('fall_erster', p)}) as ${sql.ref(`${p}_median`)}`;
  const [faelle, warte] = await Promise.all([
    db.k.transaction().execute(async (tx) => {
      await ARBEITSSPEICHER.execute(tx);
      return sql<Record<string, number | null>>`select ${sql.join(perioden.map(fallSpalten))} from kaizen_fall where prozess_id = ${prozessId}`.execute(tx);
    }),
    db.k.transaction().execute(async (tx) => {
      await ARBEITSSPEICHER.execute(tx);
      return sql<Record<string, number | null>>`select ${sql.join(perioden.map(warteSpalten))} from kaizen_wartezeit where prozess_id = ${prozessId}`.execute(tx);
    }),
  ]);
  const f = faelle.rows[0] ?? {};
  const w = warte.rows[0] ?? {};
  const n = (x: number | null | undefined) => (x === null || x === undefined ? null : Number(x));
  const block = (p: 'vorher' | 'nachher'): KennzahlenBlock | null =>
    !n(f[`${p}_faelle`])
      ? null
      : {
          faelle: Number(f[`${p}_faelle`]),
          durchlaufzeitMedianStunden: n(f[`${p}_median`]),
          durchlaufzeitP90Stunden: n(f[`${p}_p90`]),
          wartezeitMedianStunden: n(w[`${p}_median`]),
          durchsatzProWoche: n(f[`${p}_durchsatz`]),
          nacharbeitQuote: n(f[`${p}_quote`]),
        };
  return { vorher: block('vorher'), nachher: grenze ? block('nachher') : null };
}
