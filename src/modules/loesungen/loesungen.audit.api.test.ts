/**
 * Audit on platform level (issue 8): imports by the Transferstelle (API and CLI) and seal awards and
 * withdrawals are in the audit log, in the same transaction as the change – in the Kommune's log where
 * the solution has one (kommune_id), otherwise in plattform_audit_log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import { fuehreAus } from '../../cli.ts';
import { SIEGEL_KRITERIEN } from './loesungen.schemas.ts';

let env: TestUmgebung;
let dir: string;
beforeAll(async () => {
  env = await createTestApp();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-audit-'));
});
afterAll(async () => {
  await env?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const alleKriterien = SIEGEL_KRITERIEN.map((kriterium) => ({ kriterium, erfuellt: true, begruendung: 'Geprüft anhand der Berichte.' }));
const plattform = (aktion: string) =>
  env.db.k.selectFrom('plattform_audit_log').selectAll().where('aktion', '=', aktion).orderBy('id').execute();
const kommune = (aktion: string, objektId: string) =>
  env.db.k.selectFrom('audit_log').selectAll().where('aktion', '=', aktion).where('objekt_id', '=', objektId).orderBy('id').execute();
const idVon = async (externalId: string) =>
  (await env.db.k.selectFrom('loesung').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()).id;

describe('Audit der Plattformebene: Importe und Siegel', () => {
  it('protokolliert einen Import der Transferstelle über die API: je Lösung bei der Kommune, ohne Kommune auf Plattformebene', async () => {
    const r = await (await env.als('transferstelle')).post('/api/loesungen/import', [
      { externalId: 'AUD-1', title: 'Mit Kommune', summary: 'S', problem: 'P', origin: KOMMUNE_A },
      { externalId: 'AUD-2', title: 'Ohne Kommune', summary: 'S', problem: 'P', origin: 'Stadtverwaltung Wien (AT)' },
    ]);
    expect(r.status).toBe(200);
    const mit = await idVon('AUD-1');
    const ohne = await idVon('AUD-2');
    expect(await kommune('loesung.importiert', mit)).toMatchObject([{ kommune_id: KOMMUNE_A, konto_id: env.kontoIds.transferstelle }]);
    const eintraege = await plattform('loesung.importiert');
    expect(eintraege).toHaveLength(1);
    expect(eintraege[0]).toMatchObject({ konto_id: env.kontoIds.transferstelle, objekt_typ: 'loesung', objekt_id: ohne });
    expect(eintraege[0].details).toMatchObject({ externalId: 'AUD-2', version: 1, quelle: 'api' });
    // The import run itself (who, when, how many) is a platform-level action.
    const laeufe = await plattform('loesungen.import');
    expect(laeufe).toHaveLength(1);
    expect(laeufe[0]).toMatchObject({ konto_id: env.kontoIds.transferstelle, objekt_typ: 'loesung_import' });
    expect(laeufe[0].details).toMatchObject({ quelle: 'api', gesamt: 2, neu: 2, aktualisiert: 0, unveraendert: 0 });
  });

  it('protokolliert einen Import über die Kommandozeile (ohne Konto) auf Plattformebene', async () => {
    const datei = path.join(dir, 'cli.json');
    fs.writeFileSync(datei, JSON.stringify([
      { externalId: 'AUD-2', title: 'Ohne Kommune, neu gefasst', summary: 'S', problem: 'P', origin: 'Stadtverwaltung Wien (AT)' },
    ]));
    const out: string[] = [];
    const code = await fuehreAus(['import-loesungen', datei], { db: async () => env.db, out: (s) => out.push(s), err: (s) => out.push(s) });
    expect(code, out.join('\n')).toBe(0);
    const aktualisiert = await plattform('loesung.import_aktualisiert');
    expect(aktualisiert).toHaveLength(1);
    expect(aktualisiert[0]).toMatchObject({ konto_id: null, objekt_id: await idVon('AUD-2') });
    expect(aktualisiert[0].details).toMatchObject({ version: 2, quelle: 'cli' });
    const laeufe = await plattform('loesungen.import');
    expect(laeufe).toHaveLength(2);
    expect(laeufe[1]).toMatchObject({ konto_id: null });
    expect(laeufe[1].details).toMatchObject({ quelle: 'cli', gesamt: 1, aktualisiert: 1 });
  });

  it('protokolliert Vergabe und Entzug des Siegels einer Lösung ohne Kommune auf Plattformebene', async () => {
    const id = await idVon('AUD-2');
    const t = await env.als('transferstelle');
    expect((await (await env.als('mitglied')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_A })).status).toBe(201);
    // Rejected (criteria missing): nothing is recorded.
    expect((await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien.slice(0, 2) })).status).toBe(422);
    expect(await plattform('loesung.siegel_vergeben')).toHaveLength(0);
    expect((await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien })).status).toBe(200);
    expect(await plattform('loesung.siegel_vergeben')).toMatchObject([{ konto_id: env.kontoIds.transferstelle, objekt_typ: 'loesung', objekt_id: id }]);
    expect((await t.delete(`/api/loesungen/${id}/siegel`)).status).toBe(204);
    expect(await plattform('loesung.siegel_entzogen')).toMatchObject([{ konto_id: env.kontoIds.transferstelle, objekt_id: id }]);
  });

  it('protokolliert Vergabe und Entzug des Siegels einer Lösung mit Kommune bei dieser Kommune', async () => {
    const id = await idVon('AUD-1');
    const t = await env.als('transferstelle');
    expect((await (await env.als('fremd')).post(`/api/loesungen/${id}/nutzungen`, { kommuneId: KOMMUNE_B })).status).toBe(201);
    expect((await t.put(`/api/loesungen/${id}/siegel`, { kriterien: alleKriterien })).status).toBe(200);
    expect((await t.delete(`/api/loesungen/${id}/siegel`)).status).toBe(204);
    expect(await kommune('loesung.siegel_vergeben', id)).toMatchObject([{ kommune_id: KOMMUNE_A, konto_id: env.kontoIds.transferstelle }]);
    expect(await kommune('loesung.siegel_entzogen', id)).toMatchObject([{ kommune_id: KOMMUNE_A }]);
    expect((await plattform('loesung.siegel_vergeben')).filter((e) => e.objekt_id === id)).toHaveLength(0);
  });
});
