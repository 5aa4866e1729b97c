/**
 * Abläufe einer Runde: anlegen, Antworten zwischenspeichern, abschließen, Ergebnis. Änderungen laufen in einer
 * Transaktion mit `protokolliere()`.
 */
import crypto from 'node:crypto';
import type { Db } from '../../../core/db/db.ts';
import { protokolliere } from '../../../core/audit.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import type { Modus } from '../erhebungen.table.ts';
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems } from '../frageboegen/frageboegen.rules.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import { teamAuswertung, teamErgebnisKurz, nimmtAn, ROLLEN_LABEL } from '../team/team.rules.ts';
import type { Bereich } from '../vergleich/vergleich.rules.ts';
import type { Rollengruppe } from '../erhebungen.table.ts';
import { bewerte, selbstbildVergleich, type Ergebnis } from './runden.rules.ts';
import { bereinige, pruefeAntworten, type RundeAntwort } from './runden.schemas.ts';
import * as repo from './runden.repository.ts';
import { lernAktivitaet } from '../../kaizen/index.ts';

/** Die Runde oder 404 (fehlende und fremde Runden sind nicht zu unterscheiden). */
export async function ladeRunde(db: Db, id: string): Promise<repo.RundenZeile> {
  const z = await repo.rundeZeile(db, id);
  if (!z) throw erhebungFehler.rundeNichtGefunden();
  return z;
}

export async function fragebogenDerRunde(db: Db, id: string): Promise<Fragebogen> {
  const kopf = await repo.rundenKopf(db, id);
  if (!kopf) throw erhebungFehler.rundeNichtGefunden();
  return fragebogen(db, kopf.fragebogen_id, kopf.version);
}

export function pruefeOderWirf(fb: Fragebogen, antworten: Antworten): Antworten {
  const sauber = bereinige(antworten);
  const f = pruefeAntworten(fb, sauber);
  if (f.length) throw erhebungFehler.antwortUngueltig(f);
  return sauber;
}

export async function rundenDerKommune(db: Db, konto: Konto, kommuneId: string) {
  const zeilen = await repo.rundenDerKommune(db, konto, kommuneId);
  return { items: zeilen.map(repo.rundeKurz), total: zeilen.length };
}

export async function rundeDetail(db: Db, id: string): Promise<RundeAntwort> {
  const z = await ladeRunde(db, id);
  const antworten = z.modus === 'einzeln' ? await repo.antwortenEinzeln(db, id) : {};
  return { ...repo.rundeKurz(z), antworten };
}

export async function rundeAnlegen(
  db: Db,
  kontoId: string,
  kommuneId: string,
  eingabe: { fragebogenId: string; modus: Modus; schliesstAm?: string },
): Promise<{ id: string; teamToken: string | null }> {
  const fb = await fragebogen(db, eingabe.fragebogenId);
  const teamToken = eingabe.modus === 'team' ? crypto.randomBytes(32).toString('base64url') : null;
  return db.k.transaction().execute(async (tx) => {
    const id = await repo.rundeEinfuegen(tx, {
      kommuneId,
      fragebogenId: fb.id,
      version: fb.version,
      modus: eingabe.modus,
      teamTokenHash: teamToken ? repo.sha256(teamToken) : null,
      schliesstAm: eingabe.schliesstAm ?? null,
      kontoId,
    });
    await protokolliere(tx, {
      kommuneId,
      kontoId,
      aktion: eingabe.modus === 'team' ? 'erhebung.team_geoeffnet' : 'erhebung.gestartet',
      objektTyp: 'erhebungsrunde',
      objektId: id,
      details: { fragebogen: fb.id, version: fb.version, modus: eingabe.modus, schliesstAm: eingabe.schliesstAm ?? null },
    });
    return { id, teamToken };
  });
}

