import type { Db } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/start.ts';
import { hashPasswort } from '../../core/auth/passwort.ts';

/** Password of every demo account (demo content only; LOTSE_DEMO=0 disables the demo). */
export const DEMO_PASSWORT = 'lotse-demo-2026';

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

/** Creates the demo accounts once (idempotent). Kommunen missing from the directory are skipped. */
export async function demoKonten(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const vorhanden = await db.k.selectFrom('konto').select('id').where('email', '=', DEMO_KONTEN[0].email).executeTakeFirst();
  if (vorhanden) return;
  const hash = await hashPasswort(DEMO_PASSWORT);
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
  opts.log(`Demo-Konten angelegt (Passwort: ${DEMO_PASSWORT}): ${DEMO_KONTEN.map((d) => d.email).join(', ')}`);
}
