import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

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
  { pfad: '/anmelden', seite: lazy(() => import('./seiten/Anmelden.tsx')) },
  { pfad: '/registrieren', seite: lazy(() => import('./seiten/Registrieren.tsx')) },
];
