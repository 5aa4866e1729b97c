/** Übernahmebericht: the project as its reader may see it, rendered only once the project is closed or in operation. */
import type { Db } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { uebernahmeFehler } from '../uebernahmen.errors.ts';
import { detail } from '../projekte/projekte.usecases.ts';
import type { UebernahmePhase } from '../uebernahmen.table.ts';
import { berichtPdf } from './bericht.pdf.ts';

/** Phases with a report: in operation (verstetigen), completed, or aborted. */
export const BERICHT_PHASEN: readonly UebernahmePhase[] = ['verstetigen', 'abgeschlossen', 'abgebrochen'];

export async function bericht(db: Db, konto: Konto, id: string): Promise<Buffer> {
  const u = await detail(db, konto, id);
  if (!BERICHT_PHASEN.includes(u.phase)) throw uebernahmeFehler.berichtNochOffen();
  return berichtPdf(u);
}
