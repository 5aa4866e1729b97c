/** SQL of the table exports: the projects and report-backs the account may see (same filter as the list). */
import type { Db } from '../../../core/db/db.ts';
import { sichtbar, type Konto } from '../../../core/authz/policy.ts';

const MAX = 50_000;

function sichtbarFuer(konto: Konto) {
  const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (eb: any) => (eigene.length ? eb.or([sichtbar(eb, konto, 'u.kommune_id'), eb('u.herkunft_kommune_id', 'in', eigene)]) : sichtbar(eb, konto, 'u.kommune_id'));
}

export async function projekte(db: Db, konto: Konto) {
  return db.k
    .selectFrom('uebernahme as u')
    .innerJoin('kommune as k', 'k.id', 'u.kommune_id')
    .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .leftJoin('kommune as h', 'h.id', 'u.herkunft_kommune_id')
    .select(['u.id', 'k.name as kommune', 'u.kommune_id', 'l.titel as loesung', 'u.loesung_version', 'h.name as herkunft', 'u.phase', 'u.abbruch_grund', 'u.golive_am', 'u.erstellt_am', 'u.aktualisiert_am'])
    .where(sichtbarFuer(konto))
    .orderBy('u.aktualisiert_am', 'desc')
    .limit(MAX)
    .execute();
}

export async function rueckmeldungen(db: Db, konto: Konto) {
  return db.k
    .selectFrom('uebernahme_rueckmeldung as r')
    .innerJoin('uebernahme as u', 'u.id', 'r.uebernahme_id')
    .innerJoin('kommune as k', 'k.id', 'u.kommune_id')
    .innerJoin('loesung as l', 'l.id', 'u.loesung_id')
    .select(['r.uebernahme_id', 'k.name as kommune', 'u.kommune_id', 'l.titel as loesung', 'r.anlass', 'r.aufwand_personentage', 'r.kosten_euro', 'r.wirkungsstufe', 'r.anpassungen', 'r.belege', 'r.oeffentlich', 'r.erstellt_am'])
    .where(sichtbarFuer(konto))
    .orderBy('r.erstellt_am', 'desc')
    .limit(MAX)
    .execute();
}
