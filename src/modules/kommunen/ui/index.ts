import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { texte } from '../../../web/i18n/de.ts';

/** Web face of the module „kommunen“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'kommunen',
  seiten: [
    { pfad: '/kommunen', seite: lazy(() => import('./KommunenSuche.tsx')), nav: texte.kern.kommunen, navPosition: 10 },
    { pfad: '/kommunen/:key', seite: lazy(() => import('./KommuneDetail.tsx')) },
  ],
};

/** Texts of this module that other modules' pages show. */
export { kommunen as kommunenTexte } from './texte.ts';

/** The one definition of the Größenklassen (labels and bounds), for other modules' pages. */
export { GROESSENKLASSEN, groessenklasseSpanne, groessenklasseName } from '../groessenklassen.ts';
export { groessenklassenListe, groessenklasseLang } from './groessenklasse.ts';
