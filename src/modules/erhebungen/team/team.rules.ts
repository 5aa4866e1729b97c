/**
 * Team-Auswertung (rein, ohne Datenbank): Mittelwerte und Verteilungen erst ab 5 Antworten, Rollenmittel nur ohne
 * kleine Zellen (Entscheidung 0043).
 */
import type { Antworten, Fragebogen } from '../frageboegen/fragebogen.schemas.ts';
import { alleItems } from '../frageboegen/frageboegen.rules.ts';
import { bewerte, rund1, stufeFuer, type Ergebnis } from '../runden/runden.rules.ts';
import type { Rollengruppe } from '../erhebungen.table.ts';
import { K_MINDEST, bereicheMitMindestens, feinHaeufigkeiten, kAnonym, type Bereich } from '../vergleich/vergleich.rules.ts';

export interface Antwortsatz {
  /** Laufende Nummer oder anonyme Kennung – nie ein Name. */
  kennung?: string;
  antworten: Antworten;
}

export interface TeamDimension {
  id: string;
  titel: string;
  /** Zahl der Personen mit einem Wert in diesem Bereich. */
  anzahl: number;
  /** Mittelwert aller Personen – nur ab k Personen, sonst null. */
  mittelwert: number | null;
  /** Verteilung in Bereichen mit je mindestens k Personen (keine Extremwerte, keine Quartile). */
  verteilung: Bereich[];
  /**
   * Mittelwert je Rollengruppe – nur, wenn JEDE Zelle der Aufteilung (jede Rolle und „ohne Rolle“) entweder
   * leer ist oder mindestens k Personen hat. Sonst ließe sich eine kleine Zelle als Differenz berechnen
   * (n × Gesamtmittel − Summe der gezeigten Gruppen).
   */
  rollen: { rolle: string; label: string; anzahl: number; mittelwert: number }[];
}

export type TeamErgebnis =
  | { freigegeben: false; anzahl: number; k: number }
  | { freigegeben: true; anzahl: number; k: number; dimensionen: TeamDimension[] };

function rollenlabel(fb: Fragebogen, rolle: string): string {
  const item = alleItems(fb).find((i) => i.id === fb.rollenItem);
  return item?.optionen?.find((o) => o.wert === rolle)?.label ?? rolle;
}

const mittelwertVon = (werte: readonly number[]) => rund1(werte.reduce((a, b) => a + b, 0) / werte.length);

/**
 * Auswertung einer Team-Runde: erst ab k Antworten; je Dimension Mittelwert und Verteilung in Bereichen mit
 * mindestens k Personen und – falls der Fragebogen ein Rollen-Item hat – Mittelwerte je Rollengruppe, wenn
 * keine Zelle der Aufteilung 1 bis k−1 Personen hat.
 */
export function teamAuswertung(fb: Fragebogen, saetze: readonly Antwortsatz[], k: number = K_MINDEST): TeamErgebnis {
  if (!kAnonym(saetze, k)) return { freigegeben: false, anzahl: saetze.length, k };
  const einzel = saetze.map((s) => ({ ergebnis: bewerte(fb, s.antworten), rolle: rolleVon(fb, s.antworten) }));
  const dimensionen = fb.dimensionen.map((d, index): TeamDimension => {
    const werte = einzel.flatMap((e) => {
      const score = e.ergebnis.dimensionen[index].score;
      return score === null ? [] : [{ score, rolle: e.rolle }];
    });
    const frei = kAnonym(werte, k);
    const zellen = new Map<string | null, number[]>();
    for (const w of werte) zellen.set(w.rolle, [...(zellen.get(w.rolle) ?? []), w.score]);
    const rollenFrei = frei && [...zellen.values()].every((z) => z.length >= k);
    const rollen = rollenFrei
      ? [...zellen].flatMap(([rolle, z]) => (rolle === null ? [] : [{ rolle, label: rollenlabel(fb, rolle), anzahl: z.length, mittelwert: mittelwertVon(z) }]))
      : [];
    return {
      id: d.id,
      titel: d.titel,
      anzahl: werte.length,
      mittelwert: frei ? mittelwertVon(werte.map((w) => w.score)) : null,
      verteilung: frei ? bereicheMitMindestens(feinHaeufigkeiten(werte.map((w) => w.score)), k) : [],
      rollen,
    };
  });
  return { freigegeben: true, anzahl: saetze.length, k, dimensionen };
}

function rolleVon(fb: Fragebogen, antworten: Antworten): string | null {
  if (!fb.rollenItem) return null;
  const a = antworten[fb.rollenItem];
  return typeof a === 'string' && a !== 'keine-angabe' ? a : null;
}

/** Team-Ergebnis in der Form des Einzel-Ergebnisses (Mittelwert je Dimension als Score). */
export function teamErgebnisKurz(fb: Fragebogen, team: Extract<TeamErgebnis, { freigegeben: true }>): Ergebnis {
  const dimensionen = team.dimensionen.map((d) => {
    const score = d.mittelwert;
    return { id: d.id, titel: d.titel, score, stufe: stufeFuer(fb.stufen, score), beantwortet: d.anzahl, anzahl: team.anzahl, weissNicht: 0 };
  });
  const mitWert = dimensionen.filter((d) => d.score !== null);
  const summeG = fb.dimensionen.reduce((s, d, i) => s + (dimensionen[i].score === null ? 0 : (d.gewicht ?? 1)), 0);
  const gesamt = mitWert.length === dimensionen.length && summeG > 0
    ? Math.round((fb.dimensionen.reduce((s, d, i) => s + (dimensionen[i].score ?? 0) * (d.gewicht ?? 1), 0) / summeG) * 10) / 10
    : null;
  return { fragebogen: { id: fb.id, version: fb.version }, dimensionen, gesamt: { score: gesamt, stufe: stufeFuer(fb.stufen, gesamt) }, beantwortet: team.anzahl, anzahl: team.anzahl };
}

/** Rollengruppe eines Antwortsatzes (aus dem Rollen-Item), für die Auswertung je Gruppe. */
export function rollengruppe(fb: Fragebogen, antworten: Antworten): Rollengruppe | null {
  const a = fb.rollenItem ? antworten[fb.rollenItem] : undefined;
  if (typeof a !== 'string') return null;
  if (a.startsWith('fuehrung')) return 'fuehrung';
  if (a.startsWith('beschaeftigt')) return 'beschaeftigte';
  return null;
}

export const ROLLEN_LABEL: Record<Rollengruppe, string> = { fuehrung: 'Führungskräfte', beschaeftigte: 'Beschäftigte' };

/** Die Team-Befragung nimmt Antworten an: offen und vor dem Abschlusstermin. */
export const nimmtAn = (r: { status: string; schliesst_am: Date | null }, jetzt = Date.now()) =>
  r.status === 'offen' && (!r.schliesst_am || new Date(r.schliesst_am).getTime() > jetzt);
