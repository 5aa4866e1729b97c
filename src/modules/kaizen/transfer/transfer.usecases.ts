/**
 * Verbesserungen reisen: ein Standard gewordenes Experiment mit gemessener Wirkung geht in einem Schritt als
 * vorbefüllter Lösungsentwurf an die Transferstelle (über loesungen/index.ts, in derselben Transaktion);
 * eine andere Kommune testet eine geteilte Verbesserung bei sich („Bei uns testen“) mit derselben Messgröße
 * und Methode, verknüpft mit dem Vorbild.
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { protokolliere } from '../../../core/audit.ts';
import { loesungsEntwurfAnlegen } from '../../loesungen/index.ts';
import { detail, kommuneName } from '../experimente/experimente.usecases.ts';
import { MESSGROESSE, METHODE } from '../experimente/experimente.a3.ts';
import { transferFehler } from './transfer.errors.ts';
import { entwurfAus, pruefeTransfer } from './transfer.rules.ts';
import type { BaselineMethode, Messgroesse } from '../experimente/experimente.rules.ts';

export async function vorschlagen(db: Db, konto: Konto, experimentId: string): Promise<{ loesungId: string }> {
  const x = await detail(db, experimentId);
  const p = pruefeTransfer(x);
  if (!p.ok) throw p.grund === 'nicht_standard' ? transferFehler.nichtStandard() : transferFehler.ohneWirkung();
  const name = await kommuneName(db, x.kommuneId);
  const entwurf = entwurfAus({
    ...x,
    messgroesseText: MESSGROESSE[x.messgroesse] ?? x.einheit,
    methodeText: METHODE[x.baselineMethode] ?? x.baselineMethode,
    stichprobe: { vorherN: x.stichprobe.vorher.n, nachherN: x.stichprobe.nachher.n, vorherMedian: x.stichprobe.vorher.median, nachherMedian: x.stichprobe.nachher.median },
  }, name);
  return db.k.transaction().execute(async (tx) => {
    const zeile = await tx.selectFrom('kaizen_experiment').select(['loesung_id']).where('id', '=', experimentId).forUpdate().executeTakeFirstOrThrow();
    if (zeile.loesung_id) throw transferFehler.schonVorgeschlagen();
    const l = await loesungsEntwurfAnlegen(tx, konto, { kommuneId: x.kommuneId, ...entwurf });
    await tx.updateTable('kaizen_experiment').set({ loesung_id: l.id }).where('id', '=', experimentId).execute();
    await protokolliere(tx, { kommuneId: x.kommuneId, kontoId: konto.id, aktion: 'experiment.vorgeschlagen', objektTyp: 'kaizen_experiment', objektId: experimentId, details: { loesungId: l.id } });
    return { loesungId: l.id };
  });
}

/** Was ein Nachtest vom Vorbild übernimmt (ohne Werte: die misst jede Kommune selbst). */
interface Vorbild {
  id: string;
  titel: string;
  hypothese: string;
  messgroesse: Messgroesse;
  einheit: string;
  baseline_methode: BaselineMethode;
}

