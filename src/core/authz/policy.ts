import type { ExpressionBuilder, Expression, SqlBool } from 'kysely';
import { sql } from 'kysely';

/**
 * The single place that decides who may do what with tenant data (rows carrying `kommune_id`).
 * Routes declare an `Aktion` and how to find the Kommune (see zugriff.ts); lists use `sichtbar()`.
 *
 * Roles: per Kommune `mitglied` | `admin`; platform-wide `lotse` (for a region of Kreise/Länder),
 * `transferstelle` (central office: reads all tenant data relevant to transfer), `plattform-admin`.
 */
export type KommuneRolle = 'mitglied' | 'admin';
export type PlattformRolle = 'lotse' | 'transferstelle' | 'plattform-admin';

export interface Konto {
  id: string;
  email: string;
  name: string;
  rollen: PlattformRolle[];
  mitgliedschaften: { kommuneId: string; rolle: KommuneRolle }[];
  /** Region keys of a Lotse: 2-digit Land or 5-digit Kreis keys. */
  regionen: string[];
  /**
   * The account holds a role that needs a second factor (Kommune admin, Lotse, Transferstelle, platform admin)
   * but has none set up: until it does, those roles are withheld (admin acts as member, no platform roles).
   */
  zweiterFaktorFehlt?: boolean;
}

/** Roles that require a second factor on password accounts (docs/decisions/0072). */
export function brauchtZweitenFaktor(k: Pick<Konto, 'rollen' | 'mitgliedschaften'>): boolean {
  return k.rollen.length > 0 || k.mitgliedschaften.some((m) => m.rolle === 'admin');
}

/** The account as it may act without its second factor: members only, no platform roles, no region. */
export function ohneErhoehteRechte(k: Konto): Konto {
  return {
    ...k,
    rollen: [],
    regionen: [],
    mitgliedschaften: k.mitgliedschaften.map((m) => ({ ...m, rolle: 'mitglied' as const })),
    zweiterFaktorFehlt: true,
  };
}

/** The actions core decides itself; modules add their own (see `registriereRegeln`). */
export type KernAktion =
  /** Read a Kommune's internal data (needs, survey rounds, results). */
  | 'kommune.lesen'
  /** Write a Kommune's data as its staff (record a need, answer a survey). */
  | 'kommune.schreiben'
  /** Administer a Kommune: invite, members, audit log, open team rounds. */
  | 'kommune.verwalten'
  /** Work on a Kommune's needs as responsible Lotse or Transferstelle (status, proposals). */
  | 'kommune.begleiten'
  /** Read a Kommune's unpublished content (drafts of solutions): its members and the Transferstelle. */
  | 'kommune.entwurf.lesen'
  /** Accompany Kommunen in general, without naming one (any Lotse, the Transferstelle). */
  | 'begleiten'
  /** Central office tasks without unpublished Kommune content: thesaurus, imports, demand view (also the platform admin). */
  | 'transferstelle'
  /** Platform administration. */
  | 'plattform.verwalten';

/** A module's action is named `<bereich>.<verb>` (e.g. `loesung.pruefen`) and decided by the module's rule. */
export type Aktion = KernAktion | `${string}.${string}`;

/**
 * A module's permission rule: gets the signed-in account (never null: anonymous callers are refused
 * before) and the Kommune the request is about (null/undefined when it names none).
 */
export type Regel = (k: Konto, kommuneId: string | null | undefined) => boolean;

const KERN_AKTIONEN = new Set<string>(['kommune.lesen', 'kommune.schreiben', 'kommune.verwalten', 'kommune.begleiten', 'kommune.entwurf.lesen', 'begleiten', 'transferstelle', 'plattform.verwalten']);
const modulRegeln = new Map<string, Regel>();

/**
 * Adds the rules of a module (from its manifest) to the policy. An action may be defined once: a second
 * module defining the same name, or redefining a core action, stops the start.
 */
export function registriereRegeln(regeln: Record<string, Regel>): void {
  for (const [aktion, regel] of Object.entries(regeln)) {
    if (!/^[a-z]+(\.[a-z]+)+$/.test(aktion)) throw new Error(`Ungültiger Name einer Aktion: ${aktion}`);
    if (KERN_AKTIONEN.has(aktion)) throw new Error(`Die Aktion ${aktion} gehört zum Kern und kann nicht neu definiert werden`);
    const bisher = modulRegeln.get(aktion);
    if (bisher && bisher !== regel) throw new Error(`Die Aktion ${aktion} ist doppelt definiert`);
    modulRegeln.set(aktion, regel);
  }
}

