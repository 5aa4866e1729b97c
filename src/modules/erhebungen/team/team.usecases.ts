/**
 * Abläufe des Team-Modus: anonymer Link ohne Konto, ein Satz je Browser, vorzeitiges Beenden durch einen Admin.
 * Anonyme Team-Antworten werden bewusst nicht protokolliert: Zeitstempel im Audit-Log ließen sonst Rückschlüsse
 * auf einzelne Beschäftigte zu.
 */
import crypto from 'node:crypto';
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import type { Antworten } from '../frageboegen/fragebogen.schemas.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import * as runden from '../runden/runden.repository.ts';
import { fragebogenDerRunde, pruefeOderWirf, rundeAnlegen, rundeDetail } from '../runden/runden.usecases.ts';
import { nimmtAn, rollengruppe, teamAuswertung, teamErgebnisKurz } from './team.rules.ts';
import * as repo from './team.repository.ts';

async function rundeZumToken(db: Parameters<typeof repo.teamRundeZumToken>[0], token: string, sperren = false) {
  const r = await repo.teamRundeZumToken(db, token, sperren);
  if (!r) throw erhebungFehler.teamNichtGefunden();
  return r;
}

export async function teamAnsicht(db: Db, token: string, browserKennung: string | undefined) {
  const r = await rundeZumToken(db, token);
  const fb = await fragebogen(db, r.fragebogen_id, r.version);
  const eigen = browserKennung ? await repo.satzDesBrowsers(db, r.id, repo.browserHash(browserKennung, r.id)) : undefined;
  return {
    kommuneName: r.kommune_name,
    schliesstAm: runden.iso(r.schliesst_am),
    nimmtAntwortenAn: nimmtAn(r),
    fragebogen: fb,
    antworten: eigen ? eigen.antworten : {},
    abgeschickt: !!eigen?.eingereichtAm,
  };
}

/** Speichert (und auf Wunsch schickt ab) die Antworten eines Browsers. Ein Satz je Browser und Runde. */
export async function teamSpeichern(db: Db, token: string, browserKennung: string, antworten: Antworten | undefined, abschicken: boolean) {
  const kopf = await rundeZumToken(db, token);
  const fb = await fragebogen(db, kopf.fragebogen_id, kopf.version);
  const sauber = antworten === undefined ? undefined : pruefeOderWirf(fb, antworten);
  return db.k.transaction().execute(async (tx) => {
    const r = await rundeZumToken(tx, token, true);
    if (!nimmtAn(r)) throw erhebungFehler.geschlossen();
    const hash = repo.browserHash(browserKennung, r.id);
    const vorhanden = await repo.satzDesBrowsers(tx, r.id, hash);
    if (vorhanden?.eingereichtAm) throw erhebungFehler.bereitsAbgeschickt();
    const stand = sauber ?? vorhanden?.antworten ?? {};
    if (abschicken && Object.keys(stand).length === 0) throw erhebungFehler.leer();
    const jetzt = new Date();
    await repo.satzSchreiben(tx, vorhanden?.id, { kommuneId: r.kommune_id, rundeId: r.id, hash, antworten: stand, rollengruppe: rollengruppe(fb, stand), jetzt, abschicken });
    return { gespeichertAm: jetzt.toISOString(), abgeschickt: abschicken };
  });
}

/** Team-Modus: ein Admin beendet die Befragung vorzeitig. Mit mindestens 5 Antworten zählen die Mittelwerte im Vergleich. */
export async function teamSchliessen(db: Db, kontoId: string, id: string) {
  const fb = await fragebogenDerRunde(db, id);
  return db.k.transaction().execute(async (tx) => {
    const r = await runden.sperreRunde(tx, id);
    if (!r) throw erhebungFehler.rundeNichtGefunden();
    if (r.modus !== 'team') throw erhebungFehler.keinTeamModus();
    if (r.status === 'abgeschlossen') throw erhebungFehler.bereitsAbgeschlossen();
    const saetze = await runden.eingereichteSaetze(tx, id);
    const team = teamAuswertung(fb, saetze);
    const jetzt = new Date();
    const ergebnis = team.freigegeben ? teamErgebnisKurz(fb, team) : null;
    await runden.rundeAbschliessen(tx, id, jetzt, ergebnis);
    if (ergebnis) await runden.schreibeScores(tx, await runden.kommuneInfo(tx, r.kommune_id), id, fb.id, ergebnis.dimensionen.map((d) => ({ dimension: d.id, score: d.score })), jetzt);
    await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.team_beendet', objektTyp: 'erhebungsrunde', objektId: id, details: { antworten: saetze.length } });
    return { id, status: 'abgeschlossen' as const, anzahlAntworten: saetze.length };
  });
}

/** Team-Befragung öffnen: die Runde und – genau einmal – der anonyme Link. */
export async function teamRundeOeffnen(db: Db, kontoId: string, kommuneId: string, eingabe: { fragebogenId: string; modus: 'team'; schliesstAm: string }) {
  const r = await rundeAnlegen(db, kontoId, kommuneId, eingabe);
  return { ...(await rundeDetail(db, r.id)), teamToken: r.teamToken!, teamLink: `/team/${r.teamToken}` };
}

/**
 * Neuer anonymer Link für eine laufende Team-Befragung (Kommune-Admin). Lotse speichert nur den Hash eines Links
 * und kann ihn deshalb nicht noch einmal anzeigen; stattdessen gilt ab jetzt ein neuer Link, der alte nicht mehr.
 * Bereits gegebene Antworten (auch Zwischenstände) hängen an der Runde und bleiben erhalten.
 */
export async function teamLinkErneuern(db: Db, kontoId: string, id: string) {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.k.transaction().execute(async (tx) => {
    const r = await runden.sperreRunde(tx, id);
    if (!r) throw erhebungFehler.rundeNichtGefunden();
    if (r.modus !== 'team') throw erhebungFehler.keinTeamModus();
    if (r.status === 'abgeschlossen') throw erhebungFehler.bereitsAbgeschlossen();
    await repo.setzeTeamTokenHash(tx, id, runden.sha256(token));
    await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.team_link_erneuert', objektTyp: 'erhebungsrunde', objektId: id, details: {} });
  });
  return { id, teamToken: token, teamLink: `/team/${token}` };
}
