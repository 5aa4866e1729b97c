/**
 * SQL der Prozesse und Ereignisprotokolle. Die Kennzahlen rechnet PostgreSQL (Fensterfunktionen beim Import,
 * percentile_cont beim Abruf) nach den Definitionen in prozesse.rules.ts (Entscheidung 0090).
 */
import { sql, type RawBuilder } from 'kysely';
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

interface KennzahlZeile {
  nachher: boolean;
  faelle: number;
  median: number | null;
  p90: number | null;
  durchsatz: number | null;
  quote: number | null;
}

/**
 * Key figures per period (cases by their first event: before / from the cut-over instant; without one, one
 * period `false`). Two statements – cases and waiting times – each one pass over its table.
 */
export async function kennzahlen(db: Db, prozessId: string, stichtag: Date | null): Promise<Map<boolean, KennzahlenBlock>> {
  const periode = (spalte: RawBuilder<unknown>) => (stichtag ? sql<boolean>`(${spalte} >= ${stichtag.toISOString()}::timestamptz)` : sql<boolean>`false`);
  const [faelle, warte] = await Promise.all([
    sql<KennzahlZeile>`
      select ${periode(sql.ref('erster'))} as nachher,
             count(*)::int as faelle,
             percentile_cont(0.5) within group (order by durchlauf_stunden) as median,
             percentile_cont(0.9) within group (order by durchlauf_stunden) as p90,
             count(*)::float8 / ((max(woche) - min(woche)) / 7 + 1) as durchsatz,
             (count(*) filter (where nacharbeit))::float8 / count(*) as quote
      from kaizen_fall where prozess_id = ${prozessId}
      group by 1`.execute(db.k),
    sql<{ nachher: boolean; median: number | null }>`
      select ${periode(sql.ref('fall_erster'))} as nachher, percentile_cont(0.5) within group (order by stunden) as median
      from kaizen_wartezeit where prozess_id = ${prozessId}
      group by 1`.execute(db.k),
  ]);
  const wartezeit = new Map(warte.rows.map((r) => [r.nachher, r.median === null ? null : Number(r.median)]));
  const n = (x: number | null) => (x === null ? null : Number(x));
  return new Map(
    faelle.rows.map((r) => [
      r.nachher,
      {
        faelle: Number(r.faelle),
        durchlaufzeitMedianStunden: n(r.median),
        durchlaufzeitP90Stunden: n(r.p90),
        wartezeitMedianStunden: wartezeit.get(r.nachher) ?? null,
        durchsatzProWoche: n(r.durchsatz),
        nacharbeitQuote: n(r.quote),
      },
    ]),
  );
}
