import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestUmgebung } from '../../src/core/testing/testApp.ts';
import { KOMMUNE_A } from '../../src/core/testing/fixtures.ts';

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
      r = await c.raw({ method, url, payload: gross, headers: { 'content-type': 'application/json', 'x-csrf-token': token } });
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

