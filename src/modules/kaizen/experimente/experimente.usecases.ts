/**
 * Abläufe der Experimente: Anlegen (aus einer Idee oder direkt), Stichprobe erfassen (alle Fälle oder
 * keiner), Abschluss mit Entscheidung und „Was haben wir gelernt?“. Auswertung der Stichprobe mit den
 * Regeln aus ../stichprobe (Median, Konfidenzintervall, „zu klein“).
 */
import type { Db } from '../../../core/db/db.ts';
import type { AnstehendPunkt } from '../../../core/modul.ts';
import { protokolliere } from '../../../core/audit.ts';
import { rolleIn, type Konto } from '../../../core/authz/policy.ts';
import { dauerMinuten, vergleicheStichproben } from '../stichprobe/index.ts';
import { experimentFehler } from './experimente.errors.ts';
import * as repo from './experimente.repository.ts';
import { einheitVon, pruefeAbschluss, stand, wirkungProzent } from './experimente.rules.ts';
import type { ExperimentAnlegen, ExperimentDetail, ExperimentKurz } from './experimente.schemas.ts';

export const kommuneVonExperiment = repo.kommuneVonExperiment;
export const kommuneName = repo.kommuneName;
const heute = () => new Date().toISOString().slice(0, 10);
const zahl = (v: number | string | null) => (v === null ? null : Number(v));

function kurz(r: repo.ExperimentZeile): ExperimentKurz {
  const baseline = zahl(r.baseline_wert);
  const ergebnisWert = zahl(r.ergebnis_wert);
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    ideeId: r.idee_id,
    titel: r.titel,
    hypothese: r.hypothese,
    messgroesse: r.messgroesse,
    einheit: r.einheit,
    baselineMethode: r.baseline_methode,
    baselineWert: baseline,
    zielWert: zahl(r.ziel_wert),
    testVon: r.test_von,
    testBis: r.test_bis,
    ergebnis: r.ergebnis,
    ergebnisWert,
    entscheidung: r.entscheidung,
    gelernt: r.gelernt,
    stand: stand({ entscheidung: r.entscheidung, testVon: r.test_von, testBis: r.test_bis }, heute()),
    wirkungProzent: wirkungProzent(baseline, ergebnisWert),
    erstelltAm: (r.erstellt_am instanceof Date ? r.erstellt_am : new Date(r.erstellt_am)).toISOString(),
  };
}

export async function anlegen(db: Db, konto: Konto, e: ExperimentAnlegen): Promise<string> {
  const einheit = einheitVon(e.messgroesse, e.einheit);
  if (!einheit) throw experimentFehler.einheitFehlt();
  if (e.testVon && e.testBis && e.testBis < e.testVon) throw experimentFehler.zeitraum();
  return db.k.transaction().execute(async (tx) => {
    if (e.ideeId && !(await repo.ideeGehoertZu(tx, e.ideeId, e.kommuneId))) throw experimentFehler.ideeUnbekannt();
    const id = await repo.fuegeEin(tx, konto.id, { ...e, einheit });
    await protokolliere(tx, { kommuneId: e.kommuneId, kontoId: konto.id, aktion: 'experiment.angelegt', objektTyp: 'kaizen_experiment', objektId: id, details: { titel: e.titel, messgroesse: e.messgroesse, ideeId: e.ideeId ?? null } });
    return id;
  });
}

export async function liste(db: Db, kommuneId: string) {
  return { items: (await repo.liste(db, kommuneId)).map(kurz) };
}

export async function detail(db: Db, id: string): Promise<ExperimentDetail> {
  const r = await repo.eines(db.k, id);
  if (!r) throw experimentFehler.nichtGefunden();
  const faelle = (await repo.faelle(db, id)).map((f) => ({ ...f, minuten: Math.round((dauerMinuten(f.beginn, f.ende) ?? 0) * 10) / 10 }));
  const v = vergleicheStichproben(faelle.filter((f) => f.phase === 'vorher').map((f) => f.minuten), faelle.filter((f) => f.phase === 'nachher').map((f) => f.minuten));
  return { ...kurz(r), ideeProblem: r.idee_problem, stichprobe: { faelle, ...v } };
}

/** Erfasst von Hand gestoppte Fälle; liegt bei einem das Ende vor dem Beginn, wird keiner gespeichert. */
export async function erfasseStichprobe(db: Db, konto: Konto, id: string, s: { phase: 'vorher' | 'nachher'; faelle: { beginn: string; ende: string }[] }) {
  const falsch = s.faelle.map((f, n) => (dauerMinuten(f.beginn, f.ende) === null ? n + 1 : 0)).filter((n) => n > 0);
  if (falsch.length) throw experimentFehler.fallUngueltig(falsch);
  await db.k.transaction().execute(async (tx) => {
    const x = await repo.sperre(tx, id);
    if (!x) throw experimentFehler.nichtGefunden();
    await repo.fuegeFaelleEin(tx, id, x.kommune_id, s.phase, s.faelle);
    await protokolliere(tx, { kommuneId: x.kommune_id, kontoId: konto.id, aktion: 'experiment.stichprobe_erfasst', objektTyp: 'kaizen_experiment', objektId: id, details: { phase: s.phase, faelle: s.faelle.length } });
  });
}

export async function abschliessen(db: Db, konto: Konto, id: string, a: { ergebnis: string; ergebnisWert?: number | null; entscheidung: 'standard' | 'anpassen' | 'beenden'; gelernt: string; stundenGespart?: number | null; stundenArt?: 'laufend' | 'einmalig' | null; stundenBestaetigtVon?: string | null }) {
  const stunden = a.stundenGespart ?? null;
  const bestaetigt = a.stundenBestaetigtVon?.trim() || null;
  const art = a.stundenArt ?? null;
  if ((stunden !== null || art !== null || bestaetigt !== null) && (stunden === null || art === null || bestaetigt === null)) throw experimentFehler.stundenUnvollstaendig();
  await db.k.transaction().execute(async (tx) => {
    const x = await repo.sperre(tx, id);
    if (!x) throw experimentFehler.nichtGefunden();
    const p = pruefeAbschluss({ bisher: x.entscheidung, entscheidung: a.entscheidung, gelernt: a.gelernt, ergebnis: a.ergebnis });
    if (!p.ok) throw experimentFehler.abschluss(p);
    await repo.schreibeAbschluss(tx, id, { ergebnis: a.ergebnis, ergebnisWert: a.ergebnisWert ?? null, entscheidung: a.entscheidung, gelernt: a.gelernt, stunden, art, bestaetigt });
    await protokolliere(tx, { kommuneId: x.kommune_id, kontoId: konto.id, aktion: 'experiment.entschieden', objektTyp: 'kaizen_experiment', objektId: id, details: { entscheidung: a.entscheidung, ...(stunden !== null ? { stunden, art } : {}) } });
  });
}

/** „Was steht an?“: eigene Experimente, deren Testzeitraum vorbei ist, ohne Entscheidung. */
export async function anstehend(db: Db, konto: Konto): Promise<AnstehendPunkt[]> {
  const rows = await repo.auszuwerten(db, konto.id);
  return rows
    .filter((r) => rolleIn(konto, r.kommune_id) !== null)
    .map((r) => ({ art: 'kaizen.experiment.auswerten', titel: `Experiment auswerten: „${r.titel}“`, link: `/kaizen/experimente/${r.id}`, faellig: r.test_bis, handeln: true, kommuneId: r.kommune_id }));
}
