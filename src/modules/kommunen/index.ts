/**
 * Modul „kommunen“: das Verzeichnis aller Gemeinden, Kreise und Länder mit Größenklassen.
 * Öffentliches Gesicht (was andere Module nutzen dürfen) und Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { kommunenRoutes } from './kommunen.routes.ts';
import { verzeichnisLaden } from './kommunen.import.ts';
import { importGemeinden } from './kommunen.cli.ts';

export type { KommuneTyp, KommuneTable } from './kommunen.table.ts';
export * from './groessenklassen.ts';
export { groessenklasseArtSql } from './kommunen.repository.ts';

export const manifest: LotseModul = {
  name: 'kommunen',
  routen: kommunenRoutes,
  // Reference data first: every other module's data points to a Kommune.
  start: [verzeichnisLaden],
  befehle: { 'import-gemeinden': importGemeinden },
};
