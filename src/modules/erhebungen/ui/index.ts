import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { erhebungen } from './texte.ts';

/** Web face of the module „erhebungen“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'erhebungen',
  seiten: [
    { pfad: '/erhebungen', seite: lazy(() => import('./Uebersicht.tsx')), nav: erhebungen.nav, navPosition: 90, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/erhebungen/:id', seite: lazy(() => import('./Ausfuellen.tsx')), zugang: 'angemeldet' },
    { pfad: '/erhebungen/:id/ergebnis', seite: lazy(() => import('./Ergebnis.tsx')), zugang: 'angemeldet' },
    { pfad: '/team/:token', seite: lazy(() => import('./Team.tsx')) },
  ],
};
