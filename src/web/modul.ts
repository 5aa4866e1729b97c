import type { ComponentType, LazyExoticComponent } from 'react';

/** One page of a module: its path, the lazily loaded component and, optionally, a navigation entry. */
export interface Seite {
  pfad: string;
  seite: LazyExoticComponent<ComponentType>;
  /** Label in the main navigation. */
  nav?: string;
  /** Position in the main navigation (ascending; pages of all modules are sorted by it). */
  navPosition?: number;
  /** Only shown in the navigation for signed-in users / for these platform roles. */
  navFuer?: 'angemeldet' | string[];
  /**
   * Who may open the page: signed in, or one of these platform roles. The shell then shows a clear
   * message (with a sign-in link that returns here, or the role the page is for) instead of the page.
   */
  zugang?: Zugang;
}

export type Zugang = 'angemeldet' | readonly string[];

/**
 * The web face of a module: `src/modules/<modul>/ui/index.ts` exports `web: WebModul`. The app shell
 * (src/web/routen.tsx) finds every module's web face by its folder, so adding a module's pages needs no
 * line outside the module. Texts stay in the module (`ui/texte.ts`).
 */
export interface WebModul {
  name: string;
  seiten: Seite[];
}
