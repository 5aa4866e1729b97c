/**
 * Abläufe des Lernlogs: Eintrag von Hand, Eintrag aus einem entschiedenen Experiment (vorbefüllt mit
 * Hypothese, Ergebnis und „Was haben wir gelernt?“), Liste mit Volltextsuche, Lernaktivität einer Kommune.
 */
import type { Db } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { protokolliere } from '../../../core/audit.ts';
import { lernlogFehler } from './lernlog.errors.ts';
import { istEigen } from './lernlog.permissions.ts';
import * as repo from './lernlog.repository.ts';
import { ausgangAus, herkunftFuer, type Sichtbarkeit } from './lernlog.rules.ts';
import type { EintragAnlegen, EintragAntwort, LernAktivitaet } from './lernlog.schemas.ts';

export async function anlegen(db: Db, konto: Konto, e: EintragAnlegen): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.fuegeEin(tx, konto.id, { ...e, experimentId: null });
    await protokolliere(tx, { kommuneId: e.kommuneId, kontoId: konto.id, aktion: 'lernlog.angelegt', objektTyp: 'kaizen_lerneintrag', objektId: id, details: { ausgang: e.ausgang, sichtbarkeit: e.sichtbarkeit } });
    return id;
  });
}

export async function ausExperiment(db: Db, konto: Konto, experimentId: string, sichtbarkeit: Sichtbarkeit): Promise<string> {
  return db.k.transaction().execute(async (tx) => {
    const x = await repo.experimentFuerEintrag(tx, experimentId);
    if (!x) throw lernlogFehler.experimentNichtGefunden();
    if (!x.entscheidung) throw lernlogFehler.experimentOffen();
    if (await repo.hatEintrag(tx, experimentId)) throw lernlogFehler.schonEingetragen();
    const id = await repo.fuegeEin(tx, konto.id, {
      kommuneId: x.kommune_id,
      experimentId,
      titel: x.titel,
      versucht: x.hypothese,
      passiert: x.ergebnis.trim() || 'Kein Ergebnis beschrieben.',
      gelernt: x.gelernt,
      ausgang: ausgangAus(x.entscheidung),
      sichtbarkeit,
    });
    await protokolliere(tx, { kommuneId: x.kommune_id, kontoId: konto.id, aktion: 'lernlog.aus_experiment', objektTyp: 'kaizen_lerneintrag', objektId: id, details: { experimentId, sichtbarkeit } });
    return id;
  });
}

export async function liste(db: Db, konto: Konto, q: string | undefined): Promise<{ items: EintragAntwort[] }> {
  const rows = await repo.liste(db, konto, q?.trim() || undefined);
  return {
    items: rows.map((r) => {
      const eigen = istEigen(konto, r.kommune_id);
      return {
        id: r.id,
        titel: r.titel,
        versucht: r.versucht,
        passiert: r.passiert,
        gelernt: r.gelernt,
        ausgang: r.ausgang,
        sichtbarkeit: r.sichtbarkeit,
        eigen,
        testbar: r.experiment_id !== null,
        ...herkunftFuer({ kommuneId: r.kommune_id, kommuneName: r.kommune_name, autor: r.autor, experimentId: r.experiment_id }, r.sichtbarkeit, eigen, r.namen_aus),
        erstelltAm: (r.erstellt_am instanceof Date ? r.erstellt_am : new Date(r.erstellt_am)).toISOString(),
      };
    }),
  };
}

/** Lernaktivität der letzten 12 Monate (für die Selbsteinschätzung „Lernende Organisation“, Dimension Lernerfolg). */
export async function lernAktivitaet(db: Db, kommuneId: string, jetzt = new Date()): Promise<LernAktivitaet> {
  const seit = new Date(jetzt);
  seit.setUTCFullYear(seit.getUTCFullYear() - 1);
  const z = await repo.aktivitaet(db, kommuneId, seit);
  return { seit: seit.toISOString().slice(0, 10), experimenteEntschieden: z.experimente, lerneintraege: z.eintraege, ideenEntschieden: z.ideen };
}
