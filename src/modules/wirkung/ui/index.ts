import type { Seite, WebModul } from '../../../web/modul.ts';
import { zieleSeiten } from './ziele/seiten.ts';
import { indikatorenSeiten } from './indikatoren/seiten.ts';
import { ueberpruefungSeiten } from './ueberpruefung/seiten.ts';
import { prioritaetSeiten } from './prioritaet/seiten.ts';
import { dialogSeiten } from './dialog/seiten.ts';

/** Pages of the parts (one spread each). */
const teilSeiten: Seite[] = [...indikatorenSeiten, ...zieleSeiten, ...ueberpruefungSeiten, ...prioritaetSeiten, ...dialogSeiten];

/** Web face of the module „wirkung“: its pages and what other modules' pages may use. */
export const web: WebModul = {
  name: 'wirkung',
  seiten: [...teilSeiten],
};

export { wirkung as wirkungTexte } from './texte.ts';
