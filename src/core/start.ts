import type { Db } from './db/db.ts';
import type { LotseModul, StartOptionen, Startaufgabe } from './modul.ts';

export type { StartOptionen, Startaufgabe } from './modul.ts';

/**
 * Runs after migrations on every start, before the server listens: the `start` tasks of every module, in the
 * order of the module list (src/modules/index.ts) — reference data everything else points to. Each task is
 * idempotent and fast when there is nothing to do.
 */
export async function bereiteVor(db: Db, module: readonly LotseModul[], opts: StartOptionen): Promise<void> {
  for (const m of module) for (const aufgabe of m.start ?? []) await aufgabe(db, opts);
}

/** Progress of the background start tasks of this process (shown by the web app, `GET /api/einrichtung`). */
export interface EinrichtungStand {
  fertig: boolean;
  /** Tasks done so far / all tasks. */
  erledigt: number;
  gesamt: number;
  /** Module whose task runs now (null when none runs). */
  modul: string | null;
  /** Set when a task failed: Lotse keeps serving, the log has the details. */
  fehler: string | null;
}

/**
 * The `hintergrund` tasks of all modules, run one after the other after the server listens (demo content,
 * large reference series, search indexes), so that a cold start answers its first page within seconds.
 * `stand()` reports progress; `beende()` lets the running task finish and skips the rest (graceful shutdown).
 */
export class Einrichtung {
  private erledigt = 0;
  private modul: string | null = null;
  private fehler: string | null = null;
  private abbrechen = false;
  private lauf: Promise<void> | null = null;
  private readonly aufgaben: { modul: string; aufgabe: Startaufgabe }[];

  constructor(module: readonly LotseModul[]) {
    this.aufgaben = module.flatMap((m) => (m.hintergrund ?? []).map((aufgabe) => ({ modul: m.name, aufgabe })));
  }

  stand(): EinrichtungStand {
    const gesamt = this.aufgaben.length;
    return { fertig: this.erledigt === gesamt || this.fehler !== null, erledigt: this.erledigt, gesamt, modul: this.modul, fehler: this.fehler };
  }

  /** Starts the tasks (once) and resolves when all are done, one failed, or `beende()` stopped them. */
  starte(db: Db, opts: StartOptionen): Promise<void> {
    this.lauf ??= (async () => {
      for (const { modul, aufgabe } of this.aufgaben) {
        if (this.abbrechen) return;
        this.modul = modul;
        try {
          await aufgabe(db, opts);
        } catch (err) {
          this.fehler = `Einrichtung im Modul ${modul} fehlgeschlagen`;
          opts.log(`${this.fehler}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
          this.modul = null;
          return;
        }
        this.erledigt++;
      }
      this.modul = null;
    })();
    return this.lauf;
  }

  async beende(): Promise<void> {
    this.abbrechen = true;
    await this.lauf;
  }
}

/** Runs `start` and then `hintergrund` tasks in the foreground (CLI, tests, benchmarks that need everything). */
export async function richteVollstaendigEin(db: Db, module: readonly LotseModul[], opts: StartOptionen): Promise<void> {
  await bereiteVor(db, module, opts);
  const e = new Einrichtung(module);
  await e.starte(db, opts);
  const s = e.stand();
  if (s.fehler) throw new Error(s.fehler);
}
