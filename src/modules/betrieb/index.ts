import type { LotseModul } from '../../core/modul.ts';
import { backup, restore } from './betrieb.cli.ts';
import { aufraeumen } from './dsgvo/dsgvo.cli.ts';
import { betriebRoutes } from './betrieb.routes.ts';
import { AUFRAEUMEN_JOB, aufraeumenJob } from './dsgvo/dsgvo.jobs.ts';

export { sichere, stelleWiederHer, tabellenPruefsummen } from './betrieb.sicherung.ts';
export { SicherungsFehler } from './betrieb.errors.ts';
export { raeumeAuf } from './dsgvo/dsgvo.usecases.ts';

/**
 * Betrieb: what an operator of a Lotse installation needs beyond the application itself –
 * backup, restore and moving house between the embedded database and PostgreSQL (docs/betrieb/,
 * docs/decisions/0060), and the DSGVO duties: a Kommune's data as an archive and its deletion after a
 * waiting period, a person's own account (export, deletion) and the scheduled clean-up
 * (docs/decisions/0130).
 */
export const manifest: LotseModul = {
  name: 'betrieb',
  routen: betriebRoutes,
  befehle: { backup, restore, aufraeumen },
  // Daily in the job queue (once per day across all instances); `npm run lotse -- aufraeumen` does the same by hand.
  jobs: { [AUFRAEUMEN_JOB]: aufraeumenJob },
  zeitplan: [{ art: AUFRAEUMEN_JOB, alle: 'tag' }],
  bench: {
    dsgvo: async () => (await import('../../../bench/betrieb/dsgvo.ts')).run(),
    // 200 simulated persons against two instances on PostgreSQL (issue 14, item 9).
    last: async () => (await import('../../../bench/betrieb/last.ts')).run(),
  },
};
