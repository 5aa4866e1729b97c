import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { transfer } from './texte.ts';

/** Web face of the module „transfer“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'transfer',
  seiten: [
    { pfad: '/transferstelle/nachfrage', seite: lazy(() => import('./Nachfrage.tsx')), nav: transfer.nav, navPosition: 80, navFuer: ['transferstelle'], zugang: ['transferstelle', 'plattform-admin'] },
  ],
};
