import type { LotseModul } from '../../core/modul.ts';
import { backup, restore } from './betrieb.cli.ts';

export { sichere, stelleWiederHer, tabellenPruefsummen } from './betrieb.sicherung.ts';
export { SicherungsFehler } from './betrieb.errors.ts';

/**
 * Betrieb: what an operator of a Lotse installation needs beyond the application itself –
 * backup, restore and moving house between the embedded database and PostgreSQL (docs/betrieb/,
 * docs/decisions/0060). No routes and no start tasks of its own.
 */
export const manifest: LotseModul = {
  name: 'betrieb',
  befehle: { backup, restore },
};
