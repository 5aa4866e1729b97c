/** Senses of thesaurus groups in the admin API and in the reference data (issue 10, item 4; docs/decisions/0127). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { fuegeTestLoesungenEin } from '../matching.testdaten.ts';
import { manifest } from '../index.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (await fuegeTestLoesungenEin(db)) });
});
afterAll(async () => env?.close());

interface Eintrag {
  id: string;
  begriff: string;
  synonyme: string[];
  mehrdeutig: boolean;
  domaene: string | null;
}
interface Treffer {
  externalId: string | null;
  score: number;
  reasons: { art: string; text: string }[];
}

async function eintrag(begriff: string): Promise<Eintrag> {
  const t = await env.als('transferstelle');
  const r = await t.get(`/api/thesaurus?q=${encodeURIComponent(begriff)}`);
  return (r.json().items as Eintrag[]).find((e) => e.begriff === begriff)!;
}

async function treffer(text: string, ext: string): Promise<Treffer | undefined> {
  const r = await (await env.als('anonym')).post('/api/matching', { text, limit: 20 });
  expect(r.status, r.body).toBe(200);
  return r.json<Treffer[]>().find((x) => x.externalId === ext);
}

describe('Thesaurus: mehrdeutige Gruppen und Domänen (Issue 10, Punkt 4)', () => {
  it('Regression: nach „mehrdeutig“ zählt „online“ ≈ „Netz“ deutlich weniger als vorher', async () => {
    const vorher = await treffer('Gebühren online begleichen', 'T-GLASFASER');
    expect(vorher?.reasons.map((g) => g.text)).toContain('„online“: Synonym „Netz“ in Zusammenfassung oder Problem (Thesaurus)');
    const internet = await eintrag('Internet');
    expect(internet.mehrdeutig).toBe(false);
    const t = await env.als('transferstelle');
    const r = await t.put(`/api/thesaurus/${internet.id}`, { begriff: 'Internet', synonyme: internet.synonyme, mehrdeutig: true });
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ mehrdeutig: true, domaene: null });
    const nachher = await treffer('Gebühren online begleichen', 'T-GLASFASER');
    expect(nachher?.score ?? 0).toBeLessThan(vorher!.score * 0.6);
  });

  it('nimmt eine Domäne an, die ein Handlungsfeld ist, und gibt sie zurück', async () => {
    const t = await env.als('transferstelle');
    const neu = await t.post('/api/thesaurus', { begriff: 'Trassenbau Test', synonyme: ['Kabelgraben Test'], domaene: 'Digitale Infrastruktur' });
    expect(neu.status, neu.body).toBe(201);
    expect(neu.json()).toMatchObject({ mehrdeutig: false, domaene: 'Digitale Infrastruktur' });
    // a change without the sense fields (older clients) keeps them; null removes the domain
    const ohne = await t.put(`/api/thesaurus/${neu.json().id}`, { begriff: 'Trassenbau Test', synonyme: ['Kabelgraben Test', 'Kabeltrasse Test'] });
    expect(ohne.json()).toMatchObject({ mehrdeutig: false, domaene: 'Digitale Infrastruktur' });
    const weg = await t.put(`/api/thesaurus/${neu.json().id}`, { begriff: 'Trassenbau Test', synonyme: ['Kabelgraben Test'], domaene: null, mehrdeutig: true });
    expect(weg.json()).toMatchObject({ mehrdeutig: true, domaene: null });
  });

  it('lehnt eine unbekannte Domäne und ein falsches „mehrdeutig“ mit 400 und deutscher Meldung ab, ohne zu schreiben', async () => {
    const t = await env.als('transferstelle');
    const domaene = await t.post('/api/thesaurus', { begriff: 'Gartenzaun Test', synonyme: ['Hecke Test'], domaene: 'Gartenbau' });
    expect(domaene.status).toBe(400);
    expect(domaene.json().error.code).toBe('anfrage.ungueltig');
    expect(JSON.stringify(domaene.json().error.details)).toContain('Domäne: bitte eines der Handlungsfelder angeben');
    const mehrdeutig = await t.post('/api/thesaurus', { begriff: 'Gartenzaun Test', synonyme: ['Hecke Test'], mehrdeutig: 'ja' });
    expect(mehrdeutig.status).toBe(400);
    expect(JSON.stringify(mehrdeutig.json().error.details)).toContain('Mehrdeutig: true oder false erwartet.');
    const internet = await eintrag('Internet');
    const put = await t.put(`/api/thesaurus/${internet.id}`, { begriff: 'Internet', synonyme: ['online'], domaene: 'Internetz' });
    expect(put.status).toBe(400);
    expect((await eintrag('Internet')).synonyme).toEqual(internet.synonyme);
    expect((await t.get(`/api/thesaurus?q=${encodeURIComponent('Gartenzaun Test')}`)).json().total).toBe(0);
  });

  it('Referenzdaten Version 2 markieren die Gruppen des Startbestands einmal, ohne Entscheidungen der Transferstelle zu überschreiben', async () => {
    const t = await env.als('transferstelle');
    const bahnhof = await eintrag('Bahnhof');
    // the Transferstelle decided on „Bahnhof“ before (a domain): version 2 leaves it as it is
    expect((await t.put(`/api/thesaurus/${bahnhof.id}`, { begriff: 'Bahnhof', synonyme: bahnhof.synonyme, domaene: 'Verkehr & Mobilität' })).status).toBe(200);
    for (const aufgabe of manifest.start ?? []) await aufgabe(env.db, { demo: false, log: () => {} });
    expect(await eintrag('Netzausbau')).toMatchObject({ mehrdeutig: false, domaene: 'Digitale Infrastruktur' });
    expect(await eintrag('Bargeld')).toMatchObject({ mehrdeutig: true, domaene: null });
    expect(await eintrag('Bahnhof')).toMatchObject({ mehrdeutig: false, domaene: 'Verkehr & Mobilität' });
    // once only: a later change by the Transferstelle survives the next start
    const netz = await eintrag('Netzausbau');
    expect((await t.put(`/api/thesaurus/${netz.id}`, { begriff: 'Netzausbau', synonyme: netz.synonyme, domaene: null })).status).toBe(200);
    for (const aufgabe of manifest.start ?? []) await aufgabe(env.db, { demo: false, log: () => {} });
    expect(await eintrag('Netzausbau')).toMatchObject({ mehrdeutig: false, domaene: null });
  });
});