/** Legt das verknüpfte Experiment der eigenen Kommune an – gleich für Lernlog und Lösungsseite. */
async function legeNachtestAn(tx: Tx, konto: Konto, v: Vorbild, kommuneId: string, herkunft: { lerneintragId: string } | { loesungId: string }): Promise<{ id: string }> {
  const r = await tx
    .insertInto('kaizen_experiment')
    .values({
      kommune_id: kommuneId, titel: v.titel, hypothese: v.hypothese, messgroesse: v.messgroesse, einheit: v.einheit, baseline_methode: v.baseline_methode,
      vorbild_id: v.id, vorbild_eintrag_id: 'lerneintragId' in herkunft ? herkunft.lerneintragId : null, erstellt_von: konto.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await protokolliere(tx, { kommuneId, kontoId: konto.id, aktion: 'experiment.nachgetestet', objektTyp: 'kaizen_experiment', objektId: r.id, details: herkunft });
  return { id: r.id };
}

/** „Bei uns testen“: neues Experiment der eigenen Kommune nach einem geteilten (oder eigenen) Lerneintrag. */
export async function beiUnsTesten(db: Db, konto: Konto, eintragId: string, kommuneId: string): Promise<{ id: string }> {
  return db.k.transaction().execute(async (tx) => {
    const eigene = konto.mitgliedschaften.map((m) => m.kommuneId);
    const e = await tx
      .selectFrom('kaizen_lerneintrag as l')
      .leftJoin('kaizen_experiment as x', 'x.id', 'l.experiment_id')
      .select(['l.kommune_id', 'l.experiment_id', 'x.titel', 'x.hypothese', 'x.messgroesse', 'x.einheit', 'x.baseline_methode'])
      .where('l.id', '=', eintragId)
      .where((eb) => eb.or([eb('l.sichtbarkeit', 'in', ['alle', 'anonym']), ...(eigene.length ? [eb('l.kommune_id', 'in', eigene)] : [])]))
      .executeTakeFirst();
    if (!e) throw transferFehler.eintragNichtGefunden();
    if (e.kommune_id === kommuneId) throw transferFehler.eigeneKommune();
    if (!e.experiment_id || !e.titel || !e.hypothese || !e.messgroesse || !e.baseline_methode) throw transferFehler.ohneExperiment();
    return legeNachtestAn(tx, konto, { id: e.experiment_id, titel: e.titel, hypothese: e.hypothese, messgroesse: e.messgroesse, einheit: e.einheit ?? '', baseline_methode: e.baseline_methode }, kommuneId, { lerneintragId: eintragId });
  });
}

/** Das Experiment hinter einer veröffentlichten Lösung (kaizen_experiment.loesung_id); undefined: keine veröffentlichte Lösung. */
async function experimentHinterLoesung(k: Db['k'] | Tx, loesungId: string) {
  return k
    .selectFrom('loesung as lo')
    .leftJoin('kaizen_experiment as x', 'x.loesung_id', 'lo.id')
    .select(['lo.kommune_id as loesung_kommune', 'x.id', 'x.kommune_id', 'x.titel', 'x.hypothese', 'x.messgroesse', 'x.einheit', 'x.baseline_methode'])
    .where('lo.id', '=', loesungId)
    .where('lo.status', '=', 'veroeffentlicht')
    .orderBy('x.erstellt_am')
    .limit(1)
    .executeTakeFirst();
}

/** Ob eine Lösung nachgetestet werden kann: veröffentlicht und aus einem Kaizen-Experiment entstanden. */
export async function nachtestMoeglich(db: Db, loesungId: string): Promise<{ testbar: boolean }> {
  return { testbar: !!(await experimentHinterLoesung(db.k, loesungId))?.id };
}

/** „Bei uns testen“ auf der Lösungsseite: wie im Lernlog, Vorbild ist das Experiment hinter der veröffentlichten Lösung. */
export async function beiUnsTestenAusLoesung(db: Db, konto: Konto, loesungId: string, kommuneId: string): Promise<{ id: string }> {
  return db.k.transaction().execute(async (tx) => {
    const x = await experimentHinterLoesung(tx, loesungId);
    if (!x) throw transferFehler.loesungNichtGefunden();
    if (!x.id || !x.titel || !x.hypothese || !x.messgroesse || !x.baseline_methode) throw transferFehler.loesungOhneExperiment();
    if (x.kommune_id === kommuneId || x.loesung_kommune === kommuneId) throw transferFehler.loesungEigeneKommune();
    return legeNachtestAn(tx, konto, { id: x.id, titel: x.titel, hypothese: x.hypothese, messgroesse: x.messgroesse, einheit: x.einheit ?? '', baseline_methode: x.baseline_methode }, kommuneId, { loesungId });
  });
}

/** Nennung im Experiment: Vorbild (Kommune nur, wenn mit Namen geteilt), Lösungsvorschlag, Zahl der Nachtests. */
export async function anerkennung(db: Db, experimentId: string) {
  const r = await db.k
    .selectFrom('kaizen_experiment as x')
    .leftJoin('kaizen_experiment as v', 'v.id', 'x.vorbild_id')
    .leftJoin('kaizen_lerneintrag as e', 'e.id', 'x.vorbild_eintrag_id')
    .leftJoin('kommune as k', 'k.id', 'v.kommune_id')
    .leftJoin('loesung as vl', 'vl.id', 'v.loesung_id')
    .select([
      'x.loesung_id', 'v.titel as vorbild_titel',
      // Mit Namen: mit allen geteilter Lerneintrag, oder ohne Eintrag über die veröffentlichte Lösung (sie nennt die Kommune ohnehin).
      sql<string | null>`case when e.sichtbarkeit = 'alle' or (x.vorbild_eintrag_id is null and vl.status = 'veroeffentlicht') then k.name end`.as('vorbild_kommune'),
      sql<number | string>`(select count(*) from kaizen_experiment n where n.vorbild_id = x.id)`.as('nachgetestet'),
    ])
    .where('x.id', '=', experimentId)
    .executeTakeFirst();
  return {
    loesungId: r?.loesung_id ?? null,
    vorbild: r?.vorbild_titel ? { titel: r.vorbild_titel, kommuneName: r.vorbild_kommune } : null,
    nachgetestet: Number(r?.nachgetestet ?? 0),
  };
}
