/**
 * Modul „rueckmeldung“: die Angaben zum Betreiber (LOTSE_BETREIBER_*) für Impressum, Datenschutz und die
 * Erklärung zur Barrierefreiheit, und deren Feedback-Mechanismus (Rückmeldung an den Betreiber). Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { rueckmeldungRoutes } from './rueckmeldung.routes.ts';

export const manifest: LotseModul = {
  name: 'rueckmeldung',
  routen: rueckmeldungRoutes,
};
