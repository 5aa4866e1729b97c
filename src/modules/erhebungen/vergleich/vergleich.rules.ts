/**
 * Statistik für Team-Modus und Peer-Vergleich (k-Anonymität): Bereiche mit je mindestens 5 Beiträgen,
 * Median und eigene Position (rein, ohne Datenbank).
 */
/** Mindestanzahl an Beiträgen (Personen bzw. andere Kommunen), auf der jede gezeigte Zahl beruhen muss. */
export const K_MINDEST = 5;

/** true, wenn mindestens k Beiträge vorliegen – erst dann darf ein Aggregat gezeigt werden. */
export function kAnonym(werte: readonly unknown[], k: number = K_MINDEST): boolean {
  return werte.length >= k;
}

/** Breite der festen Feinklassen (0–10, 10–20, …, 90–100); aus ihnen werden die gezeigten Bereiche zusammengesetzt. */
export const FEIN_BREITE = 10;
export const FEIN_ANZAHL = 100 / FEIN_BREITE;

/** Feinklasse 0–9 eines Werts 0–100 (100 gehört zur obersten Klasse). */
export function feinklasse(score: number): number {
  return Math.max(0, Math.min(FEIN_ANZAHL - 1, Math.floor(score / FEIN_BREITE)));
}

/** Häufigkeit je Feinklasse (Länge FEIN_ANZAHL). */
export function feinHaeufigkeiten(werte: readonly number[]): number[] {
  const h = new Array<number>(FEIN_ANZAHL).fill(0);
  for (const w of werte) if (Number.isFinite(w)) h[feinklasse(w)]++;
  return h;
}

export interface Bereich {
  von: number;
  bis: number;
  anzahl: number;
}

/**
 * Setzt benachbarte Feinklassen von unten nach oben zusammen, bis jeder Bereich mindestens k Beiträge hat;
 * ein Rest unter k geht im Bereich darunter auf. Die Bereiche decken immer die ganze Skala 0–100 ab (so verrät
 * weder der unterste noch der oberste Bereich einen Extremwert). Weniger als k Beiträge insgesamt: keine Bereiche.
 */
export function bereicheMitMindestens(fein: readonly number[], k: number = K_MINDEST): Bereich[] {
  const gesamt = fein.reduce((s, x) => s + x, 0);
  if (gesamt < k) return [];
  const bereiche: Bereich[] = [];
  let von = 0;
  let anzahl = 0;
  fein.forEach((x, i) => {
    anzahl += x;
    if (anzahl >= k) {
      bereiche.push({ von, bis: (i + 1) * FEIN_BREITE, anzahl });
      von = (i + 1) * FEIN_BREITE;
      anzahl = 0;
    }
  });
  const letzter = bereiche[bereiche.length - 1];
  letzter.bis = 100;
  letzter.anzahl += anzahl;
  return bereiche;
}

/** Index des Bereichs, in den ein Wert fällt (der oberste Bereich schließt 100 ein). */
export function bereichIndex(bereiche: readonly Bereich[], score: number): number {
  const i = bereiche.findIndex((b) => score >= b.von && score < b.bis);
  return i === -1 ? bereiche.length - 1 : i;
}

/** Der Bereich, in dem die mittlere Kommune liegt (erster Bereich, bis zu dem die Hälfte erreicht ist). */
export function medianBereich(bereiche: readonly Bereich[]): { von: number; bis: number } | null {
  const n = bereiche.reduce((s, b) => s + b.anzahl, 0);
  let kum = 0;
  const b = bereiche.find((x) => (kum += x.anzahl) >= n / 2);
  return b ? { von: b.von, bis: b.bis } : null;
}

export interface Position {
  von: number;
  bis: number;
  /** Anteile (ganze Prozent) der Vergleichsgruppe in den Bereichen darunter, im eigenen Bereich und darüber. */
  anteilDarunter: number;
  anteilImBereich: number;
  anteilDarueber: number;
}

/** Eigene Position zwischen veröffentlichten Bereichen – folgt allein aus den Bereichen und dem eigenen Wert. */
export function positionIn(bereiche: readonly Bereich[], score: number | null): Position | null {
  if (score === null || bereiche.length === 0) return null;
  const n = bereiche.reduce((s, b) => s + b.anzahl, 0);
  const i = bereichIndex(bereiche, score);
  const summe = (liste: readonly Bereich[]) => liste.reduce((s, b) => s + b.anzahl, 0);
  const anteil = (x: number) => Math.round((x / n) * 100);
  return {
    von: bereiche[i].von,
    bis: bereiche[i].bis,
    anteilDarunter: anteil(summe(bereiche.slice(0, i))),
    anteilImBereich: anteil(bereiche[i].anzahl),
    anteilDarueber: anteil(summe(bereiche.slice(i + 1))),
  };
}

/** Ab diesem Wert (Beginn von Stufe 4) darf eine Kommune mit Einwilligung als Vorreiter erscheinen. */
export function vorreiterSchwelle(stufen: readonly { abMin: number }[]): number {
  return [...stufen].sort((a, b) => a.abMin - b.abMin)[3]?.abMin ?? 60;
}
