/**
 * Frische eigener Indikatoren: wann ein neuer Wert fällig ist. Stichtag eines Werts ist sein Datum oder, ohne
 * Datum, der 31.12. seines Jahres; fällig ist der nächste Wert einen Rhythmus nach dem letzten Stichtag plus
 * drei Monate Vorlauf für die Datenbeschaffung (Entscheidung 0087). Ohne Wert zählt der Tag der Anlage.
 */
import type { Rhythmus } from './messung.table.ts';

export const MONATE: Record<Rhythmus, number> = { monatlich: 1, quartalsweise: 3, halbjaehrlich: 6, jaehrlich: 12 };
export const VORLAUF_MONATE = 3;

function plusMonate(iso: string, monate: number): string {
  const [j, m, t] = iso.split('-').map(Number) as [number, number, number];
  const ziel = new Date(Date.UTC(j, m - 1 + monate, 1));
  const letzter = new Date(Date.UTC(ziel.getUTCFullYear(), ziel.getUTCMonth() + 1, 0)).getUTCDate();
  ziel.setUTCDate(Math.min(t, letzter));
  return ziel.toISOString().slice(0, 10);
}

export function stichtag(w: { jahr: number; datum: string | null }): string {
  return w.datum ?? `${w.jahr}-12-31`;
}

/** Datum (JJJJ-MM-TT), ab dem der nächste Wert überfällig ist. */
export function naechsterWertFaellig(letzterStichtag: string | null, angelegtAm: string, rhythmus: Rhythmus): string {
  if (!letzterStichtag) return plusMonate(angelegtAm, MONATE[rhythmus]);
  return plusMonate(letzterStichtag, MONATE[rhythmus] + VORLAUF_MONATE);
}

export function istUeberfaellig(faellig: string, heute: string): boolean {
  return heute > faellig;
}

/** Anteil aktueller Indikatoren je Organisationseinheit (nie je Person). */
export function frischeJeEinheit(indikatoren: { verantwortlich: string; ueberfaellig: boolean }[]): { einheit: string; gesamt: number; aktuell: number; anteil: number }[] {
  const m = new Map<string, { gesamt: number; aktuell: number }>();
  for (const i of indikatoren) {
    const e = m.get(i.verantwortlich) ?? { gesamt: 0, aktuell: 0 };
    e.gesamt++;
    if (!i.ueberfaellig) e.aktuell++;
    m.set(i.verantwortlich, e);
  }
  return [...m.entries()].map(([einheit, e]) => ({ einheit, ...e, anteil: e.aktuell / e.gesamt })).sort((a, b) => a.einheit.localeCompare(b.einheit, 'de'));
}
