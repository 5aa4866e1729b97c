/**
 * Regeln des Stop-Doing-Reviews (Entscheidung 0088): jährlicher Zyklus, Erinnerung vier Wochen vorher,
 * Nachweis als höchste Stufe der Wirkungstreppe unter den Indikatoren der bedienten Ziele, Trend aus der
 * Entwicklung dieser Indikatoren, frei gewordenes Budget aus beendeten Maßnahmen.
 */
import type { Entwicklung } from '../messung/prognose.rules.ts';
import type { Entscheidung } from './ueberpruefung.table.ts';

export const ZYKLUS_MONATE = 12;
export const VORLAUF_TAGE = 28;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Gültiges Kalenderdatum YYYY-MM-DD (kein 31. Februar). */
export function istDatum(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && iso(d) === s;
}

/** Ein Jahr später; der 29. Februar wird im Folgejahr zum 28. Februar. */
export function einJahrSpaeter(datum: string): string {
  const [j, m, t] = datum.split('-').map(Number) as [number, number, number];
  const letzter = new Date(Date.UTC(j + 1, m, 0)).getUTCDate();
  return iso(new Date(Date.UTC(j + 1, m - 1, Math.min(t, letzter))));
}

/** Nächste Prüfung nach einer Entscheidung: beendete Maßnahmen werden nicht mehr geprüft. */
export function naechstePruefung(entscheidung: Entscheidung, datum: string): string | null {
  return entscheidung === 'beenden' ? null : einJahrSpaeter(datum);
}

/** Wann ist die Maßnahme zu prüfen? Ohne gesetzten Termin ein Jahr nach dem Anlegen. */
export function pruefungAm(naechste: string | null, angelegt: string): string {
  return naechste ?? einJahrSpaeter(angelegt);
}

/** Steht die Prüfung an (Termin erreicht oder innerhalb des Vorlaufs)? */
export function stehtAn(am: string, heute: string, vorlaufTage = VORLAUF_TAGE): boolean {
  const grenze = new Date(`${heute}T00:00:00Z`);
  grenze.setUTCDate(grenze.getUTCDate() + vorlaufTage);
  return am <= iso(grenze);
}

/** Höchste gemessene Stufe der Wirkungstreppe (1–7) oder null, wenn kein Indikator eine Stufe trägt. */
export function nachweisStufe(stufen: (number | null)[]): number | null {
  const s = stufen.filter((x): x is number => x !== null);
  return s.length ? Math.max(...s) : null;
}

export type Trend = 'besser' | 'schlechter' | 'gemischt' | 'gleich' | 'unbekannt';

/** Zusammenfassung der Entwicklungen: nur besser → besser, nur schlechter → schlechter, beides → gemischt. */
export function trend(entwicklungen: Entwicklung[]): Trend {
  const bekannt = entwicklungen.filter((e) => e !== 'unbekannt');
  if (!bekannt.length) return 'unbekannt';
  const besser = bekannt.includes('besser');
  const schlechter = bekannt.includes('schlechter');
  if (besser && schlechter) return 'gemischt';
  if (besser) return 'besser';
  if (schlechter) return 'schlechter';
  return 'gleich';
}

/** Budget beendeter Maßnahmen (Euro je Jahr), auf Cent gerundet. */
export function freiesBudget(massnahmen: { status: 'aktiv' | 'beendet'; budget: number | null }[]): number {
  const summe = massnahmen.filter((m) => m.status === 'beendet').reduce((a, m) => a + (m.budget ?? 0), 0);
  return Math.round(summe * 100) / 100;
}
