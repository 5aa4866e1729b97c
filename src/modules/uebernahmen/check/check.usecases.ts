/**
 * Use cases of the transferability check: the preconditions a solution declares (kept by its origin Kommune)
 * and the check run when a project starts (pre-filled from the directory and the latest „Digitale Kommune“
 * self-check; each unmet precondition becomes a milestone in phase „anpassen“).
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { letzteAntworten } from '../../erhebungen/index.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { legeMeilensteineAn, ladeLoesung } from '../projekte/projekte.repository.ts';
import type { StartHaken } from '../projekte/projekte.usecases.ts';
import { bausteineAusAntwort, KEINE_VORAUSSETZUNGEN, meilensteineAus, pruefe, SELBSTCHECK_FRAGE, SELBSTCHECK_FRAGEBOGEN, type Voraussetzungen } from './check.rules.ts';
import type { CheckAntwort } from './check.schemas.ts';

async function ladeVoraussetzungen(tx: Tx, loesungId: string): Promise<Voraussetzungen | null> {
  const r = await tx.selectFrom('loesung_voraussetzung').select('daten').where('loesung_id', '=', loesungId).executeTakeFirst();
  return r ? { ...KEINE_VORAUSSETZUNGEN, ...(r.daten as Partial<Voraussetzungen>) } : null;
}

/** Start hook (registered in index.ts): runs the check and adds its milestones. */
export const checkBeimStart: StartHaken = async (tx, p) => {
  const v = await ladeVoraussetzungen(tx, p.loesungId);
  const k = await tx.selectFrom('kommune').select(['groessenklasse', 'land']).where('id', '=', p.kommuneId).executeTakeFirstOrThrow();
  const sc = await letzteAntworten(tx, p.kommuneId, SELBSTCHECK_FRAGEBOGEN);
  const punkte = v ? pruefe(v, { groessenklasse: k.groessenklasse, land: k.land, bausteine: sc ? bausteineAusAntwort(sc.antworten[SELBSTCHECK_FRAGE]) : null }) : [];
  const ergebnis: CheckAntwort = { selbstcheck: sc ? { rundeId: sc.rundeId, abgeschlossenAm: sc.abgeschlossenAm } : null, punkte };
  await tx.insertInto('uebernahme_check').values({ uebernahme_id: p.id, kommune_id: p.kommuneId, runde_id: sc?.rundeId ?? null, ergebnis: JSON.stringify(ergebnis) }).execute();
  await legeMeilensteineAn(tx, p.id, p.kommuneId, meilensteineAus(punkte).map((m) => ({ ...m, verantwortlich: '', faelligAm: null, quelle: 'check' as const })));
};

export async function checkDesProjekts(db: Db, id: string): Promise<CheckAntwort> {
  const r = await db.k.selectFrom('uebernahme_check').select('ergebnis').where('uebernahme_id', '=', id).executeTakeFirst();
  return (r?.ergebnis as CheckAntwort | undefined) ?? { selbstcheck: null, punkte: [] };
}

export async function voraussetzungen(db: Db, loesungId: string) {
  if (!(await ladeLoesung(db.k, loesungId))) throw uebernahmeFehler.loesungNichtGefunden();
  return { loesungId, voraussetzungen: (await ladeVoraussetzungen(db.k, loesungId)) ?? KEINE_VORAUSSETZUNGEN };
}

export async function voraussetzungenSpeichern(db: Db, konto: Konto, loesungId: string, v: Voraussetzungen) {
  await db.k.transaction().execute(async (tx) => {
    const l = await ladeLoesung(tx, loesungId);
    if (!l) throw uebernahmeFehler.loesungNichtGefunden();
    const daten = JSON.stringify(v);
    await tx
      .insertInto('loesung_voraussetzung')
      .values({ loesung_id: loesungId, kommune_id: l.kommune_id, daten })
      .onConflict((oc) => oc.column('loesung_id').doUpdateSet({ daten, aktualisiert_am: new Date() }))
      .execute();
    await protokolliere(tx, { kommuneId: l.kommune_id, kontoId: konto.id, aktion: 'uebernahme.voraussetzungen.gespeichert', objektTyp: 'loesung', objektId: loesungId, details: { ...v } });
  });
  return voraussetzungen(db, loesungId);
}
