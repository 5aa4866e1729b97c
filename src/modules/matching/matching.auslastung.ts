/**
 * Load bounds of the matcher (docs/decisions/0026): at most `parallel` runs at once per process and kind of
 * database, a waiting line for requests from outside bounded by their expected wait (beyond it
 * POST /api/matching answers 503 at once, decision 0135), and `takt()`,
 * which hands the event loop back to other requests during long computations (health checks, pages).
 * With PGlite the database runs in this thread too, so a long run would otherwise block everything.
 */
import { setImmediate as naechsteRunde } from 'node:timers/promises';
import type { DbKind } from '../../core/db/db.ts';
import { AppError } from '../../core/errors.ts';
import { istInhaltswort, leicht, schluessel } from './sprache/normalisierung.rules.ts';

export type Freigabe = () => void;

export interface AuslastungOptionen {
  /** requests from outside are turned away when their expected wait would be longer than this */
  maxWarteMs: number;
  /** hard bound of the waiting line (memory), whatever the expected wait */
  obergrenze: number;
  /** expected duration of one run before any has been measured */
  startDauerMs?: number;
  /** clock (tests) */
  jetzt?: () => number;
}

export class Auslastung {
  private laufend = 0;
  private readonly wartend: (() => void)[] = [];
  /** moving average of the run durations (ms), weight 0.2 for the newest */
  private dauerMs: number;
  private readonly jetzt: () => number;
  readonly maxWarteMs: number;
  /** hard bound of the waiting line */
  readonly warteschlange: number;

  constructor(
    /** runs at once */
    readonly parallel: number,
    opt: AuslastungOptionen,
  ) {
    this.maxWarteMs = opt.maxWarteMs;
    this.warteschlange = opt.obergrenze;
    this.dauerMs = opt.startDauerMs ?? 100;
    this.jetzt = opt.jetzt ?? (() => performance.now());
  }

  /** Waits for a free slot (internal callers such as the Lotse inbox: they wait, they are never turned away). */
  async betrete(): Promise<Freigabe> {
    if (this.laufend < this.parallel) {
      this.laufend++;
    } else {
      await new Promise<void>((r) => this.wartend.push(r));
    }
    const beginn = this.jetzt();
    let frei = false;
    return () => {
      if (frei) return;
      frei = true;
      this.dauerMs = 0.8 * this.dauerMs + 0.2 * (this.jetzt() - beginn);
      const naechster = this.wartend.shift();
      if (naechster) naechster(); // the slot passes on directly
      else this.laufend--;
    };
  }

  /** How long a request arriving now would wait for its slot (ms), from the average run duration. */
  erwarteteWartezeitMs(): number {
    if (this.laufend < this.parallel) return 0;
    return ((this.wartend.length + 1) / this.parallel) * this.dauerMs;
  }

  /** Every slot taken and a newcomer would wait too long (or the waiting line is at its hard bound). */
  voll(): boolean {
    if (this.laufend < this.parallel) return false;
    return this.wartend.length >= this.warteschlange || this.erwarteteWartezeitMs() > this.maxWarteMs;
  }

  /** Like `betrete()`, but for requests from outside: 503 at once when the expected wait is too long. */
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
 * puts its statements between a health check and the database. A request from outside waits when its
 * expected wait is at most 3 s (waiting costs neither CPU nor the event loop: health checks and pages stay
 * fast); beyond that, or beyond 64 waiting, it gets 503 at once (decision 0135: a fixed line of eight turned
 * away 5 of 7,208 matching requests in the load test of issue 14 at p95 225 ms).
 */
const GRENZEN = { maxWarteMs: 3000, obergrenze: 64 };
const AUSLASTUNG: Record<DbKind, Auslastung> = { postgres: new Auslastung(2, GRENZEN), pglite: new Auslastung(1, GRENZEN) };
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
