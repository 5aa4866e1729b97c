/**
 * Modul „konten“: Registrierung, Anmeldung, Sitzungen, Einladungen, Mitglieder und Rollen, Audit-Log lesen.
 * Manifest (Sitzungen und Rechte selbst liegen in core).
 */
import type { LotseModul } from '../../core/modul.ts';
import { kontenRoutes } from './konten.routes.ts';
import { demoKonten } from './konten.demo.ts';
import { createAdmin } from './konten.cli.ts';

/** For the start message of the server: who can sign in to the demo, with which password. */
export { DEMO_KONTEN, ladeDemoPasswort } from './konten.demo.ts';

export const manifest: LotseModul = {
  name: 'konten',
  routen: kontenRoutes,
  start: [demoKonten],
  befehle: { 'create-admin': createAdmin },
};
