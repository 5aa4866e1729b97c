import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { KommuneTyp } from './kommunen.table.ts';
import type { z } from 'zod';
import { groessenklasseBeschreibung, landZuCode, type SchluesselArt } from './kommunen.rules.ts';
import { ART_NACH_TYP } from './groessenklassen.ts';
import type { kommuneDetail, kommuneEintrag } from './kommunen.schemas.ts';

/** Answer forms of the API (kommunen.schemas.ts). */
export type KommuneEintrag = z.infer<typeof kommuneEintrag>;
export type KommuneDetail = z.infer<typeof kommuneDetail>;

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
  return { ...e, land: { ars: z.land_ars, name: e.landName, code: z.land }, groessenklasseText: groessenklasseBeschreibung(e.typ, e.ags, e.groessenklasse) };
}

/**
 * SQL for the table of the study a Kommune's class belongs to ('gemeinde' | 'kreis' | 'land'), built
 * from the one definition (ART_NACH_TYP), e.g. for grouping by Größenklasse.
 */
export function groessenklasseArtSql(typSpalte: string): RawBuilder<'gemeinde' | 'kreis' | 'land'> {
  const faelle = Object.entries(ART_NACH_TYP).map(([typ, art]) => sql`when ${sql.lit(typ)} then ${sql.lit(art)}`);
  return sql<'gemeinde' | 'kreis' | 'land'>`(case ${sql.ref(typSpalte)} ${sql.join(faelle, sql` `)} end)`;
}
