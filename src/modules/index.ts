import type { LotseModul } from '../core/modul.ts';
import { manifest as kommunen } from './kommunen/index.ts';
import { manifest as konten } from './konten/index.ts';
import { manifest as loesungen } from './loesungen/index.ts';
import { manifest as bedarfe } from './bedarfe/index.ts';
import { manifest as erhebungen } from './erhebungen/index.ts';
import { manifest as matching } from './matching/index.ts';
import { manifest as transfer } from './transfer/index.ts';
import { manifest as betrieb } from './betrieb/index.ts';
import { manifest as rueckmeldung } from './rueckmeldung/index.ts';
import { manifest as wirkung } from './wirkung/index.ts';
import { manifest as uebernahmen } from './uebernahmen/index.ts';
import { manifest as kaizen } from './kaizen/index.ts';

/**
 * The one list of feature modules (docs/how-to/neues-modul.md). Server, CLI, benchmarks and tests take
 * it from here; the web app finds each module's pages in `<modul>/ui/index.ts`.
 *
 * The order is the order of the start tasks: the directory of Kommunen first (everything points to a
 * Kommune), then accounts, solutions, needs and self-checks (demo content), then the matcher's index
 * (built over the solutions).
 */
export const alleModule: readonly LotseModul[] = [kommunen, konten, loesungen, bedarfe, erhebungen, matching, transfer, betrieb, rueckmeldung, wirkung, uebernahmen, kaizen];
