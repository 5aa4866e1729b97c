import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { ssoTexte } from './texte-sso.ts';

/** Web face of the module „konten“: its pages (found by src/web/routen.tsx) and what other modules' pages may use. */
export const web: WebModul = {
  name: 'konten',
  seiten: [
    { pfad: '/anmelden', seite: lazy(() => import('./Anmelden.tsx')) },
    { pfad: '/anmelden/sso', seite: lazy(() => import('./SsoRueckkehr.tsx')) },
    { pfad: '/registrieren', seite: lazy(() => import('./Registrieren.tsx')) },
    { pfad: '/konto', seite: lazy(() => import('./Konto.tsx')) },
    { pfad: '/einladung/:token', seite: lazy(() => import('./Einladung.tsx')) },
    { pfad: '/plattform/sso', seite: lazy(() => import('./SsoVerwaltung.tsx')), nav: ssoTexte.verwaltung.nav, navPosition: 96, navFuer: ['plattform-admin'], zugang: ['plattform-admin'] },
  ],
};
