/**
 * The catalogue of the app shell's UI strings (German): frame, shared components, static pages.
 * Each module keeps its strings in `src/modules/<modul>/ui/texte.ts` and uses them directly; other
 * modules reach them only through that module's web face (`ui/index.ts`). See docs/decisions/0050.
 */
import { kern, komponenten } from './kern.texte.ts';
import { seiten } from './seiten.texte.ts';

export const texte = {
  kern,
  komponenten,
  seiten,
} as const;

export type Texte = typeof texte;
