/**
 * Modul „bedarfe“: Bedarfe einer Kommune in eigenen Worten, Statusfluss, Vorschläge, Eingang der Lotsen.
 * Öffentliches Gesicht und Manifest.
 */
import type { LotseModul } from '../../core/modul.ts';
import { bedarfeRoutes } from './bedarfe.routes.ts';
import { demoBedarfe } from './bedarfe.demo.ts';

export { BEDARF_STATUS, OFFENE_STATUS, type BedarfStatus } from './bedarfe.rules.ts';

/** Kommunen whose open needs have this solution proposed, with the number of such needs (cohorts, module „uebernahmen“). */
export async function kommunenMitVorschlag(db: import('../../core/db/db.ts').Db, loesungId: string): Promise<{ kommuneId: string; bedarfe: number }[]> {
  const { OFFENE_STATUS: offen } = await import('./bedarfe.rules.ts');
  const rows = await db.k.selectFrom('bedarf_vorschlag as v').innerJoin('bedarf as b', 'b.id', 'v.bedarf_id')
    .select(['b.kommune_id', (eb) => eb.fn.count<number>('b.id').distinct().as('n')])
    .where('v.loesung_id', '=', loesungId).where('b.status', 'in', [...offen])
    .groupBy('b.kommune_id').execute();
  return rows.map((r) => ({ kommuneId: r.kommune_id, bedarfe: Number(r.n) }));
}

export const manifest: LotseModul = {
  name: 'bedarfe',
  routen: bedarfeRoutes,
  hintergrund: [demoBedarfe],
};

/** Legt einen Bedarf (Status „neu“) mit Verlauf und Audit an – für andere Module, gern in deren Transaktion (z. B. wirkung: Hypothese → Bedarf). */
export { erstelle as erstelleBedarf } from './bedarfe.usecases.ts';
