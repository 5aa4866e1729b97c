import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { KommuneTyp } from './kommunen.table.ts';
import { groessenklasseArt, groessenklasseText, landZuCode, type SchluesselArt } from './kommunen.service.ts';
import { ART_NACH_TYP, ART_NAME } from './groessenklassen.ts';

/** Eine Kommune in Listen und als Einzelabruf (Antwortform der API). */
export interface KommuneEintrag {
  ars: string;
  ags: string;
  name: string;
  kurzname: string;
  typ: KommuneTyp;
  einwohner: number;
  /** Länderkürzel, z. B. 'HE' */
  land: string;
  landName: string;
  groessenklasse: number | null;
  kreis: { ars: string; name: string } | null;
}

export interface KommuneDetail extends Omit<KommuneEintrag, 'land'> {
  /** Das Land der Kommune; für Länder und Stadtstaaten die Kommune selbst. */
  land: { ars: string; name: string; code: string };
  /** z. B. „50.000 bis unter 100.000 Einwohner (Städte und Gemeinden)“ */
  groessenklasseText: string | null;
}

export interface SuchParameter {
  q?: string;
  /** Länderkürzel (schon aufgelöst) */
  land?: string;
  typ?: KommuneTyp;
  limit: number;
  offset: number;
}

interface Zeile {
  id: string;
  ags: string;
  name: string;
  kurzname: string;
  typ: KommuneTyp;
  einwohner: number;
  land: string;
  groessenklasse: number | null;
  kreis_id: string | null;
  kreis_name: string | null;
  total?: number | string;
}

const eintrag = (z: Zeile): KommuneEintrag => ({
  ars: z.id,
  ags: z.ags,
  name: z.name,
  kurzname: z.kurzname,
  typ: z.typ,
  einwohner: Number(z.einwohner),
  land: z.land,
  landName: landZuCode(z.land)?.name ?? z.land,
  groessenklasse: z.groessenklasse === null ? null : Number(z.groessenklasse),
  kreis: z.kreis_id ? { ars: z.kreis_id, name: z.kreis_name ?? '' } : null,
});

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * Suche im Verzeichnis. Ranking (Stufe aufsteigend, dann Einwohner absteigend):
 *   0 Name genau (Kurzname oder amtlicher Name) einer Gemeinde, Stadt, kreisfreien Stadt, Berlin/Hamburg
 *   1 Name genau, aber Landkreis oder Land (so kommt bei „Gießen“ die Stadt vor dem gleichnamigen Landkreis,
 *     bei „Bremen“ die Stadt vor dem Land)
 *   2 Name beginnt mit der Eingabe
 *   3 ein Wort des Namens beginnt mit der Eingabe („Main“ → „Frankfurt am Main“)
 *   4 unscharf (Tippfehler): Trigramm-Ähnlichkeit, hier zuerst nach Ähnlichkeit (auf 0,1 gerundet)
 * Eingabe und Namen sind mit lotse_fold gefaltet („Muenchen“ = „München“). Nur Ziffern: Suche nach ARS/AGS-Anfang.
 */
export async function sucheKommunen(db: Db, p: SuchParameter): Promise<{ items: KommuneEintrag[]; total: number }> {
  const filter: RawBuilder<unknown>[] = [];
  if (p.land) filter.push(sql`k.land = ${p.land}`);
  if (p.typ) filter.push(sql`k.typ = ${p.typ}`);
  const q = p.q?.trim() ?? '';
  let treffer: RawBuilder<unknown> = sql`true`;
  let ordnung: RawBuilder<unknown> = sql`k.einwohner desc, k.id`;
  if (/^[0-9]+$/.test(q)) {
    const muster = q + '%';
    treffer = sql`(k.id like ${muster} or k.ags like ${muster})`;
    ordnung = sql`(k.id = ${q} or k.ags = ${q}) desc, length(k.ags), k.einwohner desc, k.id`;
  } else if (q) {
    const f = sql`lotse_fold(${q})`;
    const fLike = sql`lotse_fold(${escapeLike(q)})`;
    treffer = sql`(k.such_kurz % ${f} or ${f} <% k.such_voll or k.such_kurz like ${fLike} || '%' or k.such_voll like ${fLike} || '%'
      or k.such_voll like '% ' || ${fLike} || '%' or k.such_voll like '%-' || ${fLike} || '%')`;
    const stufe = sql`case
        when (k.such_kurz = ${f} or k.such_voll = ${f}) and length(k.ags) = 8 then 0
        when k.such_kurz = ${f} or k.such_voll = ${f} then 1
        when k.such_kurz like ${fLike} || '%' or k.such_voll like ${fLike} || '%' then 2
        when k.such_voll like '% ' || ${fLike} || '%' or k.such_voll like '%-' || ${fLike} || '%' then 3
        else 4 end`;
    const aehnlichkeit = sql`round(greatest(similarity(${f}, k.such_kurz), word_similarity(${f}, k.such_voll))::numeric, 1)`;
    ordnung = sql`${stufe}, case when ${stufe} = 4 then ${aehnlichkeit} end desc nulls first, k.einwohner desc, k.id`;
  }
  const bedingung = sql.join([treffer, ...filter], sql` and `);
  const r = await sql<Zeile>`
    select k.id, k.ags, k.name, k.kurzname, k.typ, k.einwohner, k.land, k.groessenklasse, k.kreis_id, kr.name as kreis_name,
      count(*) over () as total
    from kommune k left join kommune kr on kr.id = k.kreis_id
    where ${bedingung}
    order by ${ordnung}
    limit ${p.limit} offset ${p.offset}`.execute(db.k);
  let total = r.rows.length ? Number(r.rows[0].total) : 0;
  if (!r.rows.length && p.offset > 0) {
    const n = await sql<{ n: number | string }>`select count(*) as n from kommune k where ${bedingung}`.execute(db.k);
    total = Number(n.rows[0].n);
  }
  return { items: r.rows.map(eintrag), total };
}