/** Zwischenspeichern im Einzelmodus: ersetzt die gespeicherten Antworten der Runde. */
export async function antwortenSpeichern(db: Db, kontoId: string, id: string, antworten: Antworten) {
  const fb = await fragebogenDerRunde(db, id);
  const sauber = pruefeOderWirf(fb, antworten);
  return db.k.transaction().execute(async (tx) => {
    const r = await repo.sperreRunde(tx, id);
    if (!r) throw erhebungFehler.rundeNichtGefunden();
    if (r.modus === 'team') throw erhebungFehler.teamModusSpeichern();
    if (r.status === 'abgeschlossen') throw erhebungFehler.bereitsAbgeschlossen();
    const jetzt = new Date();
    if (await repo.einzelSatzSpeichern(tx, r.kommune_id, id, kontoId, sauber, jetzt)) {
      // Nur das erste Speichern wird protokolliert (das automatische Zwischenspeichern würde das Log fluten).
      await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.bearbeitet', objektTyp: 'erhebungsrunde', objektId: id });
    }
    await repo.rundeBeruehrt(tx, id, jetzt);
    const ergebnis = bewerte(fb, sauber);
    return { gespeichertAm: jetzt.toISOString(), beantwortet: Object.keys(sauber).length, anzahlFragen: alleItems(fb).length, gesamt: ergebnis.gesamt };
  });
}

/** Einzelmodus: einmal abschicken. Berechnet das Ergebnis, legt es in der Runde ab und nimmt es in den Vergleich auf. */
export async function abschliessen(db: Db, kontoId: string, id: string) {
  // Fragebogen vor der Transaktion laden: PGlite hat nur eine Verbindung (db.k in der Transaktion würde warten).
  const fb = await fragebogenDerRunde(db, id);
  return db.k.transaction().execute(async (tx) => {
    const r = await repo.sperreRunde(tx, id);
    if (!r) throw erhebungFehler.rundeNichtGefunden();
    if (r.modus === 'team') throw erhebungFehler.teamModusAbschliessen();
    if (r.status === 'abgeschlossen') throw erhebungFehler.bereitsAbgeschlossen();
    const antworten = await repo.antwortenEinzeln(tx, id);
    const ergebnis = bewerte(fb, antworten);
    const fehlend = ergebnis.dimensionen.filter((d) => d.score === null);
    if (fehlend.length) throw erhebungFehler.unvollstaendig(fehlend.map((d) => ({ dimension: d.id, titel: d.titel, beantwortet: d.beantwortet, anzahl: d.anzahl })));
    const jetzt = new Date();
    await repo.einzelSatzEinreichen(tx, id, kontoId, jetzt);
    await repo.rundeAbschliessen(tx, id, jetzt, ergebnis);
    await repo.schreibeScores(tx, await repo.kommuneInfo(tx, r.kommune_id), id, fb.id, ergebnis.dimensionen.map((d) => ({ dimension: d.id, score: d.score })), jetzt);
    await protokolliere(tx, { kommuneId: r.kommune_id, kontoId, aktion: 'erhebung.abgeschlossen', objektTyp: 'erhebungsrunde', objektId: id, details: { gesamt: ergebnis.gesamt.score } });
    return { id, status: 'abgeschlossen' as const, ergebnis };
  });
}

/**
 * Ergebnis einer Runde. Einzelmodus: gespeichertes Ergebnis (abgeschlossen) oder eine vorläufige Auswertung
 * der bisherigen Antworten. Team-Modus: erst, wenn die Befragung beendet ist (Admin oder Abschlusstermin) und
 * mindestens 5 Antworten hat – Zwischenstände verrieten durch Vergleich (n gegen n + 1) die neue Antwort.
 * Dann Mittelwert und Verteilung in Bereichen mit je mindestens 5 Personen und – nur wenn keine Zelle der
 * Rollenaufteilung 1 bis 4 Personen hat – Mittelwerte je Rollengruppe (Entscheidung 0043).
 */
