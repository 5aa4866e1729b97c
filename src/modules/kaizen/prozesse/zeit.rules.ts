/**
 * Zeitpunkte im Ereignisprotokoll: ISO 8601 mit oder ohne Zeitzone. Ohne Zone gilt die Ortszeit
 * Europe/Berlin – mit Sommerzeit, aus den Zeitzonendaten von Intl (keine feste Verschiebung).
 * Reine Regeln ohne I/O (Entscheidung 0090).
 */

export const ZEITZONE = 'Europe/Berlin';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const teile = new Intl.DateTimeFormat('en-US', {
  timeZone: ZEITZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Offset of Berlin local time against UTC (ms) at an instant; cached per UTC quarter hour (offsets change only at full hours). */
const offsetCache = new Map<number, number>();
export function berlinOffsetMs(utcMs: number): number {
  const schluessel = Math.floor(utcMs / 900_000);
  const c = offsetCache.get(schluessel);
  if (c !== undefined) return c;
  const p: Record<string, number> = {};
  for (const t of teile.formatToParts(new Date(schluessel * 900_000))) if (t.type !== 'literal') p[t.type] = Number(t.value);
  const lokal = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const off = lokal - schluessel * 900_000;
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(schluessel, off);
  return off;
}

/**
 * A Berlin wall-clock time (given as if it were UTC) → instant. Ambiguous hour in autumn: the earlier instant
 * (summer time); missing hour in spring: the offset before the switch (like PostgreSQL's `AT TIME ZONE`).
 */
export function berlinLokalZuUtc(lokalAlsUtcMs: number): number {
  const vorher = berlinOffsetMs(lokalAlsUtcMs - 86_400_000 / 8);
  const nachher = berlinOffsetMs(lokalAlsUtcMs + 86_400_000 / 8);
  // Earlier instant first: the larger offset gives the earlier UTC time.
  for (const off of vorher >= nachher ? [vorher, nachher] : [nachher, vorher]) {
    const t = lokalAlsUtcMs - off;
    if (berlinOffsetMs(t) === off) return t;
  }
  return lokalAlsUtcMs - vorher;
}

/** Berlin calendar date (YYYY-MM-DD) of an instant. */
export function berlinDatum(utcMs: number): string {
  return new Date(utcMs + berlinOffsetMs(utcMs)).toISOString().slice(0, 10);
}

/** Monday (YYYY-MM-DD) of the ISO week, in Berlin, that contains the instant. */
export function berlinWochenMontag(utcMs: number): string {
  const lokal = new Date(utcMs + berlinOffsetMs(utcMs));
  const tag = (lokal.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(lokal.getUTCFullYear(), lokal.getUTCMonth(), lokal.getUTCDate() - tag)).toISOString().slice(0, 10);
}

/** Midnight in Berlin at the start of a calendar day (YYYY-MM-DD) → instant (ms). */
export function berlinTagesbeginn(datum: string): number {
  const [j, m, t] = datum.split('-').map(Number);
  return berlinLokalZuUtc(Date.UTC(j, m - 1, t));
}

const TAGE = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const schaltjahr = (j: number) => (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;

/**
 * Parses an ISO 8601 time stamp (date, date and time, optional fractions, optional `Z`/offset). Without a
 * zone the time is Berlin local time. Returns the instant in ms, or null when the text is no valid date.
 */
export function parseZeitpunkt(text: string): number | null {
  const m = ISO.exec(text.trim());
  if (!m) return null;
  const [j, mo, t] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  if (j < 1900 || j > 2199 || mo < 1 || mo > 12 || t < 1) return null;
  if (t > (mo === 2 && schaltjahr(j) ? 29 : TAGE[mo - 1])) return null;
  if (h > 23 || mi > 59 || s > 59) return null;
  const lokal = Date.UTC(j, mo - 1, t, h, mi, s, ms);
  const zone = m[8];
  if (!zone) return berlinLokalZuUtc(lokal);
  if (zone.toUpperCase() === 'Z') return lokal;
  const ziffern = zone.slice(1).replace(':', '');
  const oh = Number(ziffern.slice(0, 2));
  const om = ziffern.length > 2 ? Number(ziffern.slice(2, 4)) : 0;
  if (oh > 14 || om > 59) return null;
  const off = (oh * 60 + om) * 60_000 * (zone[0] === '-' ? -1 : 1);
  return lokal - off;
}
