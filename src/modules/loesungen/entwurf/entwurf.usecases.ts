/**
 * Use cases of a Kommune on its own solutions: create a draft, change it (a published solution: its
 * revision, decision 0022), submit it, discard a revision, report an adoption. Each in one transaction,
 * with its audit entry.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../../core/db/db.ts';
import type { Database } from '../../../core/db/schema.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import * as lesen from '../loesungen.repository.ts';
import * as repo from './entwurf.repository.ts';
import * as regeln from '../loesungen.rules.ts';
import { loesungFehler } from '../loesungen.errors.ts';
import { protokolliereLoesung } from '../loesungen.usecases.ts';
import type { LoesungAendern, LoesungAnlegen } from '../loesungen.schemas.ts';

type K = Kysely<Database>;

export async function anlegen(db: Db, konto: Konto, body: LoesungAnlegen) {
  return db.k.transaction().execute((tx) => anlegenInTx(tx, konto, body));
}

/** Creates a draft inside the caller's transaction (other modules: a pre-filled draft together with their own change). */
export async function anlegenInTx(tx: K, konto: Konto, body: LoesungAnlegen) {
  regeln.pruefeSpannen(body);
  const { kommuneId, ...inhalt } = body;
  {
    const id = crypto.randomUUID();
    const werte = { ...lesen.inhaltZuSpalten(inhalt), titel: inhalt.titel, zusammenfassung: inhalt.zusammenfassung, problem: inhalt.problem };
    const zeile = await repo.fuegeEin(tx, { ...werte, id, external_id: `lotse:${id}`, kommune_id: kommuneId, status: 'entwurf', erstellt_von: konto.id, version: 1 });
    await repo.schreibeVersion(tx, { loesungId: id, version: 1, kommuneId, daten: lesen.versionsDaten(zeile), kontoId: konto.id, kommentar: 'Entwurf angelegt' });
    await protokolliereLoesung(tx, kommuneId, { kontoId: konto.id, aktion: 'loesung.angelegt', objektId: id, details: { titel: zeile.titel } });
    return { id, status: zeile.status, version: 1 };
  }
}

/** Ranges after applying the change to `basis` (von ≤ bis). */
function pruefeSpannenNach(inhalt: Omit<LoesungAendern, 'kommentar'>, basis: { aufwand_von: number | null; aufwand_bis: number | null; kosten_von: number | null; kosten_bis: number | null }) {
  regeln.pruefeSpannen({
    aufwandVon: inhalt.aufwandVon !== undefined ? inhalt.aufwandVon : basis.aufwand_von,
    aufwandBis: inhalt.aufwandBis !== undefined ? inhalt.aufwandBis : basis.aufwand_bis,
    kostenVon: inhalt.kostenVon !== undefined ? inhalt.kostenVon : basis.kosten_von,
    kostenBis: inhalt.kostenBis !== undefined ? inhalt.kostenBis : basis.kosten_bis,
  });
}

/**
 * Changes content. A draft (or a rejected one) gets a new version with author and time. A published
 * solution is not changed: the change goes into its revision, which the Transferstelle reviews
 * (decision 0022). Not while under review.
 */
export async function aendern(db: Db, konto: Konto, id: string, body: LoesungAendern) {
  const { kommentar, ...inhalt } = body;
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    if (alt.status === 'veroeffentlicht') return ueberarbeiten(tx, konto, alt, inhalt, kommentar);
    regeln.pruefeBearbeitbar(alt.status);
    pruefeSpannenNach(inhalt, alt);
    const spalten = lesen.inhaltZuSpalten(inhalt);
    const geaendert = Object.keys(spalten);
    if (!geaendert.length) throw loesungFehler.keineAenderung();
    const version = alt.version + 1;
    const neu = await repo.aendereZeile(tx, id, { ...spalten, version, aktualisiert_am: new Date() });
    await repo.schreibeVersion(tx, { loesungId: id, version, kommuneId: alt.kommune_id, daten: lesen.versionsDaten(neu), kontoId: konto.id, kommentar: kommentar ?? '' });
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.geaendert', objektId: id, details: { version, felder: geaendert } });
    return { id, status: neu.status, version };
  });
}

