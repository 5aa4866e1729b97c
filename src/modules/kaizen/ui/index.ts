import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { experimenteTexte, ideenTexte } from './texte-ideen.ts';
import { prozesseTexte } from './texte-prozesse.ts';
import { lernlogTexte, wirkungTexte } from './texte-lernlog.ts';

/** Web face of the module „kaizen“: its pages and what other modules' pages may use. */
export const web: WebModul = {
  name: 'kaizen',
  seiten: [
    { pfad: '/kaizen/ideen', seite: lazy(() => import('./IdeenBoard.tsx')), nav: ideenTexte.navIdeen, navPosition: 75, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kaizen/ideen/:id', seite: lazy(() => import('./IdeeDetail.tsx')), zugang: 'angemeldet' },
    { pfad: '/kaizen/engpaesse', seite: lazy(() => import('./Engpaesse.tsx')), zugang: 'angemeldet' },
    { pfad: '/kaizen/experimente', seite: lazy(() => import('./Experimente.tsx')), nav: experimenteTexte.nav, navPosition: 77, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kaizen/experimente/neu', seite: lazy(() => import('./Experimente.tsx')), zugang: 'angemeldet' },
    { pfad: '/kaizen/experimente/:id', seite: lazy(() => import('./ExperimentDetail.tsx')), zugang: 'angemeldet' },
    { pfad: '/kaizen/lernlog', seite: lazy(() => import('./Lernlog.tsx')), nav: lernlogTexte.nav, navPosition: 78, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kaizen/wirkung', seite: lazy(() => import('./Wirkung.tsx')), nav: wirkungTexte.nav, navPosition: 79, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kaizen/personalrat', seite: lazy(() => import('./Personalrat.tsx')), zugang: 'angemeldet' },
    { pfad: '/kaizen/prozesse', seite: lazy(() => import('./prozesse/ProzessListe.tsx')), nav: prozesseTexte.nav, navPosition: 76, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kaizen/prozesse/:id', seite: lazy(() => import('./prozesse/ProzessDetail.tsx')), zugang: 'angemeldet' },
  ],
};

export { kaizen as kaizenTexte } from './texte.ts';
/** Lernaktivität neben „Lernerfolg“ auf der Ergebnisseite der Selbsteinschätzung (Modul erhebungen). */
export { LernAktivitaet } from './LernAktivitaet.tsx';
/** „Bei uns testen“ auf der Seite einer veröffentlichten Lösung, die aus einem Experiment entstanden ist (Modul loesungen). */
export { LoesungTesten as KaizenLoesungTesten } from './experimente/LoesungTesten.tsx';
