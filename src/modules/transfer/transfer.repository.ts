/**
 * SQL des Nachfragebilds der Transferstelle: Bedarfe je Status, Land, Größenklasse und Handlungsfeld, Bedarfe
 * ohne passenden Treffer, meistgefragte Lösungen. Jede Abfrage auf Bedarfe läuft über `sichtbar()` – auch
 * Aggregate zählen nur, was das Konto lesen darf. Die Antwortform baut transfer.usecases.ts.
 */
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/schema.ts';
import { sichtbar, type Konto } from '../../core/authz/policy.ts';
import { OFFENE_STATUS } from '../bedarfe/index.ts';
import { groessenklasseArtSql } from '../kommunen/index.ts';

/** So viele meistgefragte Lösungen werden geliefert. */
export const GEFRAGTE_LOESUNGEN = 20;

const offenFilter = sql<number>`(count(*) filter (where b.status in (${sql.join([...OFFENE_STATUS])})))::int`;
const anzahl = sql<number>`count(*)::int`;

export async function nachfrageZahlen(k: Kysely<Database>, konto: Konto, ohneVorschlagSeitTagen: number) {
  const sicht = (spalte: string) => <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) => sichtbar(eb, konto, spalte);
  const bedarfe = () => k.selectFrom('bedarf as b').innerJoin('kommune as k', 'k.id', 'b.kommune_id').where(sicht('b.kommune_id'));

  const ohneTrefferBedingung = sql<SqlBool>`(b.status = 'keine_passende_loesung' or (b.status in ('neu', 'in_klaerung')
    and not exists (select 1 from bedarf_vorschlag v where v.bedarf_id = b.id)
    and b.erstellt_am < now() - (${ohneVorschlagSeitTagen}::int * interval '1 day')))`;

  const vorschlagZahlen = k
    .selectFrom('bedarf_vorschlag as v')
    .innerJoin('bedarf as b', (j) => j.onRef('b.id', '=', 'v.bedarf_id').onRef('b.kommune_id', '=', 'v.kommune_id'))
    .where(sicht('v.kommune_id'))
    .select([
      'v.loesung_id',
      anzahl.as('n'),
      sql<number>`(count(*) filter (where b.status in ('in_umsetzung', 'erledigt')))::int`.as('u'),
    ])
    .groupBy('v.loesung_id');
  const nutzungZahlen = k.selectFrom('loesung_nutzung').select(['loesung_id', anzahl.as('n')]).groupBy('loesung_id');

  const [proStatus, proLand, proGroesse, proFeld, ohne, gefragt] = await Promise.all([
    k.selectFrom('bedarf as b').where(sicht('b.kommune_id')).select(['b.status', anzahl.as('anzahl')]).groupBy('b.status').execute(),
    bedarfe()
      .leftJoin('kommune as l', 'l.id', 'k.land_id')
      .select([
        'k.land',
        sql<string>`coalesce(min(l.kurzname), min(k.kurzname))`.as('land_name'),
        anzahl.as('anzahl'),
        offenFilter.as('offen'),
      ])
      .groupBy('k.land')
      .orderBy('anzahl', 'desc')
      .orderBy('k.land')
      .execute(),
    bedarfe()
      .select([
        groessenklasseArtSql('k.typ').as('art'),
        'k.groessenklasse',
        anzahl.as('anzahl'),
        offenFilter.as('offen'),
      ])
      .groupBy(['art', 'k.groessenklasse'])
      .orderBy('art', 'desc')
      .orderBy('k.groessenklasse')
      .execute(),
    bedarfe()
      .select(['b.handlungsfeld', anzahl.as('anzahl'), offenFilter.as('offen')])
      .groupBy('b.handlungsfeld')
      .orderBy('anzahl', 'desc')
      .orderBy('b.handlungsfeld')
      .execute(),
    bedarfe()
      .where(ohneTrefferBedingung)
      .select([
        'b.id',
        'b.titel',
        'b.status',
        'b.handlungsfeld',
        'b.kommune_id',
        'k.name as kommune_name',
        sql<number>`floor(extract(epoch from (now() - b.erstellt_am)) / 86400)::int`.as('alter_tage'),
      ])
      .orderBy('b.erstellt_am', 'asc')
      .orderBy('b.id')
      .execute(),
    k
      .selectFrom('loesung as l')
      .leftJoin(vorschlagZahlen.as('v'), 'v.loesung_id', 'l.id')
      .leftJoin(nutzungZahlen.as('n'), 'n.loesung_id', 'l.id')
      .where('l.status', '=', 'veroeffentlicht')
      .where((eb) => eb.or([eb('v.n', '>', 0), eb('n.n', '>', 0)]))
      .select([
        'l.id',
        'l.titel',
        'l.external_id',
        'l.handlungsfeld',
        sql<number>`coalesce(v.n, 0)`.as('vorschlaege'),
        sql<number>`coalesce(v.u, 0)`.as('in_umsetzung'),
        sql<number>`coalesce(n.n, 0)`.as('nutzungen'),
        sql<number>`(coalesce(v.n, 0) + coalesce(n.n, 0))`.as('summe'),
      ])
      .orderBy('summe', 'desc')
      .orderBy('vorschlaege', 'desc')
      .orderBy('l.titel')
      .limit(GEFRAGTE_LOESUNGEN)
      .execute(),
  ]);

  return { proStatus, proLand, proGroesse, proFeld, ohne, gefragt };
}
