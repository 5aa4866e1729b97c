import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

/** Issue 9, item 12: a term that already belongs to another group is refused, and the answer says where it is. */
describe('Thesaurus: Begriff schon in einer anderen Gruppe', () => {
  it('lehnt einen Begriff ab, der schon Synonym einer anderen Gruppe ist, und nennt die Gruppe', async () => {
    const t = await env.als('transferstelle');
    const a = await t.post('/api/thesaurus', { begriff: 'Aufrufanlage Test', synonyme: ['Wartemärkchen', 'Nummernzieher'] });
    expect(a.status, a.body).toBe(201);

    const doppelt = await t.post('/api/thesaurus', { begriff: 'Wartemärkchen', synonyme: ['Ticket am Eingang'] });
    expect(doppelt.status, doppelt.body).toBe(409);
    expect(doppelt.json().error.code).toBe('thesaurus.begriff_vorhanden');
    expect(doppelt.json().error.message).toBe('„Wartemärkchen“ gehört schon zur Gruppe „Aufrufanlage Test“.');
  });

  it('prüft auch die Synonyme, mit der Schreibweise, die der Thesaurus beim Nachschlagen gleich behandelt (Groß/klein, Umlaute, Endung)', async () => {
    const t = await env.als('transferstelle');
    expect((await t.post('/api/thesaurus', { begriff: 'Knöllchenstelle Test', synonyme: ['Verwarngeldbüro'] })).status).toBe(201);
    for (const synonym of ['VERWARNGELDBUERO', 'verwarngeldbüros', 'Knoellchenstelle test']) {
      const r = await t.post('/api/thesaurus', { begriff: `Neue Gruppe ${synonym}`, synonyme: ['Etwas anderes', synonym] });
      expect(r.status, `${synonym}: ${r.body}`).toBe(409);
      expect(r.json().error.message).toBe(`„${synonym}“ gehört schon zur Gruppe „Knöllchenstelle Test“.`);
    }
  });

  it('beim Ändern: neue Begriffe werden geprüft, vorhandene bleiben erlaubt; die Gruppe selbst zählt nicht', async () => {
    const t = await env.als('transferstelle');
    const a = await t.post('/api/thesaurus', { begriff: 'Parkausweis Test', synonyme: ['Anwohnerparken Test'] });
    const b = await t.post('/api/thesaurus', { begriff: 'Bewohnerausweis Test', synonyme: ['Vignette Test'] });
    expect([a.status, b.status]).toEqual([201, 201]);
    const id = b.json().id as string;
    // own terms again (and in another spelling) are fine
    const eigen = await t.put(`/api/thesaurus/${id}`, { begriff: 'Bewohnerausweis Test', synonyme: ['VIGNETTE TEST', 'Plakette Test'] });
    expect(eigen.status, eigen.body).toBe(200);
    const fremd = await t.put(`/api/thesaurus/${id}`, { begriff: 'Bewohnerausweis Test', synonyme: ['Plakette Test', 'Anwohnerparken Test'] });
    expect(fremd.status, fremd.body).toBe(409);
    expect(fremd.json().error.message).toBe('„Anwohnerparken Test“ gehört schon zur Gruppe „Parkausweis Test“.');
    // nothing was written
    const liste = await t.get(`/api/thesaurus?q=${encodeURIComponent('Bewohnerausweis Test')}`);
    expect(liste.json().items[0].synonyme).toEqual(['VIGNETTE TEST', 'Plakette Test']);
  });
});
