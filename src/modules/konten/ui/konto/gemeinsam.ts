import { useEffect, useRef } from 'react';
import { konten as kontenTexte } from '../texte.ts';

export const t = kontenTexte;
export const k = t.konto;
export const datum = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
export const rolleText = (r: string) => k.rolleText[r] ?? r;

/** Calls `neuLaden` whenever `stand` changes after the first render (a change elsewhere on the page). */
export function useNeuLadenBei(stand: number, neuLaden: () => void) {
  const vorher = useRef(stand);
  const aufruf = useRef(neuLaden);
  aufruf.current = neuLaden;
  useEffect(() => {
    if (stand === vorher.current) return;
    vorher.current = stand;
    aufruf.current();
  }, [stand]);
}
