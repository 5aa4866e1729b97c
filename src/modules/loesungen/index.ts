/**
 * Modul „loesungen“: der Katalog bewährter Lösungen (Entwurf → Prüfung → Veröffentlichung, Überarbeitungen,
 * Versionen, Siegel, Nutzungen, Import/Export). Öffentliches Gesicht und Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { LOESUNGEN_REGELN } from './loesungen.permissions.ts';
import { loesungenRoutes } from './loesungen.routes.ts';
import { demoLoesungen } from './loesungen.demo.ts';
import { importLoesungen } from './loesungen.cli.ts';

export { HANDLUNGSFELDER, WIRKUNGSTREPPE, type Handlungsfeld, type LoesungAnlegen } from './loesungen.schemas.ts';
/** Entwurf einer Lösung in der Transaktion des Aufrufers anlegen (z. B. kaizen: bewährte Verbesserung vorschlagen). */
export { anlegenInTx as loesungsEntwurfAnlegen } from './entwurf/entwurf.usecases.ts';

export const manifest: LotseModul = {
  name: 'loesungen',
  routen: loesungenRoutes,
  aktionen: LOESUNGEN_REGELN,
  hintergrund: [demoLoesungen],
  befehle: { 'import-loesungen': importLoesungen },
};
