import { useCallback, useEffect, useState } from 'react';
import { api, ApiFehler } from '../api.ts';
import { texte } from '../i18n/de.ts';

export interface Daten<T> {
  /** The answer, or null while loading / after an error. */
  daten: T | null;
  /** German message of the last error (from the API's error shape), or null. */
  fehler: string | null;
  /** The error code of the API (e.g. `auth.nicht_angemeldet`), to react to it. */
  fehlerCode: string | null;
  /** The error's `details` (e.g. counts that explain a 409), empty without error. */
  fehlerDetails: unknown[];
  laedt: boolean;
  /** Loads again (e.g. after a change); keeps the old data visible meanwhile. */
  neuLaden: () => void;
}

/**
 * The one way a page loads data: GET `pfad` (null = do not load yet), cancelled when the path changes or
 * the page goes away, with loading and error state. Replaces the hand-written useEffect/fetch/setFehler
 * pattern of the pages.
 */
export function useDaten<T>(pfad: string | null): Daten<T> {
  const [daten, setDaten] = useState<T | null>(null);
  const [fehler, setFehler] = useState<{ text: string; code: string | null; details: unknown[] } | null>(null);
  const [laedt, setLaedt] = useState(pfad !== null);
  const [runde, setRunde] = useState(0);
  useEffect(() => {
    if (pfad === null) return;
    const ac = new AbortController();
    setLaedt(true);
    api<T>(pfad, { signal: ac.signal })
      .then((d) => {
        setDaten(d);
        setFehler(null);
      })
      .catch((e) => {
        if (ac.signal.aborted) return;
        setDaten(null);
        setFehler(e instanceof ApiFehler ? { text: e.message, code: e.code, details: e.details } : { text: texte.kern.fehlerAllgemein, code: null, details: [] });
      })
      .finally(() => !ac.signal.aborted && setLaedt(false));
    return () => ac.abort();
  }, [pfad, runde]);
  const neuLaden = useCallback(() => setRunde((r) => r + 1), []);
  return { daten, fehler: fehler?.text ?? null, fehlerCode: fehler?.code ?? null, fehlerDetails: fehler?.details ?? [], laedt, neuLaden };
}
