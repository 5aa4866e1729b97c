import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../src/testing/testApp.ts';
import { KOMMUNE_A } from '../../src/testing/fixtures.ts';

/**
 * Throws malformed JSON, wrong types, oversized bodies, unknown fields and bad query values at
 * EVERY API route (taken from the running app, so new routes are covered automatically) and
 * asserts: a 4xx answer in the common error shape, and a database that has not changed at all.
 */
let env: TestUmgebung;
type Schema = { type?: string | string[]; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };
let openapi: { paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> }; parameters?: { in: string; name: string; schema?: Schema }[] }>> };

beforeAll(async () => {
  env = await createTestApp();
  openapi = env.app.swagger() as typeof openapi;
});
afterAll(async () => env?.close());

async function fingerabdruck(): Promise<Record<string, string>> {
  const tabellen = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(env.db.k);
  const out: Record<string, string> = {};
  for (const { name } of tabellen.rows) {
    const r = await sql<{ n: number; h: string }>`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h from ${sql.table(name)} t`.execute(env.db.k);
    out[name] = `${r.rows[0].n}:${r.rows[0].h}`;
  }
  return out;
}

function pfadMitWerten(route: string): string {
  return route
    .replace(/:kommuneId|:key/g, KOMMUNE_A)
    .replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
}

function openapiOp(route: string) {
  const [method, pfad] = route.split(' ');
  const p = pfad.replace(/:(\w+)/g, '{$1}');
  return openapi.paths[p]?.[method.toLowerCase()];
}

function falscherWert(s: Schema | undefined): unknown {
  const t = Array.isArray(s?.type) ? s?.type[0] : s?.type ?? s?.anyOf?.[0]?.type;
  switch (t) {
    case 'string': return 12345;
    case 'number': case 'integer': return 'keine-zahl';
    case 'boolean': return 'ja';
    case 'array': return 'kein-array';
    case 'object': return 42;
    default: return { unerwartet: [1, 2, 3] };
  }
}

