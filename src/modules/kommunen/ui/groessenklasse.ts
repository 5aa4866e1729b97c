import { texte } from '../../../web/i18n/de.ts';

const g = texte.kommunen.groessenklassen;

/** Kreise use table 2 of the study (classes 1–3); Städte, Gemeinden and kreisfreie Städte table 1 (classes 1–7). */
export const istKreis = (typ: string) => typ === 'Landkreis' || typ === 'Kreis';

export function groessenklasseSpanne(typ: string, klasse: number | null | undefined): string | null {
  if (klasse === null || klasse === undefined) return null;
  return (istKreis(typ) ? g.kreise : g.gemeinden)[klasse] ?? null;
}

/** "Größenklasse 3 (Städte und Gemeinden mit 100.000 bis 200.000 Einwohner)" */
export function groessenklasseLang(typ: string, klasse: number | null | undefined): string {
  const spanne = groessenklasseSpanne(typ, klasse);
  if (!spanne || klasse == null) return g.keineLang;
  return g.lang(klasse, spanne, istKreis(typ));
}
