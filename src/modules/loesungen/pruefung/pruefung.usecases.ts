/**
 * Use cases of the Transferstelle on the catalogue: the review queue, decisions on drafts and revisions,
 * archiving, the seal „Bewährt“. Each change in one transaction with its audit entry (in the Kommune's
 * log, or on platform level for a solution without a Kommune).
 */
import type { Kysely } from 'kysely';
import type { Db } from '../../../core/db/db.ts';
import type { Database } from '../../../core/db/schema.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import * as lesen from '../loesungen.repository.ts';
import * as repo from '../entwurf/entwurf.repository.ts';
import * as regeln from '../loesungen.rules.ts';
import { loesungFehler, siegelFehler } from '../loesungen.errors.ts';
import { aktualisiereSuchindex, iso, karte, protokolliereLoesung } from '../loesungen.usecases.ts';
import type { SiegelKriterien } from '../loesungen.schemas.ts';
import { umgesetztIn } from '../../uebernahmen/index.ts';

type K = Kysely<Database>;

/**
 * Review queue of the Transferstelle: submitted drafts and submitted revisions of published solutions
 * (oldest first; a revision is shown with its new title and summary) and published solutions that may earn the seal.
 */
export async function pruefliste(db: Db) {
  const [entwuerfe, ueberarbeitungen, kandidaten] = await Promise.all([
    lesen.eingereichteEntwuerfe(db.k),
    lesen.eingereichteUeberarbeitungen(db.k),
    lesen.siegelKandidaten(db.k),
  ]);
  const mitStatus = (r: lesen.KurzZeile) => ({ ...karte(r), status: r.status, version: r.version, aktualisiertAm: iso(r.aktualisiert_am) });
  const alsUeberarbeitung = (r: lesen.KurzZeile) => {
    const neu = r.ueberarbeitung_daten as lesen.Inhalt;
    return { ...mitStatus(r), titel: neu.titel, zusammenfassung: neu.zusammenfassung, aktualisiertAm: iso(r.ueberarbeitung_am), ueberarbeitung: true };
  };
  const eingereicht = [...entwuerfe.map((r) => ({ ...mitStatus(r), ueberarbeitung: false })), ...ueberarbeitungen.map(alsUeberarbeitung)].sort(
    (a, b) => (a.aktualisiertAm ?? '').localeCompare(b.aktualisiertAm ?? '') || a.id.localeCompare(b.id),
  );
  return { eingereicht, siegelKandidaten: kandidaten.map(mitStatus) };
}

/**
 * The Transferstelle's decision on a submitted draft or on the submitted revision of a published
 * solution. The matcher's index is refreshed only when the approved text changed (publication or an
 * approved revision); a rejection leaves the live row, and so the index, untouched.
 */
export async function pruefen(db: Db, konto: Konto, id: string, entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string) {
  regeln.pruefeEntscheidung(entscheidung, kommentar);
  const ergebnis = await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    if (alt.status === 'veroeffentlicht') return pruefeUeberarbeitung(tx, konto, alt, entscheidung, kommentar);
    const status = regeln.naechsterStatus(alt.status, entscheidung);
    const jetzt = new Date();
    await repo.setzeStatus(tx, id, status, {
      pruefung_kommentar: kommentar,
      geprueft_von: konto.id,
      geprueft_am: jetzt,
      ...(status === 'veroeffentlicht' ? { veroeffentlicht_am: alt.veroeffentlicht_am ?? jetzt } : {}),
    });
    await protokolliereLoesung(tx, alt.kommune_id, {
      kontoId: konto.id,
      aktion: status === 'veroeffentlicht' ? 'loesung.veroeffentlicht' : 'loesung.zurueckgewiesen',
      objektId: id,
      details: { version: alt.version, kommentar },
    });
    return { id, status, textGeaendert: status === 'veroeffentlicht' };
  });
  const { textGeaendert, ...antwort } = ergebnis;
  if (textGeaendert) await aktualisiereSuchindex(db, id);
  return antwort;
}

