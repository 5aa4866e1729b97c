/**
 * The one catalogue of UI strings (German). Modules keep their strings in their own section
 * (`src/modules/<feature>/ui/texte.ts`) and register it here, so every string is found in one place.
 */
import { kern, komponenten } from './kern.texte.ts';
import { seiten } from './seiten.texte.ts';
import { konten } from '../../modules/konten/ui/texte.ts';
import { kommunen } from '../../modules/kommunen/ui/texte.ts';
import { loesungen } from '../../modules/loesungen/ui/texte.ts';
import { bedarfe } from '../../modules/bedarfe/ui/texte.ts';
import { transfer } from '../../modules/transfer/ui/texte.ts';
import { matching } from '../../modules/matching/ui/texte.ts';
import { erhebungen } from '../../modules/erhebungen/ui/texte.ts';

export const texte = {
  kern,
  komponenten,
  seiten,
  konten,
  kommunen,
  loesungen,
  bedarfe,
  transfer,
  matching,
  erhebungen,
} as const;

export type Texte = typeof texte;
