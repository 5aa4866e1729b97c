/**
 * Statusfluss eines Bedarfs als reine Regeln (keine Datenbank). Begründung und Tabelle:
 * docs/decisions/0030-bedarf-statusfluss.md
 *
 * Wer einen Bedarf überhaupt anfassen darf, entscheidet die Zugriffsschicht (policy.ts). Hier steht nur,
 * welcher Übergang fachlich möglich ist und welche Beteiligung ihn auslösen darf:
 * - `kommune`: Mitglieder der Kommune (policy: `kommune.schreiben`) – ihr eigener Fortschritt;
 * - `begleitung`: zuständiger Lotse und Transferstelle (policy: `kommune.begleiten`) – Klärung und Vorschläge.
 */
import { darf, type Konto } from '../../core/authz/policy.ts';
import type { BedarfStatus } from './bedarfe.table.ts';

export type { BedarfStatus };
export type Beteiligung = 'kommune' | 'begleitung';

export const BEDARF_STATUS = ['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'in_umsetzung', 'erledigt', 'keine_passende_loesung'] as const satisfies readonly BedarfStatus[];
export const OFFENE_STATUS = ['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'in_umsetzung'] as const satisfies readonly BedarfStatus[];
/** Status, in denen der Bedarf auf Lotse oder Transferstelle wartet (Standard des Eingangs). */
export const ZU_BEARBEITEN = ['neu', 'in_klaerung'] as const satisfies readonly BedarfStatus[];

export const istOffen = (s: BedarfStatus) => (OFFENE_STATUS as readonly BedarfStatus[]).includes(s);

interface Uebergang {
  von: BedarfStatus;
  nach: BedarfStatus;
  wer: Beteiligung[];
  /** Nur möglich, wenn mindestens ein Lösungsvorschlag vorliegt. */
  brauchtVorschlag?: boolean;
  /** Nur mit Begründung im Kommentar. */
  brauchtKommentar?: boolean;
}

const K: Beteiligung[] = ['kommune'];
const B: Beteiligung[] = ['begleitung'];
const KB: Beteiligung[] = ['kommune', 'begleitung'];

/** Alle erlaubten Übergänge. Alles, was hier nicht steht, ist nicht erlaubt. */
export const UEBERGAENGE: readonly Uebergang[] = [
  // Vorwärts
  { von: 'neu', nach: 'in_klaerung', wer: B },
  { von: 'neu', nach: 'loesungen_vorgeschlagen', wer: B, brauchtVorschlag: true },
  { von: 'in_klaerung', nach: 'loesungen_vorgeschlagen', wer: B, brauchtVorschlag: true },
  { von: 'loesungen_vorgeschlagen', nach: 'in_umsetzung', wer: K },
  { von: 'in_umsetzung', nach: 'erledigt', wer: K },
  // Die Kommune kann einen offenen Bedarf selbst schließen (selbst gelöst, nicht mehr aktuell).
  { von: 'neu', nach: 'erledigt', wer: K, brauchtKommentar: true },
  { von: 'in_klaerung', nach: 'erledigt', wer: K, brauchtKommentar: true },
  { von: 'loesungen_vorgeschlagen', nach: 'erledigt', wer: K, brauchtKommentar: true },
  // Jeder offene Status → keine passende Lösung (Lotse/Transferstelle, mit Begründung)
  { von: 'neu', nach: 'keine_passende_loesung', wer: B, brauchtKommentar: true },
  { von: 'in_klaerung', nach: 'keine_passende_loesung', wer: B, brauchtKommentar: true },
  { von: 'loesungen_vorgeschlagen', nach: 'keine_passende_loesung', wer: B, brauchtKommentar: true },
  { von: 'in_umsetzung', nach: 'keine_passende_loesung', wer: B, brauchtKommentar: true },
  // Zurück
  { von: 'loesungen_vorgeschlagen', nach: 'in_klaerung', wer: KB, brauchtKommentar: true }, // Vorschläge passen nicht
  { von: 'in_umsetzung', nach: 'loesungen_vorgeschlagen', wer: K, brauchtKommentar: true }, // Umsetzung abgebrochen
  { von: 'erledigt', nach: 'in_umsetzung', wer: K, brauchtKommentar: true }, // versehentlich abgeschlossen
  { von: 'keine_passende_loesung', nach: 'in_klaerung', wer: B }, // wieder aufgenommen
  { von: 'keine_passende_loesung', nach: 'loesungen_vorgeschlagen', wer: B, brauchtVorschlag: true }, // neue Lösung im Katalog
];

/** Status, aus denen heraus Lösungen vorgeschlagen werden können (Vorschlag setzt loesungen_vorgeschlagen). */
export const VORSCHLAG_MOEGLICH_AUS: readonly BedarfStatus[] = ['neu', 'in_klaerung', 'loesungen_vorgeschlagen', 'keine_passende_loesung'];

export type Pruefung =
  | { ok: true }
  | { ok: false; grund: 'unveraendert' | 'nicht_vorgesehen' | 'rolle' | 'vorschlag_fehlt' | 'kommentar_fehlt' };

export interface Lage {
  /** Anzahl der vorhandenen Lösungsvorschläge. */
  vorschlaege: number;
  kommentar?: string;
}

/** Prüft einen Übergang für einen Aufrufer mit den gegebenen Beteiligungen. */
export function pruefeUebergang(von: BedarfStatus, nach: BedarfStatus, wer: readonly Beteiligung[], lage: Lage): Pruefung {
  if (von === nach) return { ok: false, grund: 'unveraendert' };
  const u = UEBERGAENGE.find((x) => x.von === von && x.nach === nach);
  if (!u) return { ok: false, grund: 'nicht_vorgesehen' };
  if (!u.wer.some((w) => wer.includes(w))) return { ok: false, grund: 'rolle' };
  if (u.brauchtVorschlag && lage.vorschlaege < 1) return { ok: false, grund: 'vorschlag_fehlt' };
  if (u.brauchtKommentar && !(lage.kommentar ?? '').trim()) return { ok: false, grund: 'kommentar_fehlt' };
  return { ok: true };
}

/** Ziele, die dieser Aufrufer von `von` aus wählen kann (ohne Kommentarpflicht zu prüfen; für die Oberfläche). */
export function erlaubteZiele(von: BedarfStatus, wer: readonly Beteiligung[], lage: Omit<Lage, 'kommentar'>): { status: BedarfStatus; brauchtKommentar: boolean }[] {
  return UEBERGAENGE.filter((u) => u.von === von && u.wer.some((w) => wer.includes(w)) && (!u.brauchtVorschlag || lage.vorschlaege > 0)).map((u) => ({
    status: u.nach,
    brauchtKommentar: !!u.brauchtKommentar,
  }));
}

/** Darf dieser Aufrufer in diesem Status Lösungen vorschlagen? */
export function darfVorschlagen(status: BedarfStatus, wer: readonly Beteiligung[]): boolean {
  return wer.includes('begleitung') && VORSCHLAG_MOEGLICH_AUS.includes(status);
}

/** Alter in ganzen Tagen (abgerundet). */
export function alterInTagen(seit: Date, jetzt: Date = new Date()): number {
  return Math.max(0, Math.floor((jetzt.getTime() - seit.getTime()) / 86_400_000));
}

/** Beteiligungen eines Kontos an den Bedarfen einer Kommune – abgeleitet aus der Zugriffsschicht (policy.ts). */
export function beteiligungen(k: Konto | null, kommuneId: string): Beteiligung[] {
  const b: Beteiligung[] = [];
  if (darf(k, 'kommune.schreiben', kommuneId)) b.push('kommune');
  if (darf(k, 'kommune.begleiten', kommuneId)) b.push('begleitung');
  return b;
}
