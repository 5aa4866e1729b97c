/**
 * The current step of a questionnaire lives in the URL (`?schritt=3`; step 1 without parameter), so a reload keeps
 * the place and Back/Forward move between steps. A fragment `#frage-<id>` moves the focus to that question.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';

export function useSchritt(anzahl: number, ueberschrift: RefObject<HTMLHeadingElement | null>, beimWechsel?: () => void) {
  const [params, setParams] = useSearchParams();
  const ort = useLocation();
  const roh = Number(params.get('schritt') ?? '1');
  const schritt = Number.isInteger(roh) ? Math.max(0, Math.min(anzahl - 1, roh - 1)) : 0;

  const gehe = (n: number) => {
    const neu = new URLSearchParams(params);
    const ziel = Math.max(0, Math.min(anzahl - 1, n));
    if (ziel === 0) neu.delete('schritt');
    else neu.set('schritt', String(ziel + 1));
    setParams(neu);
  };

  const vorher = useRef<{ schritt: number; key: string } | null>(null);
  const wechsel = useRef(beimWechsel);
  wechsel.current = beimWechsel;
  useEffect(() => {
    const erster = vorher.current === null;
    const schrittGewechselt = !erster && vorher.current!.schritt !== schritt;
    vorher.current = { schritt, key: ort.key };
    if (schrittGewechselt) wechsel.current?.();
    const frage = ort.hash.startsWith('#frage-') ? document.getElementById(decodeURIComponent(ort.hash.slice(1))) : null;
    if (frage) {
      const feld = frage.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled])');
      (feld ?? frage).focus();
      frage.scrollIntoView({ block: 'center' });
    } else if (!erster) {
      ueberschrift.current?.focus();
    }
  }, [schritt, ort.key, ort.hash, ueberschrift]);

  return { schritt, gehe };
}