/** Eine Kommune zu einem Schlüssel: ARS (12), AGS (8), Kreisschlüssel (5) oder Landesschlüssel (2). */
export async function findeKommune(db: Db, key: string, art: SchluesselArt): Promise<KommuneDetail | null> {
  const bedingung =
    art === 'ars' ? sql`k.id = ${key}`
    : art === 'ags' ? sql`k.ags = ${key}`
    : art === 'kreis' ? sql`k.id = ${key + '0000000'}`
    : sql`k.id = ${key + '0000000000'}`;
  const r = await sql<Zeile & { land_ars: string }>`
    select k.id, k.ags, k.name, k.kurzname, k.typ, k.einwohner, k.land, k.groessenklasse, k.kreis_id, kr.name as kreis_name,
      coalesce(l.id, k.id) as land_ars
    from kommune k
      left join kommune kr on kr.id = k.kreis_id
      left join kommune l on l.id = k.land_id
    where ${bedingung}
    limit 1`.execute(db.k);
  const z = r.rows[0];
  if (!z) return null;
  const e = eintrag(z);
  const tabelle = groessenklasseArt(e.typ, e.ags.length === 2);
  const text = tabelle && e.groessenklasse ? `${groessenklasseText(tabelle, e.groessenklasse)} (${ART_NAME[tabelle]})` : null;
  return { ...e, land: { ars: z.land_ars, name: e.landName, code: z.land }, groessenklasseText: text };
}

// ---------------------------------------------------------------------------------------------
// Antwort-Cache

/**
 * Das Verzeichnis ändert sich nur durch einen Import. Fertig serialisierte Antworten werden deshalb kurz
 * im Speicher gehalten (höchstens 1.000 Einträge, 60 s). Ein Import in diesem Prozess leert den Cache sofort;
 * ein Import über die CLI in einem anderen Prozess wird spätestens nach 60 s sichtbar.
 */
const CACHE_MAX = 1000;
const CACHE_TTL_MS = 60_000;
const cache = new Map<string, { json: string; bis: number }>();

export function leereSuchCache() {
  cache.clear();
}

/** Liefert die serialisierte Antwort aus dem Cache oder erzeugt sie; `null` (nicht gefunden) wird nicht gespeichert. */
export async function ausCache(schluessel: string, erzeuge: () => Promise<object | null>): Promise<string | null> {
  const jetzt = Date.now();
  const treffer = cache.get(schluessel);
  if (treffer && treffer.bis > jetzt) return treffer.json;
  const wert = await erzeuge();
  if (wert === null) return null;
  const json = JSON.stringify(wert);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.delete(schluessel);
  cache.set(schluessel, { json, bis: jetzt + CACHE_TTL_MS });
  return json;
}

/**
 * SQL for the table of the study a Kommune's class belongs to ('gemeinde' | 'kreis' | 'land'), built
 * from the one definition (ART_NACH_TYP), e.g. for grouping by Größenklasse.
 */
export function groessenklasseArtSql(typSpalte: string): RawBuilder<'gemeinde' | 'kreis' | 'land'> {
  const faelle = Object.entries(ART_NACH_TYP).map(([typ, art]) => sql`when ${sql.lit(typ)} then ${sql.lit(art)}`);
  return sql<'gemeinde' | 'kreis' | 'land'>`(case ${sql.ref(typSpalte)} ${sql.join(faelle, sql` `)} end)`;
}
