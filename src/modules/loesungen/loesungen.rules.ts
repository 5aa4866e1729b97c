/**
 * Rules of the solution catalogue as plain functions (no database): status workflow, revisions, seal
 * check, ranges (import rows and CSV: import/import.rules.ts). Errors come from loesungen.errors.ts. Tested in loesungen.rules.test.ts.
 */
import { loesungFehler, siegelFehler } from './loesungen.errors.ts';
import { darf, type Konto } from '../../core/authz/policy.ts';
import { darfPruefen } from './loesungen.permissions.ts';
import { SIEGEL_KRITERIEN, type SiegelKriterien } from './loesungen.schemas.ts';
import type { LoesungStatus, UeberarbeitungStatus } from './loesungen.table.ts';

// ---------------------------------------------------------------------------------------------
// Status workflow: entwurf → eingereicht → veroeffentlicht | zurueckgewiesen (→ eingereicht again); → archiviert

export type Uebergang = 'einreichen' | 'veroeffentlichen' | 'zurueckweisen' | 'archivieren';

const UEBERGAENGE: Record<Uebergang, { von: LoesungStatus[]; nach: LoesungStatus }> = {
  einreichen: { von: ['entwurf', 'zurueckgewiesen'], nach: 'eingereicht' },
  veroeffentlichen: { von: ['eingereicht'], nach: 'veroeffentlicht' },
  zurueckweisen: { von: ['eingereicht'], nach: 'zurueckgewiesen' },
  // The Transferstelle takes a solution out of the catalogue (e.g. outdated); a re-import publishes it again.
  archivieren: { von: ['entwurf', 'eingereicht', 'veroeffentlicht', 'zurueckgewiesen'], nach: 'archiviert' },
};

/** The status after a transition, or 409 `loesung.status_ungueltig`. */
export function naechsterStatus(status: LoesungStatus, uebergang: Uebergang): LoesungStatus {
  const u = UEBERGAENGE[uebergang];
  if (!u.von.includes(status)) {
    throw loesungFehler.statusUngueltig(`Diese Aktion ist im Status „${status}“ nicht möglich.`, [{ status, aktion: uebergang }]);
  }
  return u.nach;
}

// ---------------------------------------------------------------------------------------------
// Revision of a published solution (decision 0022): entwurf → eingereicht → freigegeben (becomes the
// live version, the revision row is gone) | zurueckgewiesen (→ eingereicht again). The Kommune may discard it.

export type UeberarbeitungsUebergang = 'einreichen' | 'veroeffentlichen' | 'zurueckweisen';

const UEBERARBEITUNG: Record<UeberarbeitungsUebergang, UeberarbeitungStatus[]> = {
  einreichen: ['entwurf', 'zurueckgewiesen'],
  veroeffentlichen: ['eingereicht'],
  zurueckweisen: ['eingereicht'],
};

/** Checks a transition of a revision (`null`: there is none); otherwise 409 `loesung.status_ungueltig`. */
export function pruefeUeberarbeitung(status: UeberarbeitungStatus | null, uebergang: UeberarbeitungsUebergang): void {
  if (status && UEBERARBEITUNG[uebergang].includes(status)) return;
  const meldung = !status
    ? uebergang === 'einreichen'
      ? 'Die Lösung ist veröffentlicht. Ändern Sie sie zuerst; die Änderung reichen Sie dann als Überarbeitung ein.'
      : 'Zu dieser veröffentlichten Lösung liegt keine Überarbeitung zur Prüfung vor.'
    : `Diese Aktion ist für eine Überarbeitung im Status „${status}“ nicht möglich.`;
  throw loesungFehler.statusUngueltig(meldung, [{ ueberarbeitung: status, aktion: uebergang }]);
}

/** A revision under review cannot be changed (the Transferstelle decides on what it sees). */
export function pruefeUeberarbeitungBearbeitbar(status: UeberarbeitungStatus | null): void {
  if (status === 'eingereicht') {
    throw loesungFehler.nichtBearbeitbar('Die Überarbeitung liegt der Transferstelle zur Prüfung vor und kann gerade nicht geändert werden.');
  }
}

