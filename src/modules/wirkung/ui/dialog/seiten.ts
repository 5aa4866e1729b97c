import { lazy } from 'react';
import type { Seite } from '../../../../web/modul.ts';
import { dialog as t } from './texte.ts';

/** Pages of the part „Dialog“ (Wirkungsdialog). */
export const dialogSeiten: Seite[] = [
  { pfad: '/wirkung/dialoge', seite: lazy(() => import('./Dialoge.tsx')), nav: t.nav, navPosition: 57.5, navFuer: 'angemeldet', zugang: 'angemeldet' },
  { pfad: '/wirkung/dialoge/:id', seite: lazy(() => import('./DialogDetail.tsx')), zugang: 'angemeldet' },
];
