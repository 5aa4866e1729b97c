/**
 * Reine Regeln der Wirkungsmessung: „Weiter so“-Prognose (Holts lineare Trendglättung) mit 80-%-Band und
 * die Hinweise „Ziel ohne neue Maßnahme kaum erreichbar“, „nur Output gemessen“ und Gegenindikator.
 * Ohne Datenbank; Unit-Tests daneben (prognose.rules.test.ts) rechnen Reihen von Hand nach.
 *
 * Entscheidung 0085: alpha und beta werden je Reihe auf dem Gitter 0,1 … 0,9 (Schritt 0,1) nach der kleinsten
 * Summe der quadrierten Ein-Schritt-Fehler gewählt; bei Gleichstand gewinnt das kleinere alpha, dann das
 * kleinere beta (ruhigere Glättung).
 */

export type Richtung = 'hoch' | 'niedrig';

/** Mindestzahl an Jahreswerten für eine Prognose. */
export const MIN_WERTE_PROGNOSE = 4;
/** z-Wert des zweiseitigen 80-%-Intervalls der Normalverteilung (Quantil 0,9). */
export const Z_80 = 1.2815515655446004;
export const GITTER = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9] as const;

export interface JahresWert {
  jahr: number;
  wert: number;
}

export interface HoltErgebnis {
  alpha: number;
  beta: number;
  /** Letztes Niveau und letzter Trend nach dem letzten beobachteten Jahr. */
  niveau: number;
  trend: number;
  /** Summe der quadrierten Ein-Schritt-Fehler (Jahre 3 … n; Jahr 2 ist durch den Anfangstrend fehlerfrei). */
  sse: number;
  /** Zahl der Fehler in der Summe (n − 2). */
  fehlerZahl: number;
}

export interface PrognosePunkt {
  jahr: number;
  wert: number;
  unten: number;
  oben: number;
}

/**
 * Holts lineare Trendglättung mit festen Parametern. Start: Niveau = y1, Trend = y2 − y1.
 * l_t = α·y_t + (1 − α)(l_{t−1} + b_{t−1}); b_t = β(l_t − l_{t−1}) + (1 − β)·b_{t−1}.
 */
export function holt(reihe: number[], alpha: number, beta: number): HoltErgebnis {
  if (reihe.length < 2) throw new Error('holt: mindestens zwei Werte');
  let niveau = reihe[0]!;
  let trend = reihe[1]! - reihe[0]!;
  let sse = 0;
  let fehlerZahl = 0;
  for (let t = 1; t < reihe.length; t++) {
    const y = reihe[t]!;
    const vorhersage = niveau + trend;
    if (t >= 2) {
      sse += (y - vorhersage) ** 2;
      fehlerZahl++;
    }
    const neuesNiveau = alpha * y + (1 - alpha) * vorhersage;
    trend = beta * (neuesNiveau - niveau) + (1 - beta) * trend;
    niveau = neuesNiveau;
  }
  return { alpha, beta, niveau, trend, sse, fehlerZahl };
}

/** alpha und beta auf dem Gitter nach kleinster SSE (Gleichstand: kleineres alpha, dann kleineres beta). */
export function passeHoltAn(reihe: number[]): HoltErgebnis {
  let bestes: HoltErgebnis | null = null;
  for (const a of GITTER) {
    for (const b of GITTER) {
      const e = holt(reihe, a, b);
      // Toleranz gegen Rundungsrauschen, damit Gleichstände stabil beim ersten Gitterpunkt bleiben.
      if (!bestes || e.sse < bestes.sse - 1e-9 * Math.max(1, bestes.sse)) bestes = e;
    }
  }
  return bestes!;
}

/**
 * Faktor der Varianz des h-Schritt-Fehlers relativ zur Ein-Schritt-Varianz für Holts Verfahren
 * (additiver Fehler, additiver Trend): 1 + (h − 1)·(α² + α·β·h + β²·h·(2h − 1)/6).
 */
export function varianzFaktor(h: number, alpha: number, beta: number): number {
  return 1 + (h - 1) * (alpha ** 2 + alpha * beta * h + (beta ** 2 * h * (2 * h - 1)) / 6);
}

/**
 * Werte je Kalenderjahr: mehrere Werte eines Jahres (z. B. Monatswerte, Stadtteile) werden gemittelt,
 * fehlende Jahre zwischen zwei Werten linear aufgefüllt. Ergebnis aufsteigend und lückenlos.
 */
export function jahresreihe(werte: JahresWert[]): JahresWert[] {
  const summe = new Map<number, { s: number; n: number }>();
  for (const w of werte) {
    const e = summe.get(w.jahr) ?? { s: 0, n: 0 };
    e.s += w.wert;
    e.n += 1;
    summe.set(w.jahr, e);
  }
  const jahre = [...summe.keys()].sort((a, b) => a - b);
  const out: JahresWert[] = [];
  for (let i = 0; i < jahre.length; i++) {
    const j = jahre[i]!;
    const e = summe.get(j)!;
    const wert = e.s / e.n;
    if (i > 0) {
      const vorher = out[out.length - 1]!;
      for (let k = vorher.jahr + 1; k < j; k++) {
        out.push({ jahr: k, wert: vorher.wert + ((wert - vorher.wert) * (k - vorher.jahr)) / (j - vorher.jahr) });
      }
    }
    out.push({ jahr: j, wert });
  }
  return out;
}

export interface Prognose {
  alpha: number;
  beta: number;
  /** Standardabweichung der Ein-Schritt-Fehler (Wurzel aus SSE / (n − 2)). */
  sigma: number;
  punkte: PrognosePunkt[];
}

