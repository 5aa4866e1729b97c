import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from './core/config.ts';
import { openDb, type Db } from './core/db/db.ts';
import { migrate } from './core/db/migrate.ts';
import type { Befehl } from './core/modul.ts';
import { alleModule } from './modules/index.ts';

export type { Befehl, BefehlKontext } from './core/modul.ts';

/**
 * Kommandozeile: `npm run lotse -- <befehl> [argumente]`.
 * Die Befehle bringen die Module in ihrem Manifest mit (`befehle`, in `<modul>.cli.ts`). Die Datenbank
 * wird wie beim Server geöffnet (LOTSE_DATA_DIR bzw. DATABASE_URL) und migriert; mit PGlite ist der
 * Datenordner für diesen Prozess gesperrt (docs/decisions/0010).
 */
/** Alle Befehle aller Module; ein Name darf nur einmal vorkommen. */
export const befehle: Record<string, Befehl> = {};
for (const m of alleModule) {
  for (const [name, b] of Object.entries(m.befehle ?? {})) {
    if (befehle[name]) throw new Error(`Der Befehl ${name} ist doppelt definiert (Modul ${m.name})`);
    befehle[name] = b;
  }
}

function hilfe(out: (s: string) => void) {
  out('Aufruf: npm run lotse -- <befehl> [argumente]\n\nBefehle:');
  for (const b of Object.values(befehle)) out(`  ${b.aufruf.padEnd(32)} ${b.beschreibung}`);
}

/** Führt einen Befehl aus und liefert den Exit-Code (testbar ohne Prozess). */
export async function fuehreAus(argv: string[], opts: { env?: NodeJS.ProcessEnv; db?: () => Promise<Db>; out?: (s: string) => void; err?: (s: string) => void } = {}): Promise<number> {
  const env = opts.env ?? process.env;
  const out = opts.out ?? ((s: string) => process.stdout.write(s + '\n'));
  const err = opts.err ?? ((s: string) => process.stderr.write(s + '\n'));
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    hilfe(out);
    return name ? 0 : 2;
  }
  const befehl = befehle[name];
  if (!befehl) {
    err(`Unbekannter Befehl: ${name}`);
    hilfe(err);
    return 2;
  }
  let offen: Db | undefined;
  const db =
    opts.db ??
    (async () => {
      if (offen) return offen;
      const config = loadConfig(env);
      offen = await openDb({ databaseUrl: config.databaseUrl, schema: config.databaseSchema, dataDir: path.join(config.dataDir, 'pglite'), zweck: name });
      await migrate(offen);
      return offen;
    });
  try {
    return await befehl.ausfuehren({ args, db, out, err, env });
  } catch (e) {
    err(`Fehler: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  } finally {
    await offen?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  fuehreAus(process.argv.slice(2)).then((code) => process.exit(code));
}
