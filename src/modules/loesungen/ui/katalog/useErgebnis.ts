import { useEffect, useState } from 'react';
import { ApiFehler } from '../../../../web/api.ts';
import { texte } from '../../../../web/i18n/de.ts';
import { lade, type Ergebnis, type Filter } from './suche.ts';

/**
 * Loads the catalogue page for the filters in the address. Like useDaten (cancelled on change, loading and
 * error state, the old result stays visible while loading), but useDaten only GETs one path, and a search
 * asks the matcher (POST) first.
 */
export function useErgebnis(filter: Filter, offset: number, schluessel: string, kommune?: string) {
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [laedt, setLaedt] = useState(false);
  useEffect(() => {
    const ac = new AbortController();
    setLaedt(true);
    setFehler(null);
    lade(filter, offset, ac.signal, kommune)
      .then(setErgebnis)
      .catch((e) => {
        if (ac.signal.aborted) return;
        setErgebnis(null);
        setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
      })
      .finally(() => !ac.signal.aborted && setLaedt(false));
    return () => ac.abort();
    // `schluessel` is the address's query string: it stands for `filter` and `offset`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schluessel, kommune]);
  return { ergebnis, fehler, laedt };
}
