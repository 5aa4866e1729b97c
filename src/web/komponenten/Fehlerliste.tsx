import { useEffect, useRef } from 'react';
import { komponenten as t } from '../i18n/kern.texte.ts';
import { Alert } from './Alert.tsx';

export interface Feldfehler {
  /** id of the form field (the link moves focus there). */
  feldId: string;
  text: string;
}

/**
 * Error summary above a form (the pattern public-sector forms use): lists every invalid field as a link to it.
 * Receives focus when it appears after a submit, so keyboard and screen-reader users land on it.
 */
export function Fehlerliste({ fehler, titel = t.fehlerlisteTitel, version }: { fehler: Feldfehler[]; titel?: string; version?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fehler.length) ref.current?.focus();
    // `version` changes on every submit, so focus moves again after a second failed attempt.
  }, [fehler.length, version]);
  if (!fehler.length) return null;
  return (
    <Alert typ="danger" titel={titel} ref={ref} fokussierbar ansage="keine">
      <p className="kern-body">{t.fehlerlisteEinleitung(fehler.length)}</p>
      <ul className="kern-list">
        {fehler.map((f) => (
          <li key={f.feldId}>
            <a
              className="kern-link"
              href={`#${f.feldId}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(f.feldId)?.focus();
              }}
            >
              {f.text}
            </a>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
