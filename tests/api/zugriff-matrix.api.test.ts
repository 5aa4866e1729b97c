import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../src/core/testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B, type TestRolle } from '../../src/core/testing/fixtures.ts';

/**
 * The authorization matrix: every tenant endpoint × every role × own (Gießen) vs other (München)
 * Kommune. "Allowed" means the policy let the request through (a 2xx, or a 4xx from the handler
 * such as 404 for a row that does not exist, never 401/403); "denied" means 401, 403 or 404
 * from the access layer. The test fails when a route with a Kommune-bound access rule is missing here.
 *
 * Roles (src/core/testing/fixtures.ts): mitglied/admin of Gießen; fremd = admin of München;
 * lotse for Land Hessen (Gießen); lotse-fremd for Bayern (München); transferstelle; plattform-admin.
 */
const ROLLEN: TestRolle[] = ['anonym', 'mitglied', 'admin', 'fremd', 'lotse', 'lotse-fremd', 'transferstelle', 'plattform-admin'];

type Erlaubt = Partial<Record<TestRolle, boolean>>;
interface Fall {
  route: string;
  anfrage(kommune: string): { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; url: string; body?: unknown };
  /** Who is allowed on Gießen's data; the same rule shifted to München is derived below. */
  gießen: Erlaubt;
  muenchen: Erlaubt;
}

const nurAdmin = (eigen: TestRolle): Erlaubt => ({ [eigen]: true, 'plattform-admin': true });

export const FAELLE: Fall[] = [
  {
    route: 'POST /api/kommunen/:kommuneId/einladungen',
    anfrage: (k) => ({ method: 'POST', url: `/api/kommunen/${k}/einladungen`, body: { rolle: 'mitglied' } }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'GET /api/kommunen/:kommuneId/mitglieder',
    anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/mitglieder` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
  {
    route: 'GET /api/kommunen/:kommuneId/audit',
    anfrage: (k) => ({ method: 'GET', url: `/api/kommunen/${k}/audit` }),
    gießen: nurAdmin('admin'),
    muenchen: nurAdmin('fremd'),
  },
];

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Berechtigungsmatrix', () => {
  it('deckt jede Route mit Kommune-bezogener Zugriffsregel ab', () => {
    const gebunden = [...env.app.apiZugriff.entries()]
      .filter(([, z]) => typeof z === 'object' && z !== null && 'kommune' in z)
      .map(([r]) => r);
    const abgedeckt = new Set(FAELLE.map((f) => f.route));
    expect(gebunden.filter((r) => !abgedeckt.has(r))).toEqual([]);
  });

  for (const fall of FAELLE) {
    for (const [kommune, erlaubt, name] of [[KOMMUNE_A, fall.gießen, 'eigene/Gießen'], [KOMMUNE_B, fall.muenchen, 'andere/München']] as const) {
      for (const rolle of ROLLEN) {
        const soll = !!erlaubt[rolle];
        it(`${fall.route} · ${rolle} · ${name} → ${soll ? 'erlaubt' : 'verweigert'}`, async () => {
          const c = await env.als(rolle);
          const a = fall.anfrage(kommune);
          const r = a.method === 'GET' ? await c.get(a.url) : await c[a.method === 'POST' ? 'post' : a.method === 'PUT' ? 'put' : a.method === 'PATCH' ? 'patch' : 'delete'](a.url, a.body);
          if (soll) {
            expect([401, 403], `${r.status} ${r.body}`).not.toContain(r.status);
            expect(r.status, r.body).toBeLessThan(500);
          } else {
            expect([401, 403, 404], `${r.status} ${r.body}`).toContain(r.status);
            // Nothing of the other Kommune leaks into the error.
            expect(r.body).not.toMatch(/München|Gießen/);
          }
        });
      }
    }
  }
});
