import { lazy } from 'react';
import type { Seite } from '../../../../web/modul.ts';
import { ziele as t } from './texte.ts';

/** Pages of the part „Ziele“. */
export const zieleSeiten: Seite[] = [
  { pfad: '/wirkung/ziele', seite: lazy(() => import('./Ziele.tsx')), nav: t.nav, navPosition: 56, navFuer: 'angemeldet', zugang: 'angemeldet' },
  { pfad: '/wirkung/ziele/:id', seite: lazy(() => import('./ZielDetail.tsx')), zugang: 'angemeldet' },
  { pfad: '/wirkung/indikatoren/:id', seite: lazy(() => import('../messung/IndikatorDetail.tsx')), zugang: 'angemeldet' },
];
