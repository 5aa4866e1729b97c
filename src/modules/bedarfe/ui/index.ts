import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { bedarfe } from './texte.ts';

/** Web face of the module „bedarfe“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'bedarfe',
  seiten: [
    { pfad: '/bedarfe', seite: lazy(() => import('./MeineBedarfe.tsx')), nav: bedarfe.nav, navPosition: 50, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/bedarfe/:id', seite: lazy(() => import('./BedarfDetail.tsx')), zugang: 'angemeldet' },
    { pfad: '/lotse', seite: lazy(() => import('./LotseEingang.tsx')), nav: bedarfe.navEingang, navPosition: 60, navFuer: ['lotse', 'transferstelle'], zugang: ['lotse', 'transferstelle'] },
  ],
};

/** Texts of this module that other modules' pages show. */
export { bedarfe as bedarfeTexte } from './texte.ts';

/** Parts of the need pages that the Transferstelle's pages reuse. */
export { StatusBadge, fehlertext, type BedarfStatus } from './teile.tsx';
