/** Reads of the reference indicators: a few indexed reads per Kommune page. */
import { sql } from 'kysely';
import type { Db } from '../../../core/db/db.ts';
import type { KommuneTyp } from '../../kommunen/index.ts';
import type { Ebene, WirkungIndikatorTable } from './indikatoren.table.ts';
import { BEREICH } from './indikatoren.laden.ts';

export interface KommuneZeile {
  id: string;
  ags: string;
  name: string;
  typ: KommuneTyp;
  land: string;
  einwohner: number;
  groessenklasse: number | null;
  /** Population of the Kreis row (a Landkreis: sum of its Gemeinden; a kreisfreie Stadt: itself). */
  kreis_einwohner: number | null;
}

export type SchluesselArt = 'ars' | 'ags' | 'kreis' | 'land';

export async function findeKommune(db: Db, key: string, art: SchluesselArt): Promise<KommuneZeile | null> {
  const bedingung =
    art === 'ars' ? sql`k.id = ${key}`
    : art === 'ags' ? sql`k.ags = ${key}`
    : art === 'kreis' ? sql`k.id = ${key + '0000000'}`
    : sql`k.id = ${key + '0000000000'}`;
  const r = await sql<KommuneZeile>`
    select k.id, k.ags, k.name, k.typ, k.land, k.einwohner, k.groessenklasse, kr.einwohner as kreis_einwohner
    from kommune k left join kommune kr on kr.id = substr(k.ags, 1, 5) || '0000000' and length(k.ags) >= 5
    where ${bedingung}
    limit 1`.execute(db.k);
  return r.rows[0] ?? null;
}

export async function geladeneVersion(db: Db): Promise<number | null> {
  const r = await sql<{ version: number }>`select max(version) as version from referenzdaten_stand where bereich = ${BEREICH}`.execute(db.k);
  return r.rows[0]?.version ?? null;
}

/** The 120 indicator descriptions change only with a new version: kept per process and version. */
let metaCache: { version: number; zeilen: WirkungIndikatorTable[] } | null = null;

export async function metadaten(db: Db, version: number): Promise<WirkungIndikatorTable[]> {
  if (metaCache?.version === version) return metaCache.zeilen;
  const zeilen = await db.k.selectFrom('wirkung_indikator').selectAll().execute();
  metaCache = { version, zeilen };
  return zeilen;
}

export function leereMetadatenCache() {
  metaCache = null;
}

export async function werte(db: Db, ags: readonly string[]) {
  return db.k.selectFrom('wirkung_indikator_wert').select(['ags', 'indikator_id', 'jahr', 'wert'])
    .where('ags', 'in', ags).orderBy('indikator_id').orderBy('jahr').execute();
}

export async function vergleiche(db: Db, gruppen: readonly { ebene: Ebene; gruppe: string }[]) {
  if (gruppen.length === 0) return [];
  return db.k.selectFrom('wirkung_indikator_vergleich').selectAll()
    .where((eb) => eb.or(gruppen.map((g) => eb.and([eb('ebene', '=', g.ebene), eb('gruppe', '=', g.gruppe)]))))
    .execute();
}

export async function lagen(db: Db, ags: readonly string[]) {
  return db.k.selectFrom('wirkung_indikator_lage').selectAll().where('ags', 'in', ags).execute();
}
