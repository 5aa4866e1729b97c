/**
 * Load bounds of the matcher (docs/decisions/0026): at most `parallel` runs at once per process and kind of
 * database, a short
 * waiting line for requests from outside (beyond it POST /api/matching answers 503 at once), and `takt()`,
 * which hands the event loop back to other requests during long computations (health checks, pages).
 * With PGlite the database runs in this thread too, so a long run would otherwise block everything.
 */
import { setImmediate as naechsteRunde } from 'node:timers/promises';
import type { DbKind } from '../../core/db/db.ts';
import { AppError } from '../../core/errors.ts';
import { istInhaltswort, leicht, schluessel } from './sprache/normalisierung.rules.ts';

export type Freigabe = () => void;

export class Auslastung {
  private laufend = 0;
  private readonly wartend: (() => void)[] = [];

  constructor(
    /** runs at once */
    readonly parallel: number,
    /** requests from outside that may wait for a free slot; further ones are turned away */
    readonly warteschlange: number,
  ) {}

  /** Waits for a free slot (internal callers such as the Lotse inbox: they wait, they are never turned away). */
  async betrete(): Promise<Freigabe> {
    if (this.laufend < this.parallel) {
      this.laufend++;
    } else {
      await new Promise<void>((r) => this.wartend.push(r));
    }
    let frei = false;
    return () => {
      if (frei) return;
      frei = true;
      const naechster = this.wartend.shift();
      if (naechster) naechster(); // the slot passes on directly
      else this.laufend--;
    };
  }

  /** Every slot taken and the waiting line full. */
  voll(): boolean {
    return this.laufend >= this.parallel && this.wartend.length >= this.warteschlange;
  }

  /** Like `betrete()`, but for requests from outside: 503 at once when the waiting line is full. */
  async versuche(): Promise<Freigabe> {
    if (this.voll()) throw ausgelastet();
    return this.betrete();
  }
}

export const WIEDERHOLEN_NACH_S = 2;

export const ausgelastet = () =>
  new AppError(503, 'matching.ausgelastet', 'Die Suche nach passenden Lösungen ist gerade ausgelastet. Bitte versuchen Sie es in wenigen Sekunden erneut.');

/**
 * PostgreSQL: two runs at once (one computes while the other waits for the server); more would only share the
 * one thread. PGlite: one, since database and matcher share this thread anyway, and every further run only
 * puts its statements between a health check and the database. Eight may wait (a few seconds under full
 * load), the rest gets 503.
 */
const AUSLASTUNG: Record<DbKind, Auslastung> = { postgres: new Auslastung(2, 8), pglite: new Auslastung(1, 8) };
export const auslastungFuer = (kind: DbKind): Auslastung => AUSLASTUNG[kind];

/** Longest stretch of computing without handing the event loop back. */
export const TAKT_MS = 8;

/**
 * A pacer for a long computation: `await takt()` between steps hands the event loop back (setImmediate)
 * when at least TAKT_MS have passed since the last time, and costs nothing otherwise.
 */
export function neuerTakt(): () => Promise<void> {
  let seit = performance.now();
  return async () => {
    if (performance.now() - seit < TAKT_MS) return;
    await naechsteRunde();
    seit = performance.now();
  };
}

// ---- Bounded work per request -----------------------------------------------------------------------

/**
 * Most distinct content words of a text the matcher reads. A need of 2,000 characters has about 250 words;
 * each word brings spellings, synonyms, compound parts and typo candidates, all of which are stemmed, looked
 * up and scored. Forty words are several sentences, more than any title with its first paragraph needs
 * (the labelled needs of bench/matching have at most 14).
 */
export const MAX_INHALTSWOERTER = 40;

/** The beginning of a text up to its `max`-th distinct content word; shorter texts come back unchanged. */
export function begrenzeText(text: string, max = MAX_INHALTSWOERTER): string {
  const nfc = text.normalize('NFC');
  const gesehen = new Set<string>();
  for (const m of nfc.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (!/\p{L}/u.test(m[0])) continue;
    const key = schluessel(m[0]);
    if (!istInhaltswort(key)) continue;
    gesehen.add(leicht(key)); // as erweitereAnfrage counts a word once
    if (gesehen.size > max) return nfc.slice(0, m.index);
  }
  return text;
}
