import { useEffect, type ReactNode } from 'react';
import { kern } from '../i18n/kern.texte.ts';

/** Sets the browser tab title ("Titel – Lotse"); screen readers announce it on page changes. */
export function useDokumentTitel(titel: string) {
  useEffect(() => {
    document.title = titel ? `${titel} – ${kern.titelZusatz}` : kern.titelZusatz;
  }, [titel]);
}

interface SeitentitelProps {
  /** Text of the page's only h1; also used for the document title. */
  titel: string;
  /** Optional different document title (e.g. with search term). */
  dokumentTitel?: string;
  /** Small line above the heading (KERN "Preline"), e.g. the page category. */
  vorzeile?: string;
  /** Introductory paragraph below the heading. */
  einleitung?: ReactNode;
}

/** The page heading: exactly one h1 per page, plus document.title. */
export function Seitentitel({ titel, dokumentTitel, vorzeile, einleitung }: SeitentitelProps) {
  useDokumentTitel(dokumentTitel ?? titel);
  return (
    <div className="lotse-seitentitel">
      {vorzeile ? (
        <hgroup className="kern-hgroup">
          <p className="kern-preline">{vorzeile}</p>
          <h1 className="kern-heading-large">{titel}</h1>
        </hgroup>
      ) : (
        <h1 className="kern-heading-large">{titel}</h1>
      )}
      {einleitung ? <p className="kern-body kern-body--large lotse-einleitung">{einleitung}</p> : null}
    </div>
  );
}
