import { lazy } from 'react';
import type { WebModul } from '../../../web/modul.ts';

export { betriebTexte } from './texte.ts';
export { KommuneDaten } from './KommuneDaten.tsx';
export { MeineDaten } from './MeineDaten.tsx';

/** Web face of the module „betrieb“: the confirmation after deleting one's account; the sections of the account page are exported above. */
export const web: WebModul = {
  name: 'betrieb',
  seiten: [{ pfad: '/konto-geloescht', seite: lazy(() => import('./KontoGeloescht.tsx')) }],
};
