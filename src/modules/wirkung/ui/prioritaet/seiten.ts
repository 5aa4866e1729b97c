import { lazy } from 'react';
import type { Seite } from '../../../../web/modul.ts';
import { prioritaet as t } from './texte.ts';

/** Pages of the part „Priorisierung“. */
export const prioritaetSeiten: Seite[] = [
  { pfad: '/wirkung/prioritaet', seite: lazy(() => import('./Prioritaet.tsx')), nav: t.nav, navPosition: 58, navFuer: 'angemeldet', zugang: 'angemeldet' },
];
