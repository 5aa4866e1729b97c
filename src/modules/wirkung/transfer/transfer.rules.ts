/**
 * Rückmeldung eines Transferprojekts aus seinen Wirkungszielen (Entscheidung 0152): je Indikator die Veränderung
 * vom ersten Jahreswert ab Projektbeginn (sonst dem letzten davor) bis zum jüngsten; erreichte Stufe ist die höchste
 * Stufe der Wirkungstreppe unter den Indikatoren, die sich in ihrer Richtung verbessert haben.
 */
import { jahresreihe, type JahresWert, type Richtung } from '../messung/prognose.rules.ts';

export interface IndikatorVeraenderung { von: JahresWert | null; bis: JahresWert | null; aenderung: number | null; entwicklung: 'besser' | 'schlechter' | 'gleich' | 'unbekannt' }

export function veraenderung(werte: JahresWert[], richtung: Richtung, abJahr: number | null): IndikatorVeraenderung {
  const reihe = jahresreihe(werte);
  if (!reihe.length) return { von: null, bis: null, aenderung: null, entwicklung: 'unbekannt' };
  const bis = reihe[reihe.length - 1]!;
  const vorher = abJahr === null ? [] : reihe.filter((w) => w.jahr <= abJahr);
  const von = vorher.length ? vorher[vorher.length - 1]! : reihe[0]!;
  if (von.jahr === bis.jahr) return { von, bis, aenderung: null, entwicklung: 'unbekannt' };
  const d = bis.wert - von.wert;
  const entwicklung = Math.abs(d) < 1e-12 ? 'gleich' : (richtung === 'hoch' ? d > 0 : d < 0) ? 'besser' : 'schlechter';
  return { von, bis, aenderung: Math.round(d * 1e6) / 1e6, entwicklung };
}

export function erreichteStufe(indikatoren: { stufe: number | null; entwicklung: string }[]): number | null {
  const s = indikatoren.filter((i) => i.entwicklung === 'besser' && i.stufe !== null).map((i) => i.stufe!);
  return s.length ? Math.max(...s) : null;
}
