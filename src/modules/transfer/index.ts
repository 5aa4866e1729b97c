/**
 * Modul „transfer“: das Nachfragebild der Transferstelle (Bedarfe ohne Treffer, gefragteste Lösungen,
 * nach Land, Größenklasse und Handlungsfeld). Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { transferRoutes } from './transfer.routes.ts';

export const manifest: LotseModul = {
  name: 'transfer',
  routen: transferRoutes,
};
