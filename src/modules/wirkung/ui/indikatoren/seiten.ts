import { lazy } from 'react';
import type { Seite } from '../../../../web/modul.ts';
import { wirkung } from '../texte.ts';

/** Pages of the part „Indikatoren“: a Kommune's indicator page (public) and the entry for one's own Kommune. */
export const indikatorenSeiten: Seite[] = [
  { pfad: '/kommunen/:key/indikatoren', seite: lazy(() => import('./IndikatorenSeite.tsx')) },
  { pfad: '/indikatoren', seite: lazy(() => import('./EigeneIndikatoren.tsx')), nav: wirkung.indikatoren.nav, navPosition: 15, navFuer: 'angemeldet', zugang: 'angemeldet' },
];
