import type { Db } from '../core/db/db.ts';
import { hashPasswort } from '../core/auth/passwort.ts';
import type { KommuneTable } from '../modules/kommunen/kommunen.table.ts';

/** A small, real excerpt of the directory (Zensus 2022 figures) for tests. */
export const TEST_KOMMUNEN: KommuneTable[] = [
  { id: '060000000000', ags: '06', name: 'Hessen', kurzname: 'Hessen', typ: 'Land', einwohner: 6_262_000, land: 'HE', land_id: null, kreis_id: null, groessenklasse: null, such_name: 'hessen' },
  { id: '065310000000', ags: '06531', name: 'Landkreis Gießen', kurzname: 'Gießen', typ: 'Landkreis', einwohner: 271_000, land: 'HE', land_id: '060000000000', kreis_id: null, groessenklasse: 1, such_name: 'giessen' },
  { id: '065310005005', ags: '06531005', name: 'Gießen, Universitätsstadt', kurzname: 'Gießen', typ: 'Stadt', einwohner: 87_217, land: 'HE', land_id: '060000000000', kreis_id: '065310000000', groessenklasse: 4, such_name: 'giessen' },
  { id: '065310011011', ags: '06531011', name: 'Lich, Stadt', kurzname: 'Lich', typ: 'Stadt', einwohner: 13_500, land: 'HE', land_id: '060000000000', kreis_id: '065310000000', groessenklasse: 6, such_name: 'lich' },
  { id: '090000000000', ags: '09', name: 'Bayern', kurzname: 'Bayern', typ: 'Land', einwohner: 13_038_000, land: 'BY', land_id: null, kreis_id: null, groessenklasse: null, such_name: 'bayern' },
  { id: '091620000000', ags: '09162', name: 'München, Landeshauptstadt', kurzname: 'München', typ: 'kreisfreie Stadt', einwohner: 1_510_378, land: 'BY', land_id: '090000000000', kreis_id: null, groessenklasse: 1, such_name: 'munchen' },
  { id: '092760130130', ags: '09276130', name: 'Lindberg', kurzname: 'Lindberg', typ: 'Gemeinde', einwohner: 2_294, land: 'BY', land_id: '090000000000', kreis_id: null, groessenklasse: 7, such_name: 'lindberg' },
];

export const KOMMUNE_A = '065310005005'; // Gießen (Hessen, Kreis 06531)
export const KOMMUNE_B = '091620000000'; // München (Bayern)

export const TEST_PASSWORT = 'test-passwort-123';

export type TestRolle = 'anonym' | 'mitglied' | 'admin' | 'lotse' | 'lotse-fremd' | 'transferstelle' | 'plattform-admin' | 'fremd';

/**
 * Accounts for every role. Members/admins belong to KOMMUNE_A; `fremd` is admin of KOMMUNE_B;
 * `lotse` covers Land Hessen (so KOMMUNE_A), `lotse-fremd` covers Bayern only.
 */
export const TEST_KONTEN: Record<Exclude<TestRolle, 'anonym'>, string> = {
  mitglied: 'mitglied@giessen.test',
  admin: 'admin@giessen.test',
  lotse: 'lotse@hessen.test',
  'lotse-fremd': 'lotse@bayern.test',
  transferstelle: 'transfer@lotse.test',
  'plattform-admin': 'admin@lotse.test',
  fremd: 'admin@muenchen.test',
};

export async function seedKommunen(db: Db, rows: KommuneTable[] = TEST_KOMMUNEN) {
  await db.k.insertInto('kommune').values(rows).onConflict((oc) => oc.column('id').doNothing()).execute();
}

export async function seedKonten(db: Db): Promise<Record<string, string>> {
  const hash = await hashPasswort(TEST_PASSWORT);
  const ids: Record<string, string> = {};
  for (const [rolle, email] of Object.entries(TEST_KONTEN)) {
    const r = await db.k.insertInto('konto').values({ email, name: `Test ${rolle}`, passwort_hash: hash }).returning('id').executeTakeFirstOrThrow();
    ids[rolle] = r.id;
  }
  await db.k.insertInto('mitgliedschaft').values([
    { kommune_id: KOMMUNE_A, konto_id: ids.mitglied, rolle: 'mitglied' },
    { kommune_id: KOMMUNE_A, konto_id: ids.admin, rolle: 'admin' },
    { kommune_id: KOMMUNE_B, konto_id: ids.fremd, rolle: 'admin' },
  ]).execute();
  await db.k.insertInto('plattform_rolle').values([
    { konto_id: ids.lotse, rolle: 'lotse' },
    { konto_id: ids['lotse-fremd'], rolle: 'lotse' },
    { konto_id: ids.transferstelle, rolle: 'transferstelle' },
    { konto_id: ids['plattform-admin'], rolle: 'plattform-admin' },
  ]).execute();
  await db.k.insertInto('lotse_region').values([
    { konto_id: ids.lotse, schluessel: '06' },
    { konto_id: ids['lotse-fremd'], schluessel: '09' },
  ]).execute();
  return ids;
}
