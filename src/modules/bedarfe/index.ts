/**
 * Modul „bedarfe“: Bedarfe einer Kommune in eigenen Worten, Statusfluss, Vorschläge, Eingang der Lotsen.
 * Öffentliches Gesicht und Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { bedarfeRoutes } from './bedarfe.routes.ts';
import { demoBedarfe } from './bedarfe.demo.ts';

export { BEDARF_STATUS, OFFENE_STATUS, type BedarfStatus } from './bedarfe.rules.ts';

export const manifest: LotseModul = {
  name: 'bedarfe',
  routen: bedarfeRoutes,
  hintergrund: [demoBedarfe],
};
