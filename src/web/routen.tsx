import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { texte } from './i18n/de.ts';

/**
 * Route manifest of the web app. Each feature adds its pages here (one line per page); the pages
 * themselves live in `src/modules/<feature>/ui/`. `nav` puts a link into the main navigation.
 */
export interface Route {
  pfad: string;
  seite: LazyExoticComponent<ComponentType>;
  nav?: string;
  /** Only shown in the navigation for signed-in users / for these platform roles. */
  navFuer?: 'angemeldet' | string[];
}

export const routen: Route[] = [
  { pfad: '/', seite: lazy(() => import('./seiten/Start.tsx')) },
  { pfad: '/kommunen', seite: lazy(() => import('../modules/kommunen/ui/KommunenSuche.tsx')), nav: texte.kern.kommunen },
  { pfad: '/kommunen/:key', seite: lazy(() => import('../modules/kommunen/ui/KommuneDetail.tsx')) },
  { pfad: '/loesungen', seite: lazy(() => import('../modules/loesungen/ui/Katalog.tsx')), nav: texte.loesungen.nav },
  { pfad: '/loesungen/neu', seite: lazy(() => import('../modules/loesungen/ui/LoesungFormular.tsx')) },
  { pfad: '/loesungen/meine', seite: lazy(() => import('../modules/loesungen/ui/Meine.tsx')) },
  { pfad: '/loesungen/:id', seite: lazy(() => import('../modules/loesungen/ui/LoesungDetail.tsx')) },
  { pfad: '/loesungen/:id/bearbeiten', seite: lazy(() => import('../modules/loesungen/ui/LoesungFormular.tsx')) },
  { pfad: '/transferstelle/pruefung', seite: lazy(() => import('../modules/loesungen/ui/Pruefung.tsx')), nav: texte.loesungen.navPruefung, navFuer: ['transferstelle'] },
  { pfad: '/transferstelle/import', seite: lazy(() => import('../modules/loesungen/ui/Import.tsx')), nav: texte.loesungen.navImport, navFuer: ['transferstelle', 'plattform-admin'] },
  { pfad: '/anmelden', seite: lazy(() => import('../modules/konten/ui/Anmelden.tsx')) },
  { pfad: '/registrieren', seite: lazy(() => import('../modules/konten/ui/Registrieren.tsx')) },
  { pfad: '/konto', seite: lazy(() => import('../modules/konten/ui/Konto.tsx')) },
  { pfad: '/einladung/:token', seite: lazy(() => import('../modules/konten/ui/Einladung.tsx')) },
  { pfad: '/bedarfe', seite: lazy(() => import('../modules/bedarfe/ui/MeineBedarfe.tsx')), nav: texte.bedarfe.nav, navFuer: 'angemeldet' },
  { pfad: '/bedarfe/:id', seite: lazy(() => import('../modules/bedarfe/ui/BedarfDetail.tsx')) },
  { pfad: '/lotse', seite: lazy(() => import('../modules/bedarfe/ui/LotseEingang.tsx')), nav: texte.bedarfe.navEingang, navFuer: ['lotse', 'transferstelle'] },
  { pfad: '/transferstelle/thesaurus', seite: lazy(() => import('../modules/matching/ui/Thesaurus.tsx')), nav: texte.matching.nav, navFuer: ['transferstelle'] },
  { pfad: '/transferstelle/nachfrage', seite: lazy(() => import('../modules/transfer/ui/Nachfrage.tsx')), nav: texte.transfer.nav, navFuer: ['transferstelle'] },
  { pfad: '/erhebungen', seite: lazy(() => import('../modules/erhebungen/ui/Uebersicht.tsx')), nav: texte.erhebungen.nav, navFuer: 'angemeldet' },
  { pfad: '/erhebungen/:id', seite: lazy(() => import('../modules/erhebungen/ui/Ausfuellen.tsx')) },
  { pfad: '/erhebungen/:id/ergebnis', seite: lazy(() => import('../modules/erhebungen/ui/Ergebnis.tsx')) },
  { pfad: '/team/:token', seite: lazy(() => import('../modules/erhebungen/ui/Team.tsx')) },
  { pfad: '/impressum', seite: lazy(() => import('./seiten/Impressum.tsx')) },
  { pfad: '/datenschutz', seite: lazy(() => import('./seiten/Datenschutz.tsx')) },
  { pfad: '/barrierefreiheit', seite: lazy(() => import('./seiten/Barrierefreiheit.tsx')) },
  { pfad: '/leichte-sprache', seite: lazy(() => import('./seiten/LeichteSprache.tsx')) },
  { pfad: '/quellen', seite: lazy(() => import('./seiten/Quellen.tsx')) },
  { pfad: '/entwicklung/bausteine', seite: lazy(() => import('./seiten/Bausteine.tsx')) },
];

/** Shown for every path no route matches. */
export const NichtGefunden = lazy(() => import('./seiten/NichtGefunden.tsx'));
