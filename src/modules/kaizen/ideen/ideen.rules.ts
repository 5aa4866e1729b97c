/**
 * Reine Regeln der Ideen: Statusfluss (Neu → In Prüfung → Im Test → Standard, oder Verworfen mit Grund,
 * oder Zurückgestellt mit Datum), Entscheidungsfrist und Engpässe. Ohne Datenbank; Tests daneben.
 */

export const IDEE_STATUS = ['neu', 'in_pruefung', 'im_test', 'standard', 'verworfen', 'zurueckgestellt'] as const;
export type IdeeStatus = (typeof IDEE_STATUS)[number];

/** Frist bis zur Entscheidung, wenn niemand eine andere setzt. */
export const FRIST_TAGE = 28;
/** Engpass: so lange ohne verantwortliche Person. */
export const OHNE_VERANTWORTUNG_TAGE = 7;
/** Engpass: so lange im selben offenen Status. */
export const FESTGEFAHREN_TAGE = 30;

const ZIELE: Record<IdeeStatus, readonly IdeeStatus[]> = {
  neu: ['in_pruefung', 'verworfen', 'zurueckgestellt'],
  in_pruefung: ['im_test', 'standard', 'verworfen', 'zurueckgestellt'],
  im_test: ['standard', 'in_pruefung', 'verworfen', 'zurueckgestellt'],
  zurueckgestellt: ['in_pruefung', 'verworfen'],
  standard: [],
  verworfen: [],
};

/** Noch nicht entschieden: die Idee wartet auf ein Ja, Nein oder Später. */
export const UNENTSCHIEDEN: readonly IdeeStatus[] = ['neu', 'in_pruefung'];
/** Abgeschlossen: nichts mehr zu tun. */
export const ABGESCHLOSSEN: readonly IdeeStatus[] = ['standard', 'verworfen'];

export function erlaubteZiele(von: IdeeStatus): readonly IdeeStatus[] {
  return ZIELE[von];
}

export type Pruefung =
  | { ok: true }
  | { ok: false; grund: 'uebergang' | 'grund_fehlt' | 'datum_fehlt' | 'datum_vergangen' | 'nicht_berechtigt' };

export interface Wechsel {
  von: IdeeStatus;
  nach: IdeeStatus;
  /** Begründung (Pflicht bei „Verworfen“). */
  grund?: string;
  /** Wiedervorlage (Pflicht bei „Zurückgestellt“), YYYY-MM-DD. */
  wiedervorlageAm?: string | null;
  /** Heute (YYYY-MM-DD), für die Prüfung der Wiedervorlage. */
  heute: string;
  /** Die Person ist verantwortlich für die Idee oder Admin der Kommune. */
  berechtigt: boolean;
}

/** Prüft einen Statuswechsel. Reihenfolge: Recht, Übergang, Pflichtangaben. */
export function pruefeWechsel(w: Wechsel): Pruefung {
  if (!w.berechtigt) return { ok: false, grund: 'nicht_berechtigt' };
  if (!ZIELE[w.von].includes(w.nach)) return { ok: false, grund: 'uebergang' };
  if (w.nach === 'verworfen' && (w.grund ?? '').trim().length === 0) return { ok: false, grund: 'grund_fehlt' };
  if (w.nach === 'zurueckgestellt') {
    if (!w.wiedervorlageAm) return { ok: false, grund: 'datum_fehlt' };
    if (w.wiedervorlageAm <= w.heute) return { ok: false, grund: 'datum_vergangen' };
  }
  return { ok: true };
}

/** Wer über eine Idee entscheidet: die verantwortliche Person oder ein Admin der Kommune. */
export function darfEntscheiden(kontoId: string, istAdmin: boolean, verantwortlichId: string | null): boolean {
  return istAdmin || (verantwortlichId !== null && verantwortlichId === kontoId);
}

/**
 * Wer die Verantwortung setzt: Admins für jedes Mitglied; ein Mitglied übernimmt eine Idee ohne
 * Verantwortung selbst.
 */
export function darfZuweisen(kontoId: string, istAdmin: boolean, bisher: string | null, neu: string): boolean {
  return istAdmin || (bisher === null && neu === kontoId);
}

const TAG_MS = 86_400_000;

/** Datum (YYYY-MM-DD) `tage` Tage nach `ab`. */
export function fristAb(ab: Date, tage = FRIST_TAGE): string {
  return new Date(ab.getTime() + tage * TAG_MS).toISOString().slice(0, 10);
}

/** Ganze Tage zwischen zwei Zeitpunkten. */
export const tageZwischen = (von: Date, bis: Date) => Math.floor((bis.getTime() - von.getTime()) / TAG_MS);

export type EngpassGrund = 'ohne_verantwortung' | 'frist_ueberschritten' | 'festgefahren';

export interface EngpassIdee {
  status: IdeeStatus;
  verantwortlichId: string | null;
  erstelltAm: Date;
  statusGeaendertAm: Date;
  entscheidenBis: string;
  wiedervorlageAm: string | null;
}

/**
 * Warum eine Idee im Engpass steht (leer: sie steht nicht dort): 7 Tage ohne verantwortliche Person,
 * die Entscheidungsfrist verstrichen ohne Entscheidung, oder 30 Tage im selben offenen Status
 * (eine zurückgestellte erst, wenn ihre Wiedervorlage verstrichen ist).
 */
export function engpaesse(i: EngpassIdee, jetzt: Date): EngpassGrund[] {
  if (ABGESCHLOSSEN.includes(i.status)) return [];
  const heute = jetzt.toISOString().slice(0, 10);
  const g: EngpassGrund[] = [];
  if (i.verantwortlichId === null && tageZwischen(i.erstelltAm, jetzt) >= OHNE_VERANTWORTUNG_TAGE) g.push('ohne_verantwortung');
  if (UNENTSCHIEDEN.includes(i.status) && i.entscheidenBis < heute) g.push('frist_ueberschritten');
  const festgefahren = i.status === 'zurueckgestellt'
    ? i.wiedervorlageAm !== null && i.wiedervorlageAm < heute
    : tageZwischen(i.statusGeaendertAm, jetzt) >= FESTGEFAHREN_TAGE;
  if (festgefahren) g.push('festgefahren');
  return g;
}

/** Zählt als Entscheidung: der erste Wechsel aus „Neu“/„In Prüfung“ heraus. */
export const istEntscheidung = (von: IdeeStatus, nach: IdeeStatus) => UNENTSCHIEDEN.includes(von) && !UNENTSCHIEDEN.includes(nach);
