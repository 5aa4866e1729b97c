/** SQL für Wirkung und Beteiligung je Jahr: Zählungen je Kommune und je Organisationseinheit (nie je Person). */
import { sql } from 'kysely';
import type { Db } from '../../../core/db/db.ts';

export async function rohzahlen(db: Db, kommuneId: string, jahr: number) {
  const von = `${jahr}-01-01`;
  const bis = `${jahr + 1}-01-01`;
  const ideen = await sql<{ einheit_id: string | null; ideen: number | string; entschieden: number | string; fristgerecht: number | string }>`
    select einheit_id,
      count(*) filter (where erstellt_am >= ${von}::date and erstellt_am < ${bis}::date) as ideen,
      count(*) filter (where entschieden_am >= ${von}::date and entschieden_am < ${bis}::date) as entschieden,
      count(*) filter (where entschieden_am >= ${von}::date and entschieden_am < ${bis}::date and entschieden_am::date <= entscheiden_bis) as fristgerecht
    from kaizen_idee where kommune_id = ${kommuneId}
    group by einheit_id`.execute(db.k);
  const verkuerzungen = await sql<{ einheit_id: string | null; prozent: number | string }>`
    select i.einheit_id, (x.ergebnis_wert - x.baseline_wert) / x.baseline_wert * 100 as prozent
    from kaizen_experiment x left join kaizen_idee i on i.id = x.idee_id
    where x.kommune_id = ${kommuneId} and x.messgroesse = 'durchlaufzeit' and x.entscheidung = 'standard'
      and x.baseline_wert > 0 and x.ergebnis_wert is not null
      and x.entschieden_am >= ${von}::date and x.entschieden_am < ${bis}::date`.execute(db.k);
  const stunden = await sql<{ einheit_id: string | null; stunden: number | string; art: 'laufend' | 'einmalig'; bestaetigt_von: string }>`
    select i.einheit_id, x.stunden_gespart as stunden, x.stunden_art as art, x.stunden_bestaetigt_von as bestaetigt_von
    from kaizen_experiment x left join kaizen_idee i on i.id = x.idee_id
    where x.kommune_id = ${kommuneId} and x.entscheidung = 'standard' and x.stunden_gespart is not null
      and x.entschieden_am >= ${von}::date and x.entschieden_am < ${bis}::date`.execute(db.k);
  const einheiten = await db.k.selectFrom('kaizen_einheit').select(['id', 'name', 'beschaeftigte']).where('kommune_id', '=', kommuneId).orderBy('name').execute();
  const st = await db.k.selectFrom('kaizen_einstellung').select('beschaeftigte').where('kommune_id', '=', kommuneId).executeTakeFirst();
  return {
    ideen: ideen.rows.map((r) => ({ einheitId: r.einheit_id, ideen: Number(r.ideen), entschieden: Number(r.entschieden), fristgerecht: Number(r.fristgerecht) })),
    verkuerzungen: verkuerzungen.rows.map((r) => ({ einheitId: r.einheit_id, prozent: Number(r.prozent) })),
    stunden: stunden.rows.map((r) => ({ einheitId: r.einheit_id, stunden: Number(r.stunden), art: r.art, bestaetigtVon: r.bestaetigt_von })),
    einheiten,
    beschaeftigte: st?.beschaeftigte ?? null,
  };
}
