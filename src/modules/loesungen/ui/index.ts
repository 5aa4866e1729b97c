import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { loesungen } from './texte.ts';

/** Web face of the module „loesungen“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'loesungen',
  seiten: [
    { pfad: '/loesungen', seite: lazy(() => import('./Katalog.tsx')), nav: loesungen.nav, navPosition: 20 },
    { pfad: '/loesungen/neu', seite: lazy(() => import('./LoesungFormular.tsx')), zugang: 'angemeldet' },
    { pfad: '/loesungen/meine', seite: lazy(() => import('./Meine.tsx')), zugang: 'angemeldet' },
    { pfad: '/loesungen/:id', seite: lazy(() => import('./LoesungDetail.tsx')) },
    { pfad: '/loesungen/:id/bearbeiten', seite: lazy(() => import('./LoesungFormular.tsx')), zugang: 'angemeldet' },
    { pfad: '/transferstelle/pruefung', seite: lazy(() => import('./Pruefung.tsx')), nav: loesungen.navPruefung, navPosition: 30, navFuer: ['transferstelle'], zugang: ['transferstelle'] },
    { pfad: '/transferstelle/import', seite: lazy(() => import('./Import.tsx')), nav: loesungen.navImport, navPosition: 40, navFuer: ['transferstelle', 'plattform-admin'], zugang: ['transferstelle', 'plattform-admin'] },
  ],
};

/** Shared vocabularies of the catalogue (Handlungsfelder, Wirkungstreppe) for other modules' pages. */
export { HANDLUNGSFELDER, WIRKUNGSTREPPE } from '../loesungen.schemas.ts';