/**
 * „Weiter so“-Prognose für die Jahre nach dem letzten Wert bis `bisJahr` (mindestens ein Jahr) mit
 * 80-%-Band. null, wenn weniger als MIN_WERTE_PROGNOSE Jahre vorliegen. Ohne `parameter` werden alpha und
 * beta angepasst (passeHoltAn); mit ihnen gerechnet (Tests, Vergleich).
 */
export function prognose(werte: JahresWert[], bisJahr?: number, parameter?: { alpha: number; beta: number }): Prognose | null {
  const reihe = jahresreihe(werte);
  const beobachtet = new Set(werte.map((w) => w.jahr)).size;
  if (beobachtet < MIN_WERTE_PROGNOSE) return null;
  const y = reihe.map((r) => r.wert);
  const fit = parameter ? holt(y, parameter.alpha, parameter.beta) : passeHoltAn(y);
  const sigma = Math.sqrt(fit.sse / fit.fehlerZahl);
  const letztesJahr = reihe[reihe.length - 1]!.jahr;
  const ende = Math.max(letztesJahr + 1, bisJahr ?? letztesJahr + 3);
  const punkte: PrognosePunkt[] = [];
  for (let jahr = letztesJahr + 1; jahr <= ende; jahr++) {
    const h = jahr - letztesJahr;
    const wert = fit.niveau + h * fit.trend;
    const breite = Z_80 * sigma * Math.sqrt(varianzFaktor(h, fit.alpha, fit.beta));
    punkte.push({ jahr, wert, unten: wert - breite, oben: wert + breite });
  }
  return { alpha: fit.alpha, beta: fit.beta, sigma, punkte };
}

/**
 * „Ziel ohne neue Maßnahme kaum erreichbar“: der Zielwert liegt im Zieljahr außerhalb des 80-%-Bands,
 * und zwar auf der besseren Seite (Richtung „hoch“: über dem oberen Rand; „niedrig“: unter dem unteren).
 * Liegt das Ziel unterhalb des Bands in guter Richtung, erreicht der Trend es ohnehin – kein Hinweis.
 * null, wenn es keine Prognose für das Zieljahr gibt.
 */
export function zielKaumErreichbar(p: Prognose | null, ziel: { wert: number; jahr: number }, richtung: Richtung): boolean | null {
  const punkt = p?.punkte.find((x) => x.jahr === ziel.jahr);
  if (!punkt) return null;
  return richtung === 'hoch' ? ziel.wert > punkt.oben : ziel.wert < punkt.unten;
}

/** „Nur Output gemessen“: das Ziel zielt auf Stufe 4 oder höher, aber kein Indikator misst Stufe 4–7. */
export function nurOutputGemessen(zielStufe: number, indikatorStufen: (number | null)[]): boolean {
  if (zielStufe < 4) return false;
  return !indikatorStufen.some((s) => s !== null && s >= 4 && s <= 7);
}

export type Entwicklung = 'besser' | 'schlechter' | 'gleich' | 'unbekannt';

/** Entwicklung vom vorletzten zum letzten Jahreswert, gemessen an der Richtung. */
export function entwicklung(werte: JahresWert[], richtung: Richtung): Entwicklung {
  const reihe = jahresreihe(werte);
  if (reihe.length < 2) return 'unbekannt';
  const d = reihe[reihe.length - 1]!.wert - reihe[reihe.length - 2]!.wert;
  if (Math.abs(d) < 1e-12) return 'gleich';
  const besser = richtung === 'hoch' ? d > 0 : d < 0;
  return besser ? 'besser' : 'schlechter';
}

/**
 * Gegenindikator-Hinweis: einer der beiden verbessert sich, während der andere sich verschlechtert
 * (jeweils in seiner eigenen Richtung) – Warnung, dass die Zahl statt des Problems optimiert wird.
 */
export function gegenindikatorWarnung(a: { werte: JahresWert[]; richtung: Richtung }, b: { werte: JahresWert[]; richtung: Richtung }): boolean {
  const ea = entwicklung(a.werte, a.richtung);
  const eb = entwicklung(b.werte, b.richtung);
  return (ea === 'besser' && eb === 'schlechter') || (ea === 'schlechter' && eb === 'besser');
}

/** Zulässige Jahre: Messwerte von 1950 bis zum laufenden Jahr, Zieljahre bis 2100. */
export const ERSTES_JAHR = 1950;
export const LETZTES_ZIELJAHR = 2100;

export type JahrPruefung = { ok: true } | { ok: false; grund: 'zu_frueh' | 'zukunft' | 'keine_ganzzahl' };

export function pruefeMessjahr(jahr: number, heute: Date = new Date()): JahrPruefung {
  if (!Number.isInteger(jahr)) return { ok: false, grund: 'keine_ganzzahl' };
  if (jahr < ERSTES_JAHR) return { ok: false, grund: 'zu_frueh' };
  if (jahr > heute.getUTCFullYear()) return { ok: false, grund: 'zukunft' };
  return { ok: true };
}

export function pruefeZieljahr(jahr: number): JahrPruefung {
  if (!Number.isInteger(jahr)) return { ok: false, grund: 'keine_ganzzahl' };
  if (jahr < ERSTES_JAHR) return { ok: false, grund: 'zu_frueh' };
  if (jahr > LETZTES_ZIELJAHR) return { ok: false, grund: 'zukunft' };
  return { ok: true };
}

/** Wirkungstreppe (Stufe 1–7). */
export function istTreppenstufe(s: number): boolean {
  return Number.isInteger(s) && s >= 1 && s <= 7;
}
