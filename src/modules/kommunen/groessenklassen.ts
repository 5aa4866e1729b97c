import type { KommuneTyp } from './kommunen.table.ts';

/**
 * The one definition of the Größenklassen (ÖFIT/KGSt study "Digitale Kommune", 2019, section
 * Teilnahmestruktur): bounds and labels. Server, SQL and UI take them from here; tests pin the labels.
 * Pure TypeScript without imports at run time, so the web app can use it too.
 *
 * Tabelle 1 (Städte und Gemeinden, classes 1–7) and Tabelle 2 (Kreise, classes 1–3). The study names each
 * bound twice ("200.000 bis 400.000" and "100.000 bis 200.000"); decided in
 * docs/decisions/0002-groessenklassen-grenzen.md: the lower bound belongs to the class, "mehr als" is strict.
 * So 400.000 → 2, 400.001 → 1; 200.000 → 2; 10.000 → 6; 9.999 → 7. Kreise: 250.000 → 2, 250.001 → 1,
 * 150.000 → 2, 149.999 → 3. The labels say "bis unter" where the upper bound belongs to the next class.
 */
export type GroessenklasseArt = 'gemeinde' | 'kreis';

interface Klasse {
  klasse: number;
  abEinwohner: number;
  spanne: string;
}

export const GROESSENKLASSEN: Record<GroessenklasseArt, readonly Klasse[]> = {
  gemeinde: [
    { klasse: 1, abEinwohner: 400_001, spanne: 'mehr als 400.000' },
    { klasse: 2, abEinwohner: 200_000, spanne: '200.000 bis 400.000' },
    { klasse: 3, abEinwohner: 100_000, spanne: '100.000 bis unter 200.000' },
    { klasse: 4, abEinwohner: 50_000, spanne: '50.000 bis unter 100.000' },
    { klasse: 5, abEinwohner: 25_000, spanne: '25.000 bis unter 50.000' },
    { klasse: 6, abEinwohner: 10_000, spanne: '10.000 bis unter 25.000' },
    { klasse: 7, abEinwohner: 0, spanne: 'weniger als 10.000' },
  ],
  kreis: [
    { klasse: 1, abEinwohner: 250_001, spanne: 'mehr als 250.000' },
    { klasse: 2, abEinwohner: 150_000, spanne: '150.000 bis 250.000' },
    { klasse: 3, abEinwohner: 0, spanne: 'weniger als 150.000' },
  ],
};

/** Who the classes of a table are for, as a plural noun. */
export const ART_NAME: Record<GroessenklasseArt, string> = { gemeinde: 'Städte und Gemeinden', kreis: 'Kreise' };

/** Which table applies to a type of Kommune ('land' for Länder, which have no class). */
export const ART_NACH_TYP: Record<KommuneTyp, GroessenklasseArt | 'land'> = {
  Gemeinde: 'gemeinde',
  Stadt: 'gemeinde',
  'kreisfreie Stadt': 'gemeinde',
  // Berlin and Hamburg are Land, Kreis and Gemeinde in one row and count as cities; Land Bremen has
  // no class (see groessenklasseArt).
  Stadtstaat: 'gemeinde',
  Landkreis: 'kreis',
  Land: 'land',
};

export function groessenklasse(art: GroessenklasseArt, einwohner: number): number {
  if (!Number.isInteger(einwohner) || einwohner < 0) throw new RangeError(`Ungültige Einwohnerzahl: ${einwohner}`);
  const tabelle = GROESSENKLASSEN[art];
  return (tabelle.find((k) => einwohner >= k.abEinwohner) ?? tabelle[tabelle.length - 1]).klasse;
}

/** Which table of the study applies to a type; Länder (and the Land row of Bremen) have no class. */
export function groessenklasseArt(typ: KommuneTyp, istLand = false): GroessenklasseArt | null {
  const art = ART_NACH_TYP[typ];
  if (art === 'land' || (typ === 'Stadtstaat' && istLand)) return null;
  return art;
}

/** "50.000 bis unter 100.000" – or null for a class the table does not have. */
export function groessenklasseSpanne(art: GroessenklasseArt, klasse: number | null | undefined): string | null {
  if (klasse == null) return null;
  return GROESSENKLASSEN[art].find((k) => k.klasse === klasse)?.spanne ?? null;
}

/** "50.000 bis unter 100.000 Einwohner" (throws for a class the table does not have). */
export function groessenklasseText(art: GroessenklasseArt, klasse: number): string {
  const spanne = groessenklasseSpanne(art, klasse);
  if (!spanne) throw new RangeError(`Ungültige Größenklasse: ${klasse}`);
  return `${spanne} Einwohner`;
}

/** "Städte und Gemeinden mit 50.000 bis unter 100.000 Einwohnern" (throws for an unknown class). */
export function groessenklasseName(art: GroessenklasseArt, klasse: number): string {
  const spanne = groessenklasseSpanne(art, klasse);
  if (!spanne) throw new RangeError(`Ungültige Größenklasse: ${klasse}`);
  return `${ART_NAME[art]} mit ${spanne} Einwohnern`;
}
