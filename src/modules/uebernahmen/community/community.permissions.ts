import { hatRolle, type Konto, type Regel } from '../../../core/authz/policy.ts';

/**
 * Reading the community of a solution: signed-in members of any Kommune, and the accompanying roles
 * (Lotse, Transferstelle). Signed-in accounts without a Kommune and without a role do not read it.
 */
export const darfCommunityLesen = (k: Konto | null): boolean =>
  !!k && (k.mitgliedschaften.length > 0 || hatRolle(k, 'lotse') || hatRolle(k, 'transferstelle'));

export const COMMUNITY_REGELN: Record<string, Regel> = {
  'community.lesen': darfCommunityLesen,
};
