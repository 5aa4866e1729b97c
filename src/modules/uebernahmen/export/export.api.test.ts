import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../../testing/fixtures.ts';

/** Project list and report-backs as CSV and XLSX: only visible rows, formula cells neutralised. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
  const l = await env.db.k.insertInto('loesung').values({ kommune_id: '092760130130', titel: '=HYPERLINK("x")', zusammenfassung: 'x', problem: 'y', status: 'veroeffentlicht' }).returning('id').executeTakeFirstOrThrow();
  for (const k of [KOMMUNE_A, KOMMUNE_B]) {
    const u = await env.db.k.insertInto('uebernahme').values({ kommune_id: k, loesung_id: l.id, loesung_version: 2, herkunft_kommune_id: '092760130130', phase: 'verstetigen', golive_am: '2026-01-01' }).returning('id').executeTakeFirstOrThrow();
    await env.db.k.insertInto('uebernahme_rueckmeldung').values({ uebernahme_id: u.id, kommune_id: k, loesung_id: l.id, anlass: 'golive', aufwand_personentage: 12.5, kosten_euro: 900, wirkungsstufe: 3, anpassungen: 'Texte angepasst', oeffentlich: true }).execute();
  }
});
afterAll(async () => env?.close());

describe('Export der Übernahmen', () => {
  it('CSV: nur die eigene Kommune, Formeln als Text, Dezimalkomma', async () => {
    const c = await env.als('mitglied');
    const p = await c.get('/api/uebernahmen/export/projekte.csv');
    expect(p.status).toBe(200);
    const zeilen = p.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(zeilen).toHaveLength(2);
    expect(zeilen[1]).toContain("'=HYPERLINK");
    expect(zeilen[1]).toContain('Gießen');
    const r = await c.get('/api/uebernahmen/export/rueckmeldungen.csv');
    expect(r.body).toContain('zur Inbetriebnahme;12,5;900;3;Texte angepasst');
    expect((await (await env.als('transferstelle')).get('/api/uebernahmen/export/projekte.csv')).body.trim().split('\r\n')).toHaveLength(3);
  });
  it('XLSX: Kopfzeile, Zahlen als Zahlen, Formeln als Text; ohne Anmeldung 401; falsches Format 400', async () => {
    expect((await (await env.als('anonym')).get('/api/uebernahmen/export/rueckmeldungen.xlsx')).status).toBe(401);
    const c = await env.als('admin');
    const x = await c.get('/api/uebernahmen/export/rueckmeldungen.xlsx');
    expect(x.status).toBe(200);
    expect(String(x.headers['content-type'])).toContain('spreadsheetml');
    // The same file through the use case (the test client reads bodies as text).
    const { tabelle, alsXlsx } = await import('./export.usecases.ts');
    const konto = { id: env.kontoIds.admin, email: '', name: '', rollen: [], mitgliedschaften: [{ kommuneId: KOMMUNE_A, rolle: 'admin' as const }], regionen: [] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await alsXlsx(await tabelle(env.db, konto, 'rueckmeldungen'), 'Rückmeldungen')) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Rückmeldungen')!;
    expect(ws.getRow(1).getCell(6).value).toBe('Aufwand (Personentage)');
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(6).value).toBe(12.5);
    expect(ws.getRow(2).getCell(4).value).toBe("'=HYPERLINK(\"x\")");
    expect((await c.get('/api/uebernahmen/export/projekte.pdf')).status).toBe(400);
  });
});
