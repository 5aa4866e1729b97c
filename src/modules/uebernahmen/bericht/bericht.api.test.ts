import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { TEST_KONTEN, TEST_PASSWORT, type TestRolle } from '../../../testing/fixtures.ts';
import { pdfText } from '../../../core/export/pdf-text.ts';

/** Übernahmebericht (Issue 11, Punkt 8): GET /api/uebernahmen/:id/bericht.pdf, read back as text. */
let env: TestUmgebung;
let loesung: string;
const LINDBERG = '092760130130';

beforeAll(async () => {
  env = await createTestApp();
  loesung = (await env.db.k.insertInto('loesung').values({ kommune_id: LINDBERG, titel: 'Digitale Bauakte', zusammenfassung: 'Bauanträge online', problem: 'Papierakten', status: 'veroeffentlicht', version: 2 }).returning('id').executeTakeFirstOrThrow()).id;
});
afterAll(async () => env?.close());

/** The PDF as bytes (the test client decodes bodies as UTF-8): a signed-in inject of its own. */
async function ladePdf(rolle: Exclude<TestRolle, 'anonym'>, id: string) {
  const kekse = new Map<string, string>();
  const merke = (h: unknown) => {
    for (const c of ([] as string[]).concat((h as string | string[] | undefined) ?? [])) {
      const [paar] = c.split(';');
      kekse.set(paar!.slice(0, paar!.indexOf('=')), paar!.slice(paar!.indexOf('=') + 1));
    }
  };
  const cookie = () => [...kekse].map(([k, v]) => `${k}=${v}`).join('; ');
  merke((await env.app.inject({ method: 'GET', url: '/api/health' })).headers['set-cookie']);
  const csrf = kekse.get('lotse_csrf')!;
  const login = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: TEST_KONTEN[rolle], passwort: TEST_PASSWORT }, headers: { cookie: cookie(), 'x-csrf-token': csrf } });
  expect(login.statusCode).toBe(204);
  merke(login.headers['set-cookie']);
  return env.app.inject({ method: 'GET', url: `/api/uebernahmen/${id}/bericht.pdf`, headers: { cookie: cookie() } });
}

describe('Übernahmebericht als PDF', () => {
  let id: string;
  it('gibt es für ein laufendes Projekt noch nicht (409)', async () => {
    const c = await env.als('mitglied');
    id = (await c.post('/api/uebernahmen', { loesungId: loesung })).json().id;
    const r = await c.get(`/api/uebernahmen/${id}/bericht.pdf`);
    expect(r.status).toBe(409);
    expect(r.json().error.code).toBe('uebernahme.bericht_laeuft_noch');
  });

  it('enthält Zeitleiste, Anpassungen, Aufwand, Kosten und Wirkungsstufe aus den Rückmeldungen', async () => {
    const c = await env.als('mitglied');
    expect((await c.patch(`/api/uebernahmen/${id}`, { phase: 'anpassen' })).status).toBe(200);
    expect((await c.patch(`/api/uebernahmen/${id}`, { phase: 'verstetigen', goliveAm: '2026-03-02' })).status).toBe(200);
    const rm = await c.post(`/api/uebernahmen/${id}/rueckmeldungen`, { anlass: 'golive', aufwandPersonentage: 12.5, kostenEuro: 3800, wirkungsstufe: 3, anpassungen: 'Formulare an die Hessische Bauordnung angepasst', belege: 'Erste Anträge digital eingegangen', oeffentlich: false });
    expect(rm.status, rm.body).toBe(201);
    expect((await c.post(`/api/uebernahmen/${id}/rueckmeldungen`, { anlass: '6-monate', aufwandPersonentage: 21, kostenEuro: 5200, wirkungsstufe: 5, anpassungen: '', belege: 'Bearbeitungszeit von 11 auf 6 Wochen gesunken', oeffentlich: true })).status).toBe(201);

    const r = await ladePdf('mitglied', id);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/StructTreeRoot/);
    const text = pdfText(pdf);
    expect(text).toContain('Übernahmebericht');
    expect(text).toContain('Digitale Bauakte');
    expect(text).toContain('Version 2');
    expect(text).toContain('Lindberg');
    expect(text).toMatch(/Zeitleiste Datum Phase Bemerkung [\d.]+ Verstehen [\d.]+ Anpassen [\d.]+ Verstetigen Anpassungen/);
    expect(text).toContain('Formulare an die Hessische Bauordnung angepasst');
    expect(text).toContain('Aufwand insgesamt: 21 Personentage');
    expect(text).toMatch(/Kosten insgesamt: 5\.200\s€/);
    expect(text).toContain('12,5');
    expect(text).toContain('3 – Zielgruppen akzeptieren Angebote');
    expect(text).toContain('5 – Zielgruppen ändern ihr Handeln');
    expect(text).toContain('Bearbeitungszeit von 11 auf 6 Wochen gesunken');
  });

  it('zeigt beim Abbruch den Grund; Fremde bekommen kein PDF', async () => {
    const c = await env.als('fremd');
    const p = (await c.post('/api/uebernahmen', { loesungId: loesung })).json().id as string;
    expect((await c.patch(`/api/uebernahmen/${p}`, { phase: 'abgebrochen', grund: 'Fachverfahren des Landkreises nicht anbindbar' })).status).toBe(200);
    const r = await ladePdf('fremd', p);
    expect(r.statusCode).toBe(200);
    const text = pdfText(r.rawPayload);
    expect(text).toContain('Abgebrochen');
    expect(text).toContain('Fachverfahren des Landkreises nicht anbindbar');
    expect(text).toContain('Es liegt keine Rückmeldung vor.');
    expect((await ladePdf('mitglied', p)).statusCode).toBe(404);
    expect((await (await env.als('anonym')).get(`/api/uebernahmen/${p}/bericht.pdf`)).status).toBe(401);
    expect((await ladePdf('transferstelle', p)).statusCode).toBe(200);
  });
});