function erwarteFehlerform(status: number, body: string, route: string) {
  expect(status, `${route} → ${status} ${body.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
  expect(status, `${route} → ${status} ${body.slice(0, 200)}`).toBeLessThan(500);
  const j = JSON.parse(body);
  expect(typeof j.error?.code, route).toBe('string');
  expect(typeof j.error?.message, route).toBe('string');
  // Details speak German too (zod's English defaults such as "Invalid option: expected one of …" must not leak).
  for (const d of (j.error?.details ?? []) as { meldung?: string }[]) {
    expect(d.meldung ?? '', `${route}: ${d.meldung}`).not.toMatch(/\b(Invalid|Too (big|small)|Unrecognized|expected|received|Required)\b/);
  }
}

describe('Ungültige Eingaben an jeder Route', () => {
  it('werden mit 4xx abgelehnt und ändern nichts', async () => {
    const routen = env.app.apiRouten;
    expect(routen.length).toBeGreaterThan(5);
    const c = await env.als('admin');
    const vorher = await fingerabdruck();
    const gross = JSON.stringify({ text: 'x'.repeat(12 * 1024 * 1024) });
    for (const route of routen) {
      const [method, pfad] = route.split(' ');
      const url = pfadMitWerten(pfad);
      const op = openapiOp(route);
      if (method === 'GET' || method === 'DELETE') {
        const hatQuery = op?.parameters?.some((p) => p.in === 'query');
        if (hatQuery) {
          const r = await c.get(`${url}?limit=abc&offset=-5&unbekannterParameter=1`);
          erwarteFehlerform(r.status, r.body, `${route} (Query)`);
        }
        continue;
      }
      const token = await c.csrfToken();
      // 1. malformed JSON
      let r = await c.raw({ method, url, payload: '{"kaputt": ', headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
      erwarteFehlerform(r.status, r.body, `${route} (kaputtes JSON)`);
      expect(r.status).toBe(400);
      // 2. oversized body
      // A route with its own, larger limit (uploads) gets a body just above that limit.
      const eigenesLimit = env.app.apiBodyLimit.get(route);
      const zuGross = eigenesLimit && eigenesLimit >= gross.length ? JSON.stringify({ text: 'x'.repeat(eigenesLimit + 1024) }) : gross;
      r = await c.raw({ method, url, payload: zuGross, headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
      erwarteFehlerform(r.status, r.body, `${route} (zu groß)`);
      expect(r.status).toBe(413);
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      // 3. wrong types for every known field
      const falsch: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(schema.properties ?? {})) falsch[k] = falscherWert(s);
      r = await c.raw({ method, url, payload: JSON.stringify(schema.type === 'array' ? [1, 2, 3] : falsch), headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
      erwarteFehlerform(r.status, r.body, `${route} (falsche Typen)`);
      // 4. unknown fields only
      r = await c.raw({ method, url, payload: JSON.stringify({ unbekanntesFeld: 'x', __proto__x: 1 }), headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
      erwarteFehlerform(r.status, r.body, `${route} (unbekannte Felder)`);
      // 5. wrong content type
      r = await c.raw({ method, url, payload: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-csrf-token': token } });
      erwarteFehlerform(r.status, r.body, `${route} (Formular statt JSON)`);
    }
    expect(await fingerabdruck()).toEqual(vorher);
  });
});


/**
 * Character classes that used to reach the database and end in a 500: the NUL byte (PostgreSQL text
 * cannot hold it) and unpaired UTF-16 surrogates; and integers beyond PostgreSQL's int4.
 * Every route must reject them at the edge with 400 `anfrage.zeichen_unzulaessig`, before its own schema.
 */
describe('Unzulässige Zeichen und Zahlen an jeder Route', () => {
  const NUL = 'a\u0000b';
  const SURROGAT = 'a\ud800b';

  it('lehnt NUL und einzelne Surrogate in Query, Pfad und Body mit 400 ab und ändert nichts', async () => {
    const c = await env.als('admin');
    const vorher = await fingerabdruck();
    for (const route of env.app.apiRouten) {
      const [method, pfad] = route.split(' ');
      const url = pfadMitWerten(pfad);
      const op = openapiOp(route);
      const queryNamen = (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const name of queryNamen.length ? queryNamen : ['q']) {
        const r = await c.raw({ method, url: `${url}?${name}=a%00b`, headers: { 'x-csrf-token': await c.csrfToken() } });
        erwarteFehlerform(r.status, r.body, `${route} (NUL in ${name})`);
        expect(JSON.parse(r.body).error.code, `${route} (NUL in ${name})`).toBe('anfrage.zeichen_unzulaessig');
      }
      if (pfad.includes(':')) {
        const r = await c.raw({ method, url: pfad.replace(/:(\w+)/g, 'x%00y'), headers: { 'x-csrf-token': await c.csrfToken() } });
        erwarteFehlerform(r.status, r.body, `${route} (NUL im Pfad)`);
      }
      if (method === 'GET' || method === 'DELETE') continue;
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      const felder = Object.keys(schema?.properties ?? { text: {} });
      for (const wert of [NUL, SURROGAT]) {
        const body: Record<string, unknown> = {};
        for (const f of felder) body[f] = wert;
        const r = await c.raw({ method, url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-csrf-token': await c.csrfToken() } });
        erwarteFehlerform(r.status, r.body, `${route} (${wert === NUL ? 'NUL' : 'Surrogat'} im Body)`);
        expect(JSON.parse(r.body).error.code, `${route} (${wert === NUL ? 'NUL' : 'Surrogat'} im Body)`).toBe('anfrage.zeichen_unzulaessig');
      }
    }
    expect(await fingerabdruck()).toEqual(vorher);
  });

  it('lehnt die gemeldeten Fälle ab: Verzeichnissuche, Bedarfstitel, Anmeldung, Thesaurus, Fragebogenversion', async () => {
    const anonym = await env.als('anonym');
    const admin = await env.als('admin');
    const transfer = await env.als('transferstelle');
    const vorher = await fingerabdruck();
    const faelle = [
      await anonym.get('/api/kommunen?q=a%00b'),
      await admin.post('/api/bedarfe', { kommuneId: KOMMUNE_A, titel: `Termin${NUL}`, beschreibung: 'Lange Wartezeiten im Bürgerbüro.' }),
      await admin.post('/api/bedarfe', { kommuneId: KOMMUNE_A, titel: `Termin${SURROGAT}`, beschreibung: 'Lange Wartezeiten im Bürgerbüro.' }),
      await anonym.post('/api/auth/login', { email: `eve${NUL}@example.org`, passwort: 'egal-egal-egal' }),
      await transfer.post('/api/thesaurus', { begriff: `Warte${NUL}marke`, synonyme: ['Aufrufsystem'] }),
      await anonym.get('/api/frageboegen/lernende-organisation?version=2147483648'),
    ];
    for (const r of faelle) erwarteFehlerform(r.status, r.body, r.body);
    expect(faelle.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(await fingerabdruck()).toEqual(vorher);
  });

  it('jede ganzzahlige Query-Angabe hat eine Obergrenze innerhalb von int4', () => {
    const ohneGrenze: string[] = [];
    for (const [pfad, ops] of Object.entries(openapi.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? []) {
          const s = p.schema as (Schema & { maximum?: number }) | undefined;
          if (s?.type === 'integer' && !(typeof s.maximum === 'number' && s.maximum <= 2_147_483_647)) ohneGrenze.push(`${method} ${pfad} ${p.name}`);
        }
      }
    }
    expect(ohneGrenze).toEqual([]);
  });
});
