/**
 * Nachfragebild der Transferstelle: Bedarfe ohne passenden Treffer (nach Handlungsfeld), meistgefragte Lösungen
 * (Kandidaten für ein Transferteam) und Bedarfe je Land und Größenklasse. Jede Abfrage auf Bedarfe läuft über
 * `sichtbar()` – auch Aggregate zählen nur, was das Konto lesen darf.
 */
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import { sichtbar, type Konto } from '../../core/authz/policy.ts';
import { OFFENE_STATUS, BEDARF_STATUS, type BedarfStatus } from '../bedarfe/index.ts';
import type { NachfrageAntwort } from './transfer.schemas.ts';
import { groessenklasseArtSql } from '../kommunen/index.ts';

/** Höchstens so viele Bedarfe je Gruppe werden einzeln aufgeführt (gezählt werden alle). */
export const BEDARFE_JE_GRUPPE = 20;
export const GEFRAGTE_LOESUNGEN = 20;

const offenFilter = sql<number>`(count(*) filter (where b.status in (${sql.join([...OFFENE_STATUS])})))::int`;
const anzahl = sql<number>`count(*)::int`;

export async function nachfrage(db: Db, konto: Konto, ohneVorschlagSeitTagen: number): Promise<NachfrageAntwort> {
  const sicht = (spalte: string) => <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>) => sichtbar(eb, konto, spalte);
  const bedarfe = () => db.k.selectFrom('bedarf as b').innerJoin('kommune as k', 'k.id', 'b.kommune_id').where(sicht('b.kommune_id'));

  const ohneTrefferBedingung = sql<SqlBool>`(b.status = 'keine_passende_loesung' or (b.status in ('neu', 'in_klaerung')
    and not exists (select 1 from bedarf_vorschlag v where v.bedarf_id = b.id)
    and b.erstellt_am < now() - (${ohneVorschlagSeitTagen}::int * interval '1 day')))`;

  const vorschlagZahlen = db.k
    .selectFrom('bedarf_vorschlag as v')
    .innerJoin('bedarf as b', (j) => j.onRef('b.id', '=', 'v.bedarf_id').onRef('b.kommune_id', '=', 'v.kommune_id'))
    .where(sicht('v.kommune_id'))
    .select([
      'v.loesung_id',
      anzahl.as('n'),
      sql<number>`(count(*) filter (where b.status in ('in_umsetzung', 'erledigt')))::int`.as('u'),
    ])
    .groupBy('v.loesung_id');
  const nutzungZahlen = db.k.selectFrom('loesung_nutzung').select(['loesung_id', anzahl.as('n')]).groupBy('loesung_id');

  const [proStatus, proLand, proGroesse, proFeld, ohne, gefragt] = await Promise.all([
    db.k.selectFrom('bedarf as b').where(sicht('b.kommune_id')).select(['b.status', anzahl.as('anzahl')]).groupBy('b.status').execute(),
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
    db.k
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

  // Gruppen „ohne passenden Treffer“ je Handlungsfeld, größte zuerst.
  const gruppen = new Map<string | null, NachfrageAntwort['ohneTreffer']['gruppen'][number]>();
  for (const r of ohne) {
    const g = gruppen.get(r.handlungsfeld) ?? { handlungsfeld: r.handlungsfeld, anzahl: 0, keinePassende: 0, ohneVorschlag: 0, bedarfe: [] };
    g.anzahl++;
    if (r.status === 'keine_passende_loesung') g.keinePassende++;
    else g.ohneVorschlag++;
    if (g.bedarfe.length < BEDARFE_JE_GRUPPE) {
      g.bedarfe.push({ id: r.id, titel: r.titel, kommuneId: r.kommune_id, kommuneName: r.kommune_name, status: r.status, alterTage: Number(r.alter_tage) });
    }
    gruppen.set(r.handlungsfeld, g);
  }

  const statusZahl = new Map(proStatus.map((r) => [r.status, Number(r.anzahl)]));
  const gesamt = [...statusZahl.values()].reduce((a, b) => a + b, 0);
  const offen = OFFENE_STATUS.reduce((a, st) => a + (statusZahl.get(st) ?? 0), 0);

  return {
    stand: new Date().toISOString(),
    gesamt,
    offen,
    ohneTreffer: {
      ohneVorschlagSeitTagen,
      gesamt: ohne.length,
      gruppen: [...gruppen.values()].sort((a, b) => b.anzahl - a.anzahl || (a.handlungsfeld ?? '~').localeCompare(b.handlungsfeld ?? '~', 'de')),
    },
    gefragteLoesungen: gefragt.map((r) => ({
      loesungId: r.id,
      titel: r.titel,
      externalId: r.external_id,
      handlungsfeld: r.handlungsfeld,
      vorschlaege: Number(r.vorschlaege),
      inUmsetzung: Number(r.in_umsetzung),
      nutzungen: Number(r.nutzungen),
      summe: Number(r.summe),
    })),
    proLand: proLand.map((r) => ({ land: r.land, landName: r.land_name, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proGroessenklasse: proGroesse.map((r) => ({ art: r.art, groessenklasse: r.groessenklasse, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proHandlungsfeld: proFeld.map((r) => ({ handlungsfeld: r.handlungsfeld, anzahl: Number(r.anzahl), offen: Number(r.offen) })),
    proStatus: BEDARF_STATUS.map((status: BedarfStatus) => ({ status, anzahl: statusZahl.get(status) ?? 0 })),
  };
}
