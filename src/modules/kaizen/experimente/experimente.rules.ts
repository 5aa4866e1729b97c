/**
 * Reine Regeln der PDCA-Experimente: Messgrößen und ihre Einheiten, der Stand eines Experiments
 * (Planen → Testen → Auswerten → Entschieden) und die Prüfung des Abschlusses. Ohne Datenbank.
 */

export const MESSGROESSEN = ['durchlaufzeit', 'bearbeitungszeit', 'wartezeit', 'fehlerquote', 'anzahl', 'eigene'] as const;
export type Messgroesse = (typeof MESSGROESSEN)[number];
export const ENTSCHEIDUNGEN = ['standard', 'anpassen', 'beenden'] as const;
export type Entscheidung = (typeof ENTSCHEIDUNGEN)[number];
export const BASELINE_METHODEN = ['stichprobe', 'ereignisprotokoll', 'zaehlung'] as const;
export type BaselineMethode = (typeof BASELINE_METHODEN)[number];

/** Einheit einer Messgröße: fest für die vorgegebenen, frei (Pflicht) für „eigene“. */
export function einheitVon(m: Messgroesse, eigene: string): string {
  switch (m) {
    case 'durchlaufzeit':
    case 'bearbeitungszeit':
    case 'wartezeit':
      return 'Minuten';
    case 'fehlerquote':
      return 'Prozent';
    case 'anzahl':
      return 'Anzahl';
    default:
      return eigene.trim();
  }
}

/** Messgrößen, bei denen weniger besser ist (alle außer „Anzahl“ und eigenen, deren Richtung das Ziel zeigt). */
export function wenigerIstBesser(m: Messgroesse, baseline: number | null, ziel: number | null): boolean {
  if (m === 'anzahl' || m === 'eigene') return baseline !== null && ziel !== null ? ziel < baseline : true;
  return true;
}

export type Stand = 'planen' | 'testen' | 'auswerten' | 'entschieden';

/** Stand: entschieden, sonst nach dem Testzeitraum (heute im Fenster = testen, danach = auswerten). */
export function stand(e: { entscheidung: Entscheidung | null; testVon: string | null; testBis: string | null }, heute: string): Stand {
  if (e.entscheidung) return 'entschieden';
  if (e.testBis && e.testBis < heute) return 'auswerten';
  if (e.testVon && e.testVon <= heute) return 'testen';
  return 'planen';
}

export type AbschlussPruefung = { ok: true } | { ok: false; grund: 'gelernt_fehlt' | 'schon_entschieden' | 'standard_ohne_ergebnis' };

/**
 * Abschluss: „Was haben wir gelernt?“ ist immer Pflicht (auch beim Scheitern); „Standard“ verlangt ein
 * beschriebenes Ergebnis; entschieden wird einmal.
 */
export function pruefeAbschluss(a: { bisher: Entscheidung | null; entscheidung: Entscheidung; gelernt: string; ergebnis: string }): AbschlussPruefung {
  if (a.bisher) return { ok: false, grund: 'schon_entschieden' };
  if (a.gelernt.trim().length === 0) return { ok: false, grund: 'gelernt_fehlt' };
  if (a.entscheidung === 'standard' && a.ergebnis.trim().length === 0) return { ok: false, grund: 'standard_ohne_ergebnis' };
  return { ok: true };
}

/** Gemessene Wirkung in Prozent des Ausgangswerts (negativ = weniger); null ohne beide Werte oder bei Ausgangswert 0. */
export function wirkungProzent(baseline: number | null, ergebnis: number | null): number | null {
  if (baseline === null || ergebnis === null || baseline === 0) return null;
  return Math.round(((ergebnis - baseline) / baseline) * 1000) / 10;
}
