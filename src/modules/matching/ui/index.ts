import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { matching } from './texte.ts';

/** Web face of the module „matching“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'matching',
  seiten: [
    { pfad: '/transferstelle/thesaurus', seite: lazy(() => import('./Thesaurus.tsx')), nav: matching.nav, navPosition: 70, navFuer: ['transferstelle'] },
  ],
};