/** Is this action known (core or registered by a module)? Routes declaring an unknown action stop the start. */
export function istBekannteAktion(aktion: string): boolean {
  return KERN_AKTIONEN.has(aktion) || modulRegeln.has(aktion);
}

export function hatRolle(k: Konto | null, r: PlattformRolle): boolean {
  return !!k && k.rollen.includes(r);
}

export function rolleIn(k: Konto | null, kommuneId: string): KommuneRolle | null {
  return k?.mitgliedschaften.find((m) => m.kommuneId === kommuneId)?.rolle ?? null;
}

/** Land key (2 digits) and Kreis key (5 digits) of a Kommune id (12-digit ARS). */
export function regionsSchluessel(kommuneId: string): { land: string; kreis: string } {
  return { land: kommuneId.slice(0, 2), kreis: kommuneId.slice(0, 5) };
}

/** Is the Kommune in the region of this Lotse? */
export function inRegion(k: Konto | null, kommuneId: string): boolean {
  if (!k || !hatRolle(k, 'lotse')) return false;
  const { land, kreis } = regionsSchluessel(kommuneId);
  return k.regionen.some((s) => s === land || s === kreis);
}

export function darf(k: Konto | null, aktion: Aktion, kommuneId?: string | null): boolean {
  if (!k) return false;
  if (!KERN_AKTIONEN.has(aktion)) return modulRegeln.get(aktion)?.(k, kommuneId) ?? false;
  switch (aktion as KernAktion) {
    case 'transferstelle':
      return hatRolle(k, 'transferstelle') || hatRolle(k, 'plattform-admin');
    case 'plattform.verwalten':
      return hatRolle(k, 'plattform-admin');
    case 'begleiten':
      return hatRolle(k, 'lotse') || hatRolle(k, 'transferstelle');
  }
  if (!kommuneId) return false;
  const rolle = rolleIn(k, kommuneId);
  switch (aktion as KernAktion) {
    case 'kommune.lesen':
      return rolle !== null || inRegion(k, kommuneId) || hatRolle(k, 'transferstelle');
    case 'kommune.schreiben':
      return rolle !== null;
    case 'kommune.entwurf.lesen':
      return rolle !== null || hatRolle(k, 'transferstelle');
    case 'kommune.verwalten':
      // Only the Kommune's own admins. The platform admin manages accounts and roles through
      // /api/admin/* (`plattform.verwalten`) and does not read or steer a Kommune's content.
      return rolle === 'admin';
    case 'kommune.begleiten':
      return inRegion(k, kommuneId) || hatRolle(k, 'transferstelle');
  }
  return false;
}

/**
 * SQL filter for lists of tenant rows: only the rows of Kommunen the account may read
 * (`kommune.lesen`). Use as `.where((eb) => sichtbar(eb, konto, 'bedarf.kommune_id'))`.
 */
export function sichtbar<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  k: Konto | null,
  spalte: string,
): Expression<SqlBool> {
  if (!k) return sql<boolean>`false`;
  if (hatRolle(k, 'transferstelle')) return sql<boolean>`true`;
  const ids = k.mitgliedschaften.map((m) => m.kommuneId);
  const regionen = hatRolle(k, 'lotse') ? k.regionen : [];
  const col = sql.ref(spalte);
  const teile = [];
  if (ids.length) teile.push(sql<boolean>`${col} in (${sql.join(ids)})`);
  const laender = regionen.filter((r) => r.length === 2);
  const kreise = regionen.filter((r) => r.length === 5);
  if (laender.length) teile.push(sql<boolean>`substr(${col}, 1, 2) in (${sql.join(laender)})`);
  if (kreise.length) teile.push(sql<boolean>`substr(${col}, 1, 5) in (${sql.join(kreise)})`);
  void eb;
  if (!teile.length) return sql<boolean>`false`;
  return sql<boolean>`(${sql.join(teile, sql` or `)})`;
}
