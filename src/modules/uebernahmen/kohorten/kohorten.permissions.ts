/**
 * Who may do what with a cohort – the one place for these rules (routes only ask here).
 * Read: member Kommunen (invited or in), the Träger of a Verbund (decision 0140), the Transferstelle, a Lotse whose
 * region holds a member Kommune or the Träger.
 * Post and add documents: member Kommunen (invited or in), the Träger and the Transferstelle.
 * Form a cohort: the Transferstelle (core action `transferstelle`); more than 8 members only the platform admin.
 */
import { darf, hatRolle, rolleIn, type Konto } from '../../../core/authz/policy.ts';
import type { MitgliedStatus } from './kohorten.table.ts';

/** Marker: the account belongs to several invited Kommunen and named none. */
export const MEHRERE = '*mehrere*';

/** URBACT's size of a transfer network: a good-practice city plus up to 8 adopters. */
export const STANDARD_MAX_MITGLIEDER = 8;

export type Sicht = 'transferstelle' | 'mitglied' | 'traeger' | 'lotse' | null;
interface Mitglied { kommuneId: string; status: MitgliedStatus }

const zaehlt = (m: Mitglied) => m.status !== 'abgelehnt';

/** How the account sees a cohort with these members (null: not at all). */
export function sichtAufKohorte(k: Konto | null, mitglieder: Mitglied[], traeger: string | null = null): Sicht {
  if (!k) return null;
  if (hatRolle(k, 'transferstelle')) return 'transferstelle';
  if (mitglieder.some((m) => zaehlt(m) && rolleIn(k, m.kommuneId))) return 'mitglied';
  if (traeger && rolleIn(k, traeger)) return 'traeger';
  if (mitglieder.some((m) => zaehlt(m) && darf(k, 'kommune.lesen', m.kommuneId))) return 'lotse';
  if (traeger && darf(k, 'kommune.lesen', traeger)) return 'lotse';
  return null;
}

export const darfKohorteLesen = (k: Konto | null, mitglieder: Mitglied[], traeger: string | null = null) => sichtAufKohorte(k, mitglieder, traeger) !== null;
export const darfBeitragen = (k: Konto | null, mitglieder: Mitglied[], traeger: string | null = null) => {
  const s = sichtAufKohorte(k, mitglieder, traeger);
  return s === 'transferstelle' || s === 'mitglied' || s === 'traeger';
};
/** Inviting into an existing cohort (mirrors the route's access rule, for the UI): Träger of a Verbund, else the Transferstelle. */
export const darfEinladen = (k: Konto | null, traeger: string | null) => (traeger ? darf(k, 'kommune.schreiben', traeger) : darf(k, 'transferstelle'));

/** The most members a cohort may have for this account (platform admin: up to 40, the table's limit). */
export const hoechstzahlFuer = (k: Konto | null) => (hatRolle(k, 'plattform-admin') ? 40 : STANDARD_MAX_MITGLIEDER);

/**
 * The member Kommune the access layer checks a request against (routes with `zeile: true`): for reading, one
 * the account may read; for writing, one of the account's own; for answering an invitation, the named or the
 * only own invited one. Otherwise any member (the access layer then answers 404 or 403).
 */
export function kommuneFuerZugriff(k: Konto | null, mitglieder: Mitglied[], art: 'lesen' | 'schreiben' | 'antworten', angabe?: string, traeger: string | null = null): string | undefined {
  const offen = mitglieder.filter(zaehlt);
  if (art === 'antworten') {
    // AGS (8 digits) = ARS without the 4 digits of the Gemeindeverband.
    const passt = (id: string) => !angabe || id === angabe || id.slice(0, 5) + id.slice(9) === angabe;
    const eingeladen = mitglieder.filter((m) => m.status === 'eingeladen' && rolleIn(k, m.kommuneId) && passt(m.kommuneId));
    if (eingeladen.length > 1) return MEHRERE;
    return (eingeladen[0] ?? mitglieder.find((m) => passt(m.kommuneId) && rolleIn(k, m.kommuneId)) ?? mitglieder.find((m) => passt(m.kommuneId)) ?? mitglieder[0])?.kommuneId;
  }
  const eigene = offen.find((m) => rolleIn(k, m.kommuneId));
  if (eigene) return eigene.kommuneId;
  // The Träger of a Verbund reads and writes as its own Kommune.
  if (traeger && rolleIn(k, traeger)) return traeger;
  if (art === 'lesen') {
    const lesbar = offen.find((m) => darf(k, 'kommune.lesen', m.kommuneId)) ?? (traeger && darf(k, 'kommune.lesen', traeger) ? { kommuneId: traeger } : undefined);
    if (lesbar) return lesbar.kommuneId;
  }
  return (offen[0] ?? mitglieder[0])?.kommuneId;
}

/** Module rule: posting and documents – the Transferstelle, or a member of the (member) Kommune resolved above. */
export const KOHORTEN_REGELN = {
  'kohorte.beitragen': (k: Konto, kommuneId: string | null | undefined) => hatRolle(k, 'transferstelle') || (!!kommuneId && rolleIn(k, kommuneId) !== null),
};
