import path from 'node:path';
import { loadConfig } from './core/config.ts';
import { openDb } from './core/db/db.ts';
import { migrate } from './core/db/migrate.ts';
import { buildApp } from './core/http/app.ts';
import { bereiteVor, Einrichtung } from './core/start.ts';
import { alleModule } from './modules/index.ts';
import { alleJobs } from './core/jobs/kern.ts';
import { starteJobWorker } from './core/jobs/worker.ts';
import { smtpVersand } from './core/mail.ts';
import { DEMO_KONTEN, ladeDemoPasswort } from './modules/konten/index.ts';

/** Starts Lotse: opens the database (PGlite in LOTSE_DATA_DIR or DATABASE_URL), migrates, fills, serves. */
async function main() {
  const config = loadConfig();
  if (config.dataDirHinweis && !config.databaseUrl) console.warn(config.dataDirHinweis);
  const t0 = Date.now();
  const db = await openDb({ databaseUrl: config.databaseUrl, schema: config.databaseSchema, dataDir: path.join(config.dataDir, 'pglite') });
  await migrate(db);
  const startOptionen = { demo: config.demo, demoPasswort: config.demoPasswort, log: (m: string) => console.log(m) };
  await bereiteVor(db, alleModule, startOptionen);
  const einrichtung = new Einrichtung(alleModule);
  const app = await buildApp({ db, module: alleModule, einrichtung: () => einrichtung.stand(), zweiFaktorPflicht: config.zweiFaktorPflicht, logger: { level: config.logLevel }, secureCookies: config.secureCookies, trustProxy: config.trustProxy, authRateLimit: config.authRateLimit, matchingRateLimit: config.matchingRateLimit });
  await app.listen({ port: config.port, host: config.host });
  // Job queue (mails, digests, reminders) in the database; without LOTSE_SMTP_URL mails stay in the outbox.
  const mailVersand = config.smtpUrl ? smtpVersand(config.smtpUrl, config.smtpAbsender) : null;
  const jobWorker = starteJobWorker(db, { register: alleJobs(alleModule), mailVersand, log: (m) => console.error(m) });
  const where = db.kind === 'pglite' ? `PGlite in ${path.join(config.dataDir, 'pglite')}` : 'PostgreSQL';
  const adresse = config.host === '0.0.0.0' || config.host === '::' ? `alle Adressen (${config.host})` : config.host;
  console.log(`Lotse läuft auf http://localhost:${config.port} (lauscht auf ${adresse}; Datenbank: ${where}, Start in ${Date.now() - t0} ms)`);
  const demoPasswort = config.demo ? await ladeDemoPasswort(db) : undefined;
  if (demoPasswort) console.log(`Demo-Konten (z. B. ${DEMO_KONTEN[0].email}, ${DEMO_KONTEN.length} insgesamt) – Passwort dieser Installation: ${demoPasswort}`);
  // Demo content, large reference series and indexes arrive after the first page (docs/decisions/0071).
  const tE = Date.now();
  void einrichtung.starte(db, startOptionen).then(() => {
    const s = einrichtung.stand();
    if (!s.fehler && s.gesamt) console.log(`Einrichtung abgeschlossen (${s.gesamt} Aufgaben im Hintergrund, ${Date.now() - tE} ms).`);
  });
  // Graceful shutdown: stop accepting, let running requests finish (Fastify's close() waits for them and
  // answers new ones with 503), then close the database. A second signal ends the process at once.
  let beendet = false;
  const stop = async (signal: string) => {
    if (beendet) {
      console.error(`${signal} erneut empfangen: Lotse beendet sich sofort, ohne auf laufende Anfragen zu warten.`);
      process.exit(1);
    }
    beendet = true;
    console.log(`${signal} empfangen: Lotse nimmt keine neuen Anfragen mehr an, beendet die laufenden und schließt die Datenbank `
      + '(ein zweites Signal beendet sofort).');
    let code = 0;
    try {
      await app.close();
    } catch (err) {
      console.error('Beim Beenden des HTTP-Servers:', err instanceof Error ? err.message : err);
      code = 1;
    }
    // The job worker finishes its current job (at most 15 s), then sends nothing more.
    await Promise.race([jobWorker.stoppe(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    mailVersand?.schliesse();
    // A running background task (demo content, reference series) finishes its transaction first; at most 15 s.
    await Promise.race([einrichtung.beende(), new Promise((r) => setTimeout(r, 15_000).unref())]);
    try {
      await db.close();
    } catch (err) {
      console.error('Beim Schließen der Datenbank:', err instanceof Error ? err.message : err);
      code = 1;
    }
    console.log('Lotse ist beendet.');
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('Lotse konnte nicht starten:', err instanceof Error ? err.message : err);
  process.exit(1);
});