/** Approves (the revision becomes the next live version) or rejects (the live version stays) a revision. */
async function pruefeUeberarbeitung(tx: K, konto: Konto, alt: repo.Zeile, entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string) {
  const u = await repo.sperreUeberarbeitung(tx, alt.id);
  regeln.pruefeUeberarbeitung(u?.status ?? null, entscheidung);
  const jetzt = new Date();
  const pruefung = { pruefung_kommentar: kommentar, geprueft_von: konto.id, geprueft_am: jetzt };
  if (entscheidung === 'zurueckweisen') {
    await repo.aendereUeberarbeitung(tx, alt.id, { status: 'zurueckgewiesen', aktualisiert_am: jetzt, ...pruefung });
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.ueberarbeitung_zurueckgewiesen', objektId: alt.id, details: { basisVersion: u!.basis_version, kommentar } });
    return { id: alt.id, status: alt.status, version: alt.version, ueberarbeitung: { status: 'zurueckgewiesen' as const }, textGeaendert: false };
  }
  // Approved: the revision's content becomes the next version of the live row. The seal stays
  // (decision 0022: the Transferstelle reviews the revision knowing the seal and can withdraw it).
  const version = alt.version + 1;
  const neu = await repo.aendereZeile(tx, alt.id, { ...lesen.inhaltAlsSpalten(u!.daten as lesen.Inhalt), version, aktualisiert_am: jetzt, ...pruefung });
  await repo.schreibeVersion(tx, { loesungId: alt.id, version, kommuneId: alt.kommune_id, daten: lesen.versionsDaten(neu), kontoId: u!.geaendert_von ?? u!.erstellt_von, kommentar: u!.kommentar });
  await repo.loescheUeberarbeitung(tx, alt.id);
  const siegel = await repo.hatSiegel(tx, alt.id);
  await protokolliereLoesung(tx, alt.kommune_id, {
    kontoId: konto.id,
    aktion: 'loesung.ueberarbeitung_freigegeben',
    objektId: alt.id,
    details: { version, basisVersion: u!.basis_version, kommentar, siegel },
  });
  return { id: alt.id, status: alt.status, version, ueberarbeitung: null, textGeaendert: true };
}

/** Takes a solution out of the catalogue (Transferstelle), with a reason. */
export async function archivieren(db: Db, konto: Konto, id: string, kommentar: string) {
  const ergebnis = await db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    const status = regeln.naechsterStatus(alt.status, 'archivieren');
    await repo.setzeStatus(tx, id, status, { pruefung_kommentar: kommentar, geprueft_von: konto.id, geprueft_am: new Date() });
    // An archived solution cannot be changed: a pending revision is discarded with it.
    const verworfen = await repo.loescheUeberarbeitung(tx, id);
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.archiviert', objektId: id, details: { kommentar, ...(verworfen ? { ueberarbeitungVerworfen: verworfen.status } : {}) } });
    return { id, status, warVeroeffentlicht: alt.status === 'veroeffentlicht' };
  });
  if (ergebnis.warVeroeffentlicht) await aktualisiereSuchindex(db, id);
  return { id: ergebnis.id, status: ergebnis.status };
}

/** Awards the seal (all criteria fulfilled and justified, used in at least two Kommunen); audited on platform level without a Kommune. */
export async function siegelVergeben(db: Db, konto: Konto, id: string, kriterien: SiegelKriterien) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    if (alt.status !== 'veroeffentlicht') throw siegelFehler.nichtVeroeffentlicht();
    // „In mindestens zwei Kommunen umgesetzt“: reported uses and transfer projects in operation (Issue 11).
    const anzahl = regeln.anzahlNutzendeKommunen(alt.kommune_id, alt.herkunft_text, [...(await repo.nutzendeKommunen(tx, id)), ...(await umgesetztIn(tx, id))]);
    regeln.pruefeSiegel(kriterien, anzahl);
    await repo.setzeSiegel(tx, { loesungId: id, kriterien, kontoId: konto.id, jetzt: new Date() });
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.siegel_vergeben', objektId: id, details: { kriterien, nutzendeKommunen: anzahl } });
    return { id, siegel: true as const, nutzendeKommunen: anzahl };
  });
}

export async function siegelEntziehen(db: Db, konto: Konto, id: string) {
  return db.k.transaction().execute(async (tx) => {
    const alt = await repo.sperreZeile(tx, id);
    if (!alt) throw loesungFehler.nichtGefunden();
    if (!(await repo.loescheSiegel(tx, id))) throw siegelFehler.nichtGefunden();
    await protokolliereLoesung(tx, alt.kommune_id, { kontoId: konto.id, aktion: 'loesung.siegel_entzogen', objektId: id });
  });
}
