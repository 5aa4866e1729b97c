import { useEffect, useState } from 'react';
import { ApiFehler } from '../../../../web/api.ts';
import { texte } from '../../../../web/i18n/de.ts';
import { lade, pruefeSuchtext, pruefungAusAntwort, type Ergebnis, type Filter, type Pruefung } from './suche.ts';

/**
 * Loads the catalogue page for the filters in the address. Like useDaten (cancelled on change, loading and
 * error state, the old result stays visible while loading), but useDaten only GETs one path, and a search
 * asks the matcher (POST) first.
 *
 * `fehler` is an outage (the server could not answer); `pruefung` is a problem of the input (too long a
 * search text, an unknown filter value) that the user can fix – it is never shown as an outage.
 */
export function useErgebnis(filter: Filter, offset: number, schluessel: string, kommune?: string) {
  const [ergebnis, setErgebnis] = useState<Ergebnis | null>(null);
  const [fehler, setFehler] = useState<string | null>(null);
  const [pruefung, setPruefung] = useState<Pruefung | null>(null);
  const [laedt, setLaedt] = useState(false);
  useEffect(() => {
    setFehler(null);
    const vorab = pruefeSuchtext(filter.q);
    setPruefung(vorab);
    if (vorab) {
      setErgebnis(null);
      setLaedt(false);
      return;
    }
    const ac = new AbortController();
    setLaedt(true);
    lade(filter, offset, ac.signal, kommune)
      .then(setErgebnis)
      .catch((e) => {
        if (ac.signal.aborted) return;
        setErgebnis(null);
        if (e instanceof ApiFehler && e.status === 400) setPruefung(pruefungAusAntwort(e.details));
        else setFehler(e instanceof ApiFehler ? e.message : texte.kern.fehlerAllgemein);
      })
      .finally(() => !ac.signal.aborted && setLaedt(false));
    return () => ac.abort();
    // `schluessel` is the address's query string: it stands for `filter` and `offset`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [schluessel, kommune]);
  return { ergebnis, fehler, pruefung, laedt };
}
