import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { loadConfig } from './core/config.ts';
import { openDb, type Db } from './core/db/db.ts';
import { migrate } from './core/db/migrate.ts';
import { hashPasswort } from './core/auth/passwort.ts';
import { email as emailSchema, passwort as passwortSchema } from './modules/konten/konten.schemas.ts';
import { importGemeinden } from './modules/kommunen/kommunen.cli.ts';
import { importLoesungen } from './modules/loesungen/loesungen.cli.ts';

/**
 * Kommandozeile: `npm run lotse -- <befehl> [argumente]`.
 * Ein Befehl ist ein Eintrag in `befehle` (unten); Module legen ihre Befehle in `<modul>.cli.ts` ab und
 * tragen sie hier mit einer Zeile ein. Die Datenbank wird wie beim Server geöffnet (LOTSE_DATA_DIR bzw.
 * DATABASE_URL) und migriert. Mit PGlite darf dabei kein Server auf denselben Datenordner zugreifen.
 */
export interface BefehlKontext {
  args: string[];
  /** Öffnet (einmal) die Datenbank und migriert sie. */
  db: () => Promise<Db>;
  out: (zeile: string) => void;
  err: (zeile: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface Befehl {
  aufruf: string;
  beschreibung: string;
  /** Rückgabe: Exit-Code (0 = ok, 1 = Fehler, 2 = falscher Aufruf). */
  ausfuehren(ctx: BefehlKontext): Promise<number>;
}

/** Liest eine Zeile; im Terminal ohne Echo (für Passwörter). */
async function frage(text: string, verdeckt: boolean): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  if (verdeckt && process.stdin.isTTY) {
    const rlIntern = rl as unknown as { _writeToOutput: (s: string) => void };
    rlIntern._writeToOutput = (s: string) => {
      if (s.startsWith(text)) process.stderr.write(text);
      else if (s.includes('\n') || s.includes('\r')) process.stderr.write('\n');
    };
  }
  try {
    return await new Promise<string>((resolve) => rl.question(text, resolve));
  } finally {
    rl.close();
  }
}

/** `create-admin EMAIL`: erste*r Plattform-Admin. Passwort interaktiv oder aus LOTSE_ADMIN_PASSWORT. */
export const createAdmin: Befehl = {
  aufruf: 'create-admin EMAIL',
  beschreibung: 'Plattform-Admin anlegen (Passwort wird abgefragt oder aus LOTSE_ADMIN_PASSWORT gelesen); besteht das Konto, erhält es die Rolle',
  async ausfuehren({ args, db, out, err, env }) {
    if (args.length !== 1) {
      err('Aufruf: npm run lotse -- create-admin EMAIL');
      return 2;
    }
    const email = emailSchema.safeParse(args[0]);
    if (!email.success) {
      err(`Ungültige E-Mail-Adresse: ${args[0]}`);
      return 1;
    }
    const d = await db();
    const vorhanden = await d.k.selectFrom('konto').select('id').where(sql<string>`lower(email)`, '=', email.data).executeTakeFirst();
    let kontoId = vorhanden?.id;
    if (!kontoId) {
      let pw = env.LOTSE_ADMIN_PASSWORT;
      if (pw === undefined) {
        if (!process.stdin.isTTY) {
          err('Kein Terminal: Passwort bitte in LOTSE_ADMIN_PASSWORT übergeben.');
          return 1;
        }
        pw = await frage('Passwort (mindestens 10 Zeichen): ', true);
        const nochmal = await frage('Passwort wiederholen: ', true);
        if (pw !== nochmal) {
          err('Die Passwörter stimmen nicht überein.');
          return 1;
        }
      }
      const p = passwortSchema.safeParse(pw);
      if (!p.success) {
        err(p.error.issues[0]?.message ?? 'Ungültiges Passwort.');
        return 1;
      }
      const hash = await hashPasswort(p.data);
      const name = env.LOTSE_ADMIN_NAME?.trim() || 'Plattform-Admin';
      kontoId = (await d.k.insertInto('konto').values({ email: email.data, name, passwort_hash: hash }).returning('id').executeTakeFirstOrThrow()).id;
      out(`Konto ${email.data} angelegt.`);
    } else {
      out(`Konto ${email.data} besteht bereits (Passwort unverändert).`);
    }
    await d.k.insertInto('plattform_rolle').values({ konto_id: kontoId, rolle: 'plattform-admin' }).onConflict((oc) => oc.doNothing()).execute();
    out(`${email.data} ist Plattform-Admin.`);
    return 0;
  },
};

/** Alle Befehle. Neue Befehle: eine Zeile hier (z. B. `'import-loesungen': importLoesungen`). */
export const befehle: Record<string, Befehl> = {
  'import-gemeinden': importGemeinden,
  'import-loesungen': importLoesungen,
  'create-admin': createAdmin,
};

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
