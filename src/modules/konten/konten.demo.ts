import crypto from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/start.ts';
import { hashPasswort, pruefePasswort } from '../../core/auth/passwort.ts';
import { neuesToken } from '../../core/auth/sitzung.ts';

/**
 * The password the README published for every demo account until the demo password became per
 * installation. Kept only to find and replace it in existing installations (see below).
 */
const FRUEHER_VEROEFFENTLICHT = 'lotse-demo-2026';

const EINSTELLUNG_PASSWORT = 'demo.passwort';
const EINSTELLUNG_ALT_ERSETZT = 'demo.veroeffentlichtes_passwort_ersetzt';

type DemoKonto =
  | { email: string; name: string; kommune: string; rolle: 'mitglied' | 'admin' }
  | { email: string; name: string; plattform: 'lotse' | 'transferstelle' | 'plattform-admin'; regionen?: string[] };

export const DEMO_KONTEN: DemoKonto[] = [
  { email: 'admin@giessen.example', name: 'Anna Becker (Gießen, Admin)', kommune: '065310005005', rolle: 'admin' },
  { email: 'mitarbeit@giessen.example', name: 'Jonas Weber (Gießen)', kommune: '065310005005', rolle: 'mitglied' },
  { email: 'admin@marburg.example', name: 'Sabine Krüger (Marburg, Admin)', kommune: '065340014014', rolle: 'admin' },
  { email: 'lotse@hessen.example', name: 'Mehmet Yilmaz (Lotse Hessen)', plattform: 'lotse', regionen: ['06'] },
  { email: 'transfer@lotse.example', name: 'Claudia Schmidt (Transferstelle)', plattform: 'transferstelle' },
  { email: 'plattform@lotse.example', name: 'Plattform-Administration', plattform: 'plattform-admin' },
];

/** A readable random password, e.g. `demo-k7pm-x3qa-9wtz` (12 characters from 32: 60 bits). */
export function erzeugeDemoPasswort(): string {
  const zeichen = 'abcdefghjkmnpqrstuvwxyz23456789';
  const gruppe = () => Array.from(crypto.randomBytes(4), (b) => zeichen[b % zeichen.length]).join('');
  return `demo-${gruppe()}-${gruppe()}-${gruppe()}`;
}

async function einstellung(db: Db, name: string): Promise<string | undefined> {
  return (await db.k.selectFrom('einstellung').select('wert').where('name', '=', name).executeTakeFirst())?.wert;
}

async function setzeEinstellung(db: Db, name: string, wert: string) {
  await db.k
    .insertInto('einstellung')
    .values({ name, wert })
    .onConflict((oc) => oc.column('name').doUpdateSet({ wert, geaendert_am: sql<Date>`now()` }))
    .execute();
}

/** The demo password of this installation (undefined when no demo accounts were created). */
export const ladeDemoPasswort = (db: Db) => einstellung(db, EINSTELLUNG_PASSWORT);

/**
 * Gives every demo account that still has one of the `alte` passwords the hash `neu` and ends its
 * sessions. Accounts whose password someone changed are left alone. Returns how many were changed.
 */
async function ersetzePasswoerter(db: Db, alte: string[], neu: string): Promise<number> {
  const konten = await db.k.selectFrom('konto').select(['id', 'passwort_hash']).where('email', 'in', DEMO_KONTEN.map((d) => d.email)).execute();
  const betroffen: string[] = [];
  for (const k of konten) {
    for (const alt of alte) {
      if (await pruefePasswort(k.passwort_hash, alt)) {
        betroffen.push(k.id);
        break;
      }
    }
  }
  if (!betroffen.length) return 0;
  const hash = await hashPasswort(neu);
  await db.k.transaction().execute(async (tx) => {
    await tx.updateTable('konto').set({ passwort_hash: hash, aktualisiert_am: new Date() }).where('id', 'in', betroffen).execute();
    await tx.deleteFrom('sitzung').where('konto_id', 'in', betroffen).execute();
  });
  return betroffen.length;
}

/**
 * Start task: the demo accounts (idempotent). Their password is LOTSE_DEMO_PASSWORT or, without it, one
 * generated at the first start and kept in the table `einstellung`, so it stays the same across restarts
 * (server.ts prints it). Once per installation, demo accounts that still have the formerly published
 * password get the current one (or, without demo, an unknown random one). Kommunen missing from the
 * directory are skipped.
 */
export async function demoKonten(db: Db, opts: StartOptionen): Promise<void> {
  const gespeichert = await ladeDemoPasswort(db);
  const passwort = opts.demo ? (opts.demoPasswort ?? gespeichert ?? erzeugeDemoPasswort()) : undefined;

  const alte: string[] = [];
  const altErsetzt = await einstellung(db, EINSTELLUNG_ALT_ERSETZT);
  if (!altErsetzt) alte.push(FRUEHER_VEROEFFENTLICHT);
  if (passwort && gespeichert && gespeichert !== passwort) alte.push(gespeichert);
  if (alte.length) {
    const n = await ersetzePasswoerter(db, alte, passwort ?? neuesToken());
    if (n && !altErsetzt) {
      opts.log(
        passwort
          ? `Das früher veröffentlichte Demo-Passwort wurde bei ${n} Demo-Konten durch das Passwort dieser Installation ersetzt.`
          : `Das früher veröffentlichte Demo-Passwort wurde bei ${n} Demo-Konten durch ein unbekanntes ersetzt (Demo aus: die Konten sind gesperrt).`,
      );
    } else if (n) {
      opts.log(`Demo-Passwort bei ${n} Demo-Konten geändert (LOTSE_DEMO_PASSWORT).`);
    }
  }
  if (!altErsetzt) await setzeEinstellung(db, EINSTELLUNG_ALT_ERSETZT, new Date().toISOString());
  if (!passwort) return;
  if (passwort !== gespeichert) await setzeEinstellung(db, EINSTELLUNG_PASSWORT, passwort);

  const vorhanden = await db.k.selectFrom('konto').select('id').where('email', '=', DEMO_KONTEN[0].email).executeTakeFirst();
  if (vorhanden) return;
  const hash = await hashPasswort(passwort);
  await db.k.transaction().execute(async (tx) => {
    for (const d of DEMO_KONTEN) {
      const k = await tx.insertInto('konto').values({ email: d.email, name: d.name, passwort_hash: hash }).returning('id').executeTakeFirstOrThrow();
      if ('kommune' in d) {
        const kommune = await tx.selectFrom('kommune').select('id').where('id', '=', d.kommune).executeTakeFirst();
        if (kommune) await tx.insertInto('mitgliedschaft').values({ kommune_id: d.kommune, konto_id: k.id, rolle: d.rolle }).execute();
      } else {
        await tx.insertInto('plattform_rolle').values({ konto_id: k.id, rolle: d.plattform }).execute();
        if (d.regionen) await tx.insertInto('lotse_region').values(d.regionen.map((schluessel) => ({ konto_id: k.id, schluessel }))).execute();
      }
    }
  });
  opts.log(`Demo-Konten angelegt: ${DEMO_KONTEN.map((d) => d.email).join(', ')}`);
}
