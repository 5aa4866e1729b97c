import { hatRolle, type Konto, type Regel } from '../../core/authz/policy.ts';

/**
 * The permission rules this module adds to the policy (registered through its manifest). Routes name
 * them in `config.zugriff`; pure rules of the module call them directly.
 */

/**
 * Editorial decisions on the catalogue: read the review queue (submitted drafts and revisions of
 * Kommunen), publish or reject, archive, award or withdraw the seal. The Transferstelle only – the
 * platform admin reads no unpublished content of a Kommune (decisions 0004, 0021, 0022).
 */
export const darfPruefen = (k: Konto | null): boolean => hatRolle(k, 'transferstelle');

export const LOESUNGEN_REGELN: Record<string, Regel> = {
  'loesung.pruefen': darfPruefen,
};
