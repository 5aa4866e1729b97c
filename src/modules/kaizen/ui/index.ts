import type { WebModul } from '../../../web/modul.ts';

/** Web face of the module „kaizen“: its pages and what other modules' pages may use. */
export const web: WebModul = {
  name: 'kaizen',
  seiten: [],
};

export { kaizen as kaizenTexte } from './texte.ts';
