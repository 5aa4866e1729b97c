import { lazy } from 'react';
import type { Seite } from '../../../../web/modul.ts';
import { pruefung as t } from './texte.ts';

/** Pages of the part „Überprüfung“ (Stop-Doing-Review). */
export const ueberpruefungSeiten: Seite[] = [
  { pfad: '/wirkung/pruefung', seite: lazy(() => import('./Pruefung.tsx')), nav: t.nav, navPosition: 57, navFuer: 'angemeldet', zugang: 'angemeldet' },
];