/** Content may be changed as a draft, after rejection and after publication (as a revision); not while under review. */
export function pruefeBearbeitbar(status: LoesungStatus): void {
  if (status === 'eingereicht' || status === 'archiviert') {
    throw loesungFehler.nichtBearbeitbar(status === 'eingereicht'
      ? 'Die Lösung liegt der Transferstelle zur Prüfung vor und kann gerade nicht geändert werden.'
      : 'Archivierte Lösungen können nicht geändert werden.');
  }
}

/** A rejection must say why, so that the Kommune can improve the draft. */
export function pruefeEntscheidung(entscheidung: 'veroeffentlichen' | 'zurueckweisen', kommentar: string): void {
  if (entscheidung === 'zurueckweisen' && kommentar.trim().length < 3) {
    throw loesungFehler.begruendungFehlt();
  }
}

/**
 * Who sees a solution that is not published, or the pending revision of a published one: members of
 * its Kommune and the Transferstelle (composed from the policy; a Lotse's read right on a region does
 * not extend to drafts, the platform admin reads no unpublished content).
 */
export function darfUnveroeffentlichteSehen(konto: Konto | null, kommuneId: string | null): boolean {
  if (darfPruefen(konto)) return true;
  return !!kommuneId && darf(konto, 'kommune.entwurf.lesen', kommuneId);
}

// ---------------------------------------------------------------------------------------------
// Seal "Bewährt"

export const MIN_KOMMUNEN_SIEGEL = 2;

/**
 * Number of Kommunen that actually use a solution: its origin (a Kommune of the directory or a
 * named origin outside it) counts as one, plus every other Kommune that reported an adoption.
 */
export function anzahlNutzendeKommunen(herkunftKommuneId: string | null, herkunftText: string | null, nutzende: string[]): number {
  const andere = new Set(nutzende.filter((k) => k !== herkunftKommuneId));
  return andere.size + (herkunftKommuneId || herkunftText ? 1 : 0);
}

/**
 * The seal is awarded only if every criterion is listed once, fulfilled and justified, and the
 * solution is really used in at least two Kommunen. Otherwise 422 with the open points as details.
 */
export function pruefeSiegel(kriterien: SiegelKriterien, nutzendeKommunen: number): void {
  const details: { kriterium: string; meldung: string }[] = [];
  const gesehen = new Set<string>();
  for (const k of kriterien) {
    if (gesehen.has(k.kriterium)) details.push({ kriterium: k.kriterium, meldung: 'Kriterium ist doppelt angegeben.' });
    gesehen.add(k.kriterium);
    if (!k.erfuellt) details.push({ kriterium: k.kriterium, meldung: 'Kriterium ist nicht erfüllt.' });
    if (k.begruendung.trim().length < 3) details.push({ kriterium: k.kriterium, meldung: 'Bitte begründen Sie das Kriterium kurz.' });
  }
  for (const k of SIEGEL_KRITERIEN) if (!gesehen.has(k)) details.push({ kriterium: k, meldung: 'Kriterium fehlt.' });
  if (details.length) throw siegelFehler.kriterienNichtErfuellt(details);
  if (nutzendeKommunen < MIN_KOMMUNEN_SIEGEL) {
    throw siegelFehler.zuWenigeKommunen(nutzendeKommunen, MIN_KOMMUNEN_SIEGEL);
  }
}

/** Ranges must not be upside down (von ≤ bis). */
export function pruefeSpannen(d: { aufwandVon?: number | null; aufwandBis?: number | null; kostenVon?: number | null; kostenBis?: number | null }): void {
  const details = [];
  if (d.aufwandVon != null && d.aufwandBis != null && d.aufwandVon > d.aufwandBis) details.push({ pfad: 'aufwandBis', meldung: 'Der Aufwand „bis“ muss mindestens so groß sein wie „von“.' });
  if (d.kostenVon != null && d.kostenBis != null && d.kostenVon > d.kostenBis) details.push({ pfad: 'kostenBis', meldung: 'Die Kosten „bis“ müssen mindestens so groß sein wie „von“.' });
  if (details.length) throw loesungFehler.spannen(details);
}
