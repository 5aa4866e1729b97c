/**
 * Pure rules of transfer projects: the order of the phases, which changes are allowed, the default checklist.
 * No I/O; unit tests in projekte.rules.test.ts.
 */
import type { ArbeitsPhase, UebernahmePhase } from '../uebernahmen.table.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';

/** The working phases in their order (URBACT: understand → adapt → re-use, then make it last). */
export const ARBEITS_PHASEN: readonly ArbeitsPhase[] = ['verstehen', 'anpassen', 'uebernehmen', 'verstetigen'];
export const PHASEN: readonly UebernahmePhase[] = [...ARBEITS_PHASEN, 'abgeschlossen', 'abgebrochen'];
/** Phases of a running project. */
export const LAUFENDE_PHASEN: readonly UebernahmePhase[] = ARBEITS_PHASEN;
/** Phases in which the solution is in use in the adopting Kommune („umgesetzt“: counts for the seal). */
export const UMGESETZT_PHASEN: readonly UebernahmePhase[] = ['verstetigen', 'abgeschlossen'];

const rang = (p: UebernahmePhase) => PHASEN.indexOf(p);

export const istBeendet = (p: UebernahmePhase) => p === 'abgeschlossen' || p === 'abgebrochen';

/**
 * Checks a change of phase: only forward (skipping is allowed, e.g. a small Kommune adopts as is), or to
 * „abgebrochen“ with a reason. A finished project (abgeschlossen/abgebrochen) does not change any more.
 * Returns the reason to store (null unless aborted).
 */
export function pruefePhasenwechsel(von: UebernahmePhase, nach: UebernahmePhase, grund: string | undefined): string | null {
  if (istBeendet(von)) throw uebernahmeFehler.beendet();
  if (nach === 'abgebrochen') {
    const g = grund?.trim() ?? '';
    if (g.length < 3) throw uebernahmeFehler.grundFehlt();
    return g;
  }
  if (rang(nach) <= rang(von)) throw uebernahmeFehler.phaseRueckwaerts(von, nach);
  return null;
}

/** The phases a project may move to next (for the UI; enforced by pruefePhasenwechsel). */
export function moeglicheZiele(von: UebernahmePhase): UebernahmePhase[] {
  if (istBeendet(von)) return [];
  return [...PHASEN.filter((p) => p !== 'abgebrochen' && rang(p) > rang(von)), 'abgebrochen'];
}

export type Checkliste = Record<ArbeitsPhase, string[]>;

/** The default checklist, used when the origin Kommune has not written one for its solution. */
export const STANDARD_CHECKLISTE: Checkliste = {
  verstehen: [
    'Gespräch mit der Herkunftskommune geführt',
    'Unterlagen der Lösung gelesen (Ansatz, Voraussetzungen, Aufwand)',
    'Lokale Gruppe benannt – mit den Menschen, die mit der Änderung arbeiten werden',
    'Übertragbarkeits-Check durchgesehen',
  ],
  anpassen: [
    'Transferplan geschrieben (Ziele, Zuständigkeiten, Zeitplan)',
    'Offene Voraussetzungen geklärt (siehe Meilensteine)',
    'Personalrat und Datenschutz beteiligt',
    'Haushaltsmittel gesichert',
  ],
  uebernehmen: ['Pilotbetrieb gestartet', 'Beschäftigte eingewiesen', 'Bürgerinnen und Bürger informiert', 'Inbetriebnahme festgelegt'],
  verstetigen: ['Rückmeldung zur Inbetriebnahme gegeben', 'Zuständigkeit im Regelbetrieb geklärt', 'Rückmeldungen nach 6 und 12 Monaten gegeben'],
};

/** Normalises a stored template: unknown phases dropped, empty entries removed, missing phases from the default. */
export function checklisteAus(vorlage: unknown): Checkliste {
  const v = (vorlage && typeof vorlage === 'object' ? vorlage : {}) as Record<string, unknown>;
  const aus = {} as Checkliste;
  for (const p of ARBEITS_PHASEN) {
    const liste = Array.isArray(v[p]) ? (v[p] as unknown[]).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim()) : null;
    aus[p] = liste ?? STANDARD_CHECKLISTE[p];
  }
  return aus;
}

/** A Kommune key in a request: 8-digit AGS or 12-digit ARS. */
export function istAgsOderArs(s: string): 'ags' | 'ars' | null {
  if (/^[0-9]{12}$/.test(s)) return 'ars';
  if (/^[0-9]{8}$/.test(s)) return 'ags';
  return null;
}
