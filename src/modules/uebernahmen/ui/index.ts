import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';
import { uebernahmen } from './texte.ts';
import { kohortenTexte } from './texte-kohorten.ts';

/** Web face of the module „uebernahmen“: its pages and what other modules' pages may use. */
export const web: WebModul = {
  name: 'uebernahmen',
  seiten: [
    { pfad: '/uebernahmen', seite: lazy(() => import('./Uebernahmen.tsx')), nav: uebernahmen.nav, navPosition: 55, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/uebernahmen/:id', seite: lazy(() => import('./UebernahmeDetail.tsx')), zugang: 'angemeldet' },
    { pfad: '/loesungen/:id/fragen', seite: lazy(() => import('./community/Fragen.tsx')), zugang: 'angemeldet' },
    { pfad: '/fragen/:id', seite: lazy(() => import('./community/Frage.tsx')), zugang: 'angemeldet' },
    { pfad: '/kohorten', seite: lazy(() => import('./kohorten/Kohorten.tsx')), nav: kohortenTexte.nav, navPosition: 55.5, navFuer: 'angemeldet', zugang: 'angemeldet' },
    { pfad: '/kohorten/verbund', seite: lazy(() => import('./kohorten/VerbundOeffnen.tsx')), zugang: 'angemeldet' },
    { pfad: '/kohorten/neu', seite: lazy(() => import('./kohorten/KohorteBilden.tsx')), zugang: 'angemeldet' },
    { pfad: '/kohorten/:id', seite: lazy(() => import('./kohorten/Kohorte.tsx')), zugang: 'angemeldet' },
  ],
};

export { uebernahmen as uebernahmenTexte } from './texte.ts';
/** „Diese Lösung übernehmen“ for the pages of solutions, needs and self-check gaps. */
export { StartKnopf as UebernahmeStarten } from './StartKnopf.tsx';
/** The public figures of a solution's use (sentence and table per Größenklasse). */
export { NutzungAbschnitt as UebernahmeNutzung } from './NutzungAbschnitt.tsx';
/** Link to the questions and answers on a solution (community per solution). */
export { CommunityLink } from './community/CommunityLink.tsx';
/** „Eine Kohorte für diese Lösung bilden“ (Transferstelle) for the solution page. */
export { KohorteBildenLink } from './kohorten/KohorteBildenLink.tsx';
/** „Checkliste je Phase (Vorlage)“ for members of the solution's origin Kommune. */
export { VorlagePflege } from './VorlagePflege.tsx';
export { VoraussetzungenPflege } from './VoraussetzungenPflege.tsx';
