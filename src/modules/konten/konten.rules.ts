import type { KommuneRolle } from '../../core/authz/policy.ts';
import { kontenFehler } from './konten.errors.ts';

/**
 * Pure rules of the konten module (no database): invitations, platform roles, the last admin.
 */

export const EINLADUNG_GUELTIG_TAGE = 14;

/** When an invitation created at `jetzt` expires. */
export const einladungLaeuftAb = (jetzt: Date): Date => new Date(jetzt.getTime() + EINLADUNG_GUELTIG_TAGE * 86400_000);

/** Admin rights only for a named person: a shareable link could be forwarded to anyone. */
export function pruefeEinladungsRolle(rolle: KommuneRolle, email: string | undefined): void {
  if (rolle === 'admin' && !email) throw kontenFehler.adminNurPersoenlich();
}

/** A personal invitation (with e-mail address) is only for that address. */
export function pruefeEinladungsEmail(einladungEmail: string | null, email: string): void {
  if (einladungEmail && einladungEmail.toLowerCase() !== email.toLowerCase()) throw kontenFehler.einladungAndereEmail();
}

export type PlattformRolle = 'lotse' | 'transferstelle' | 'plattform-admin';

/** A Lotse needs at least one region (Kreis or Land key). */
export function pruefeRegionen(rolle: PlattformRolle, regionen: string[]): void {
  if (rolle === 'lotse' && regionen.length === 0) throw kontenFehler.lotseRegionFehlt();
}

/**
 * A Kommune keeps at least one admin: taking the admin role from `kontoId` (demoting or removing) is refused
 * when no other admin is left. `admins` are the current admins (locked), `bisher` the member's current role.
 */
export function pruefeLetztenAdmin(admins: string[], kontoId: string, bisher: KommuneRolle | null, neu: KommuneRolle | null): void {
  if (bisher === 'admin' && neu !== 'admin' && admins.filter((a) => a !== kontoId).length === 0) throw kontenFehler.letzterAdmin();
}
