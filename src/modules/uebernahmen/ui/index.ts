import type { WebModul } from '../../../web/modul.ts';

/** Web face of the module „uebernahmen“: its pages and what other modules' pages may use. */
export const web: WebModul = {
  name: 'uebernahmen',
  seiten: [],
};

export { uebernahmen as uebernahmenTexte } from './texte.ts';
