import readline from 'node:readline';
import { sql } from 'kysely';
import type { Befehl } from '../../core/modul.ts';
import { hashPasswort } from '../../core/auth/passwort.ts';
import { email as emailSchema, passwort as passwortSchema } from './konten.schemas.ts';

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