export async function ergebnis(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  // Neben der Dimension „Lernerfolg“: was die Kommune in kaizen wirklich gelernt und entschieden hat.
  const lernaktivitaet = fb.id === 'lernende-organisation' ? await lernAktivitaet(db, z.kommune_id) : null;
  const kopf = { rundeId: z.id, modus: z.modus, status: z.status, fragebogen: { id: fb.id, version: fb.version, titel: fb.titel }, stufen: fb.stufen, lernaktivitaet };
  if (z.modus === 'einzeln') {
    const antworten = await repo.antwortenEinzeln(db, id);
    const e: Ergebnis = z.ergebnis ? repo.ausJson<Ergebnis>(z.ergebnis) : bewerte(fb, antworten);
    return {
      ...kopf,
      vorlaeufig: z.status !== 'abgeschlossen',
      anzahlAntworten: z.status === 'abgeschlossen' ? 1 : 0,
      dimensionen: e.dimensionen.map((d) => ({ ...d, verteilung: [] as Bereich[], rollen: [], differenzFuehrungBeschaeftigte: null })),
      gesamt: e.gesamt,
      selbstbild: selbstbildVergleich(fb, antworten, e),
    };
  }
  const saetze = await repo.eingereichteSaetze(db.k, id);
  if (nimmtAn(z)) throw erhebungFehler.teamLaeuft(saetze.length, z.schliesst_am);
  const team = teamAuswertung(fb, saetze);
  if (!team.freigegeben) throw erhebungFehler.zuWenigeTeamAntworten(team.anzahl, team.k);
  const kurz = teamErgebnisKurz(fb, team);
  return {
    ...kopf,
    vorlaeufig: false,
    anzahlAntworten: team.anzahl,
    dimensionen: kurz.dimensionen.map((d, i) => {
      const t = team.dimensionen[i];
      const rollen = t.rollen.map((r) => {
        const gruppe: Rollengruppe | null = r.rolle.startsWith('fuehrung') ? 'fuehrung' : r.rolle.startsWith('beschaeftigt') ? 'beschaeftigte' : null;
        return { rolle: gruppe ?? r.rolle, label: gruppe ? ROLLEN_LABEL[gruppe] : r.label, anzahl: r.anzahl, mittelwert: r.mittelwert };
      });
      const f = rollen.find((r) => r.rolle === 'fuehrung');
      const b = rollen.find((r) => r.rolle === 'beschaeftigte');
      return { ...d, verteilung: t.verteilung, rollen, differenzFuehrungBeschaeftigte: f && b ? Math.round((f.mittelwert - b.mittelwert) * 10) / 10 : null };
    }),
    gesamt: kurz.gesamt,
    selbstbild: [],
  };
}

/** Dimensionswerte einer Runde (für Vergleich, Lücken, PDF); null = noch keine Auswertung möglich. */
export async function scoresDerRunde(db: Db, z: repo.RundenZeile, fb: Fragebogen): Promise<{ ergebnis: Ergebnis; antworten: Antworten } | null> {
  if (z.modus === 'einzeln') {
    const antworten = await repo.antwortenEinzeln(db, z.id);
    return { ergebnis: z.ergebnis ? repo.ausJson<Ergebnis>(z.ergebnis) : bewerte(fb, antworten), antworten };
  }
  if (nimmtAn(z)) return null; // Team-Runde läuft noch: keine Zwischenstände
  const saetze = await repo.eingereichteSaetze(db.k, z.id);
  const team = teamAuswertung(fb, saetze);
  return team.freigegeben ? { ergebnis: teamErgebnisKurz(fb, team), antworten: {} } : null;
}

/** Die Werte der Runde stehen fest: Einzelrunde abgeschlossen, Team-Befragung beendet oder abgelaufen. */
export const endgueltig = (z: repo.RundenZeile) => (z.modus === 'einzeln' ? z.status === 'abgeschlossen' : !nimmtAn(z));

/** Einzel-Runde anlegen und wie GET /api/erhebungen/:id zurückgeben. */
export async function rundeStarten(db: Db, kontoId: string, kommuneId: string, eingabe: { fragebogenId: string; modus: Modus; schliesstAm?: string }) {
  const r = await rundeAnlegen(db, kontoId, kommuneId, eingabe);
  return rundeDetail(db, r.id);
}
