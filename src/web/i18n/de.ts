/**
 * The one catalogue of UI strings (German). Modules keep their strings in their own section
 * (`src/modules/<feature>/ui/texte.ts`) and register it here, so every string is found in one place.
 */
import { kern } from './kern.texte.ts';

export const texte = {
  kern,
} as const;

export type Texte = typeof texte;
