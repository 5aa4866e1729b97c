import { csvZeile, type Zellwert } from '../../../core/export/zelle.ts';

/** Pure rules of the DSGVO part: waiting period, confirmation, CSV cells, deletion order. */

/** Days between the request to delete a Kommune's data and its execution (cancellable until then). */
export const WARTEFRIST_TAGE = 30;

export function faelligAm(beantragt: Date, tage = WARTEFRIST_TAGE): Date {
  return new Date(beantragt.getTime() + tage * 86_400_000);
}

/**
 * The typed confirmation: the Kommune's name as shown on the page. Spaces at the ends and the letter
 * case do not matter; everything else does (a different Kommune's name is refused).
 */
export function bestaetigungPasst(eingabe: string, kommuneName: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
  return norm(eingabe) === norm(kommuneName);
}

/** One value of a JSON row as a CSV cell: objects and arrays as JSON text, booleans as true/false. */
export function alsZelle(wert: unknown): Zellwert {
  if (wert === null || wert === undefined) return null;
  if (typeof wert === 'number' || typeof wert === 'string') return wert;
  if (typeof wert === 'boolean') return wert ? 'true' : 'false';
  return JSON.stringify(wert);
}

/** A table as CSV (semicolon, CRLF, UTF-8 with BOM for spreadsheet programs); the header from `spalten`. */
export function alsCsv(spalten: readonly string[], zeilen: readonly Record<string, unknown>[]): string {
  const kopf = csvZeile(spalten, ';');
  const rumpf = zeilen.map((z) => csvZeile(spalten.map((s) => alsZelle(z[s])), ';'));
  return `\uFEFF${[kopf, ...rumpf].join('\r\n')}\r\n`;
}

export interface Knoten {
  name: string;
  /** Tables this one references by foreign key. */
  verweistAuf: string[];
  /** The subset whose foreign key blocks deleting the parent first (no `on delete cascade / set null`). */
  blockierendAuf?: string[];
}

/**
 * Children before parents: the order in which rows can be deleted without breaking a foreign key (and with
 * honest counts per table, since no cascade deletes rows ahead of their table). A cycle is broken at a
 * foreign key that gives way (`cascade`, `set null`); a cycle of blocking keys only is an error.
 */
export function loeschReihenfolge<T extends Knoten>(tabellen: readonly T[]): T[] {
  const offen = new Map(tabellen.map((t) => [t.name, t]));
  const folge: T[] = [];
  const verwiesen = (t: T, kanten: (a: T) => string[]) => [...offen.values()].some((a) => a.name !== t.name && kanten(a).includes(t.name));
  while (offen.size) {
    const sortiert = [...offen.values()].sort((a, b) => a.name.localeCompare(b.name));
    let bereit = sortiert.filter((t) => !verwiesen(t, (a) => a.verweistAuf));
    if (!bereit.length) bereit = sortiert.filter((t) => !verwiesen(t, (a) => a.blockierendAuf ?? a.verweistAuf)).slice(0, 1);
    if (!bereit.length) throw new Error(`Fremdschlüssel bilden einen Kreis zwischen: ${[...offen.keys()].join(', ')}`);
    for (const t of bereit) {
      folge.push(t);
      offen.delete(t.name);
    }
  }
  return folge;
}

/** Days of the retention periods of the scheduled clean-up (docs/betrieb/loeschkonzept.md). */
export interface Aufbewahrung {
  /** Sent mails stay in the outbox this long (proof of delivery), then they go. */
  mailsTage: number;
  /** Accepted or expired invitations stay this long. */
  einladungenTage: number;
}

export const AUFBEWAHRUNG_STANDARD: Aufbewahrung = { mailsTage: 30, einladungenTage: 30 };

/** Reads LOTSE_AUFBEWAHRUNG_MAILS_TAGE / _EINLADUNGEN_TAGE (whole days ≥ 1), otherwise the defaults. */
export function aufbewahrungAus(env: NodeJS.ProcessEnv): Aufbewahrung {
  const tage = (wert: string | undefined, standard: number, name: string) => {
    if (wert === undefined || wert === '') return standard;
    const n = Number(wert);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} muss eine ganze Zahl von Tagen ab 1 sein (ist: ${wert}).`);
    return n;
  };
  return {
    mailsTage: tage(env.LOTSE_AUFBEWAHRUNG_MAILS_TAGE, AUFBEWAHRUNG_STANDARD.mailsTage, 'LOTSE_AUFBEWAHRUNG_MAILS_TAGE'),
    einladungenTage: tage(env.LOTSE_AUFBEWAHRUNG_EINLADUNGEN_TAGE, AUFBEWAHRUNG_STANDARD.einladungenTage, 'LOTSE_AUFBEWAHRUNG_EINLADUNGEN_TAGE'),
  };
}
