import { lazy } from 'react';
import type { Seite, WebModul } from './modul.ts';
import { mitteilungen } from './i18n/mitteilungen.texte.ts';

export type { Seite as Route } from './modul.ts';

/**
 * Pages of the app: the shell's own pages plus every module's pages from its web face
 * (`src/modules/<modul>/ui/index.ts`, found by folder — adding a module needs no line here).
 */
const eigene: Seite[] = [
  { pfad: '/', seite: lazy(() => import('./seiten/Start.tsx')) },
  { pfad: '/impressum', seite: lazy(() => import('./seiten/Impressum.tsx')) },
  { pfad: '/datenschutz', seite: lazy(() => import('./seiten/Datenschutz.tsx')) },
  { pfad: '/barrierefreiheit', seite: lazy(() => import('./seiten/Barrierefreiheit.tsx')) },
  { pfad: '/leichte-sprache', seite: lazy(() => import('./seiten/LeichteSprache.tsx')) },
  { pfad: '/quellen', seite: lazy(() => import('./seiten/Quellen.tsx')) },
  { pfad: '/entwicklung/bausteine', seite: lazy(() => import('./seiten/Bausteine.tsx')) },
  { pfad: '/anstehend', seite: lazy(() => import('./seiten/Anstehend.tsx')), nav: mitteilungen.anstehend.nav, navPosition: 45, navFuer: 'angemeldet', zugang: 'angemeldet' },
  { pfad: '/postausgang', seite: lazy(() => import('./seiten/Postausgang.tsx')), nav: mitteilungen.postausgang.nav, navPosition: 95, navFuer: ['plattform-admin'], zugang: ['plattform-admin'] },
];

const gesichter = import.meta.glob<{ web: WebModul }>('../modules/*/ui/index.ts', { eager: true });

export const webModule: WebModul[] = Object.values(gesichter).map((g) => g.web);

export const routen: Seite[] = [...eigene, ...webModule.flatMap((m) => m.seiten)];

/** Navigation entries of all modules, in their declared order. */
export const navigation: Seite[] = routen.filter((r) => r.nav).sort((a, b) => (a.navPosition ?? 0) - (b.navPosition ?? 0));

/** Shown for every path no route matches. */
export const NichtGefunden = lazy(() => import('./seiten/NichtGefunden.tsx'));
