/**
 * Modul „uebernahmen“: Übernahmeprojekte (Verstehen → Anpassen → Übernehmen → Verstetigen),
 * Übertragbarkeits-Check, Rückmeldungen und Export. Öffentliches Gesicht und Manifest.
 *
 * Bewusst eine schlichte Zusammensetzung: Teilbereiche (projekte/, check/, rueckmeldungen/, export/,
 * bericht/, kohorten/, community/) tragen ihre Routen, Start-Aufgaben und Punkte für „Was steht an?“ hier je mit
 * einer Zeile ein.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { AnstehendPunkt, LotseModul } from '../../core/modul.ts';
import type { Db } from '../../core/db/db.ts';
import type { Konto } from '../../core/authz/policy.ts';
import './uebernahmen.table.ts';
import { projekteRoutes } from './projekte/projekte.routes.ts';
import { beimStart } from './projekte/projekte.usecases.ts';
import { checkRoutes } from './check/check.routes.ts';
import { checkBeimStart } from './check/check.usecases.ts';
import { demoUebernahmen } from './uebernahmen.demo.ts';
import { exportRoutes } from './export/export.routes.ts';
import { berichtRoutes } from './bericht/bericht.routes.ts';
import { lernenRoutes } from './lernen/lernen.routes.ts';
import { rueckmeldungenRoutes } from './rueckmeldungen/rueckmeldungen.routes.ts';
import { anstehend as anstehendRueckmeldungen } from './rueckmeldungen/rueckmeldungen.usecases.ts';
import { communityRoutes } from './community/community.routes.ts';
import { anstehend as anstehendCommunity } from './community/community.usecases.ts';
import { COMMUNITY_REGELN } from './community/community.permissions.ts';
import { demoCommunity } from './community/community.demo.ts';
import { kohortenRoutes } from './kohorten/kohorten.routes.ts';
import { KOHORTEN_REGELN } from './kohorten/kohorten.permissions.ts';
import { demoKohorten } from './kohorten/kohorten.demo.ts';
import { anstehend as anstehendKohorten } from './kohorten/kohorten.usecases.ts';

/** Routes of the parts (one line each). */
const teilRouten: FastifyPluginAsync[] = [exportRoutes, projekteRoutes, lernenRoutes, checkRoutes, rueckmeldungenRoutes, communityRoutes, kohortenRoutes, berichtRoutes];

/** What runs when a project starts (one line each): the transferability check adds its milestones. */
beimStart(checkBeimStart);

/** What is due for a person, from each part (one line each). */
const teilAnstehend: ((db: Db, konto: Konto) => Promise<AnstehendPunkt[]>)[] = [anstehendRueckmeldungen, anstehendCommunity, anstehendKohorten];

/** For the solution page (module „loesungen“): figures of use, and the Kommunen where it is in use through a project. */
export { nutzungDerLoesung, aktualisiereNutzung } from './rueckmeldungen/nutzung.ts';
export { umgesetztIn } from './rueckmeldungen/rueckmeldungen.repository.ts';
export { nutzungSchema, type Nutzung } from './rueckmeldungen/rueckmeldungen.schemas.ts';

export const manifest: LotseModul = {
  name: 'uebernahmen',
  routen: async (app) => {
    for (const r of teilRouten) await app.register(r);
  },
  hintergrund: [demoUebernahmen, demoCommunity, demoKohorten],
  bench: { uebernahmen: async () => (await import('../../../bench/uebernahmen/loesungsseite.ts')).run() },
  anstehend: async (db, konto) => (await Promise.all(teilAnstehend.map((f) => f(db, konto)))).flat(),
  aktionen: { ...COMMUNITY_REGELN, ...KOHORTEN_REGELN },
};

/** Übernehmende Kommune und Beginn eines Projekts (Modul wirkung: Wirkungsziele eines Transferprojekts). */
export { eckdatenDerUebernahme } from './projekte/eckdaten.ts';
