/** Daten für PDF-Bericht und CSV-Export einer Runde. */
import { AppError } from '../../../core/errors.ts';
import type { Db } from '../../../core/db/db.ts';
import { erhebungFehler } from '../erhebungen.errors.ts';
import { fragebogen } from '../frageboegen/frageboegen.usecases.ts';
import { luecken } from '../luecken/luecken.usecases.ts';
import { antwortenEinzeln, rundeKurz } from '../runden/runden.repository.ts';
import { ergebnis, ladeRunde } from '../runden/runden.usecases.ts';
import { vergleich } from '../vergleich/vergleich.usecases.ts';

/** 422 (noch nichts zu zeigen) wird im Bericht zu einem leeren Abschnitt. */
const ohne422 = <T>(p: Promise<T>) => p.catch((e: unknown) => (e instanceof AppError && e.status === 422 ? null : Promise.reject(e)));

export async function berichtDaten(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  const [erg, vgl, lue] = await Promise.all([ohne422(ergebnis(db, id)), ohne422(vergleich(db, id)), ohne422(luecken(db, id))]);
  return { runde: rundeKurz(z), fragebogen: fb, ergebnis: erg, vergleich: vgl, luecken: lue };
}
export type BerichtDaten = Awaited<ReturnType<typeof berichtDaten>>;

/** Antworten für den CSV-Export: Einzelmodus der eine Satz; Team-Modus keine Einzelantworten (Anonymität). */
export async function csvDaten(db: Db, id: string) {
  const z = await ladeRunde(db, id);
  const fb = await fragebogen(db, z.fragebogen_id, z.version);
  if (z.modus === 'team') throw erhebungFehler.teamAnonym();
  return { runde: rundeKurz(z), fragebogen: fb, antworten: await antwortenEinzeln(db, id) };
}
