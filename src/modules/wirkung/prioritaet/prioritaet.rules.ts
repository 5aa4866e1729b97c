/**
 * Priorisierungsmatrix (Entscheidung 0088): erwartete Wirkung und Aufwand je 1–5. Ab 3 gilt die Wirkung als
 * hoch, ab 4 der Aufwand als hoch. Reihenfolge: hohe Wirkung vor niedriger, dann geringer Aufwand zuerst.
 */
export type Feld = 'zuerst' | 'planen' | 'nebenbei' | 'hinterfragen' | 'offen';

export function feld(wirkung: number | null, aufwand: number | null): Feld {
  if (wirkung === null || aufwand === null) return 'offen';
  const hoch = wirkung >= 3;
  const teuer = aufwand >= 4;
  if (hoch) return teuer ? 'planen' : 'zuerst';
  return teuer ? 'hinterfragen' : 'nebenbei';
}

export function reihenfolge<T extends { wirkungErwartet: number | null; aufwand: number | null; titel: string }>(ms: T[]): T[] {
  const w = (m: T) => m.wirkungErwartet ?? -1;
  const a = (m: T) => m.aufwand ?? 99;
  return [...ms].sort((x, y) => w(y) - w(x) || a(x) - a(y) || x.titel.localeCompare(y.titel, 'de'));
}