/** Writes a change of a published solution into its revision (creates the revision on the first change). */
async function ueberarbeiten(tx: K, konto: Konto, alt: repo.Zeile, inhalt: Omit<LoesungAendern, 'kommentar'>, kommentar: string | undefined) {
  const offen = await repo.sperreUeberarbeitung(tx, alt.id);
  regeln.pruefeUeberarbeitungBearbeitbar(offen?.status ?? null);
  const basis = offen ? (offen.daten as lesen.Inhalt) : lesen.inhaltVon(alt);
  pruefeSpannenNach(inhalt, basis);
  const geaendert = Object.keys(lesen.inhaltZuSpalten(inhalt));
  if (!geaendert.length) throw loesungFehler.keineAenderung();
  const daten = JSON.stringify(lesen.mitAenderung(basis, inhalt));
  const jetzt = new Date();
  if (offen) {
    await repo.aendereUeberarbeitung(tx, alt.id, { daten, kommentar: kommentar ?? offen.kommentar, geaendert_von: konto.id, aktualisiert_am: jetzt });
  } else {
    await repo.legeUeberarbeitungAn(tx, { loesungId: alt.id, kommuneId: alt.kommune_id, basisVersion: alt.version, daten, kommentar: kommentar ?? '', kontoId: konto.id, jetzt });
  }
  const status = offen?.status ?? 'entwurf';
  await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_geaendert', objektId: alt.id, details: { basisVersion: alt.version, felder: geaendert } });
  return { id: alt.id, status: alt.status, version: alt.version, ueberarbeitung: { status } };
}

export async function einreichen(db: Db, konto: Konto, id: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    if (alt.status === 'veroeffentlicht') {
      // The revision of a published solution goes to the Transferstelle; the live row stays as it is.
      const u = await repo.sperreUeberarbeitung(tx, id);
      regeln.pruefeUeberarbeitung(u?.status ?? null, 'einreichen');
      await repo.aendereUeberarbeitung(tx, id, { status: 'eingereicht', aktualisiert_am: new Date() });
      await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_eingereicht', objektId: id, details: { basisVersion: u!.basis_version } });
      return { id, status: alt.status, ueberarbeitung: { status: 'eingereicht' as const } };
    }
    const status = regeln.naechsterStatus(alt.status, 'einreichen');
    await repo.setzeStatus(tx, id, status);
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.eingereicht', objektId: id, details: { version: alt.version } });
    return { id, status };
  });
}

/** The Kommune discards its pending revision (also a submitted one); the live version stays. */
export async function ueberarbeitungVerwerfen(db: Db, konto: Konto, id: string) {
  await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    const u = await repo.loescheUeberarbeitung(tx, id);
    if (!u) throw loesungFehler.ueberarbeitungNichtGefunden();
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_verworfen', objektId: id, details: { status: u.status, basisVersion: u.basis_version } });
  });
}

/** A member of a Kommune reports that the Kommune uses a published solution (repeated reports update it). */
export async function nutzungMelden(db: Db, konto: Konto, id: string, body: { kommuneId: string; seit?: string; bericht?: string }) {
  return db.k.transaction().execute(async (tx) => {
    const l = await repo.sperreZeile(tx, id);
    if (!l || l.status !== 'veroeffentlicht') throw loesungFehler.nichtGefunden();
    if (l.kommune_id === body.kommuneId) throw loesungFehler.nutzungHerkunft();
    const seit = body.seit ?? null;
    await repo.meldeNutzung(tx, { loesungId: id, kommuneId: body.kommuneId, seit, bericht: body.bericht ?? '' });
    await protokolliereLoesung(tx, body.kommuneId, { kontoId: konto.id, aktion: 'loesung.nutzung_gemeldet', objektId: id, details: { titel: l.titel, seit } });
    const nutzende = await repo.nutzendeKommunen(tx, id);
    return { id, kommuneId: body.kommuneId, nutzendeKommunen: regeln.anzahlNutzendeKommunen(l.kommune_id, l.herkunft_text, nutzende) };
  });
}
