import { kommunen as kommunenTexte } from './texte.ts';
import { groessenklasseArt, groessenklasseSpanne as spanneNachArt, GROESSENKLASSEN } from '../groessenklassen.ts';
import type { KommuneTyp } from '../kommunen.table.ts';

const g = kommunenTexte.groessenklassen;

/** Kreise use table 2 of the study (classes 1–3); Städte, Gemeinden and kreisfreie Städte table 1 (classes 1–7). */
export const istKreis = (typ: string) => typ === 'Landkreis' || typ === 'Kreis';

/** The classes of one table as [klasse, spanne] (labels from the one definition in groessenklassen.ts). */
export function groessenklassenListe(kreis: boolean): [number, string][] {
  return GROESSENKLASSEN[kreis ? 'kreis' : 'gemeinde'].map((k) => [k.klasse, k.spanne]);
}

export function groessenklasseSpanne(typ: string, klasse: number | null | undefined): string | null {
  if (klasse === null || klasse === undefined) return null;
  const art = istKreis(typ) ? 'kreis' : groessenklasseArt(typ as KommuneTyp);
  return art ? spanneNachArt(art, klasse) : null;
}

/** "Größenklasse 3 (Städte und Gemeinden mit 100.000 bis unter 200.000 Einwohnern)" */
export function groessenklasseLang(typ: string, klasse: number | null | undefined): string {
  const spanne = groessenklasseSpanne(typ, klasse);
  if (!spanne || klasse == null) return g.keineLang;
  return g.lang(klasse, spanne, istKreis(typ));
}
