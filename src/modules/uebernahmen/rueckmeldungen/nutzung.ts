/**
 * The public figures of a solution's use (decision 0114): computed in the transaction of every change (start,
 * change of phase, report-back) and stored in `uebernahme_nutzung_stand`; the solution page reads one row.
 */
import type { Db, Tx } from '../../../core/db/db.ts';
import * as repo from './rueckmeldungen.repository.ts';
import { MIN_KOMMUNEN_ZAHL } from './rueckmeldungen.rules.ts';
import type { Nutzung } from './rueckmeldungen.schemas.ts';

const zahl = (x: number | null) => (x == null ? null : Math.round(x * 10) / 10);

/**
 * Computes the figures of a solution's use for its public page (in the transaction of a change): counted from
 * projects, effort and effect only from report-backs with consent, a median only from at least three Kommunen.
 */
export async function berechneNutzung(tx: Tx, loesungId: string): Promise<Nutzung> {
  const z = await repo.zaehle(tx, loesungId);
  const gruppen = await repo.nachGroessenklasse(tx, loesungId);
  const gesamt = await repo.gesamtMedian(tx, loesungId);
  const genug = (n: number) => n >= MIN_KOMMUNEN_ZAHL;
  return {
    laufend: z?.laufend ?? 0,
    abgeschlossen: z?.abgeschlossen ?? 0,
    rueckmeldungen: z?.rueckmeldungen ?? 0,
    // Kommunen with a project that was not aborted or with a consented report-back (the same set as the table).
    kommunen: gruppen.reduce((s, g) => s + g.anzahl, 0),
    kleineGemeinden: gruppen.filter((g) => g.art === 'gemeinde' && g.groessenklasse === 7).reduce((s, g) => s + g.anzahl, 0),
    wirkungAbStufe4: genug(gesamt?.berichtend ?? 0) ? gruppen.reduce((s, g) => s + g.ab4, 0) : null,
    medianAufwandPersonentage: genug(gesamt?.berichtend ?? 0) ? zahl(gesamt!.median_aufwand) : null,
    nachGroessenklasse: gruppen.map((g) => ({
      art: g.art,
      groessenklasse: g.groessenklasse,
      anzahl: g.anzahl,
      medianAufwandPersonentage: genug(g.berichtend) ? zahl(g.median_aufwand) : null,
      medianWirkungsstufe: genug(g.berichtend) ? zahl(g.median_wirkung) : null,
    })),
  };
}

/**
 * Recomputes and stores the figures of a solution and the Kommunen where it is in operation (seal criterion,
 * decision 0142); call in the transaction of every change that affects them.
 */
export async function aktualisiereNutzung(tx: Tx, loesungId: string): Promise<void> {
  await repo.speichereStand(tx, loesungId, await berechneNutzung(tx, loesungId), await repo.umgesetztLive(tx, loesungId));
}

const LEER: Nutzung = { laufend: 0, abgeschlossen: 0, rueckmeldungen: 0, kommunen: 0, kleineGemeinden: 0, wirkungAbStufe4: null, medianAufwandPersonentage: null, nachGroessenklasse: [] };

/** The stored figures of a solution (decision 0114); a solution nobody adopted has none. */
export async function nutzungDerLoesung(db: Db, loesungId: string): Promise<Nutzung> {
  return ((await repo.ladeStand(db, loesungId)) as Nutzung | undefined) ?? LEER;
}

