import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { fuegeTestLoesungenEin } from '../matching.testdaten.ts';

let env: TestUmgebung;
let ids: Map<string, string>;
beforeAll(async () => {
  env = await createTestApp({ seed: async (db) => void (ids = await fuegeTestLoesungenEin(db)) });
});
afterAll(async () => env?.close());

interface Treffer {
  externalId: string | null;
  score: number;
  reasons: { art: string; text: string }[];
}
async function suche(text: string): Promise<Treffer[]> {
  const r = await (await env.als('anonym')).post('/api/matching', { text, limit: 10 });
  expect(r.status, r.body).toBe(200);
  return r.json<Treffer[]>();
}
const reihenfolge = (t: Treffer[]) => t.map((x) => x.externalId);
const GELERNT = 'Von Lotsen in ähnlichen Fällen vorgeschlagen';

describe('Lernen aus Entscheidungen der Lotsen (Issue 10, Punkt 5)', () => {
  it('„hilfreich“ zu einem ähnlichen Bedarf hebt die Lösung und begründet es; ein fremdes Anliegen bleibt unberührt', async () => {
    const frage = 'Wartelisten';
    const vorher = await suche(frage);
    // two near-equal hits (within the largest learned change)
    expect(vorher.length, JSON.stringify(reihenfolge(vorher))).toBeGreaterThan(1);
    expect(vorher[1].score / vorher[0].score).toBeGreaterThan(0.8);
    const zweite = vorher[1].externalId!;
    const erste = vorher[0].externalId!;
    expect(vorher[1].reasons.some((g) => g.art === 'gelernt')).toBe(false);

    const lotse = await env.als('lotse');
    const r = await lotse.post('/api/matching/feedback', { loesungId: ids.get(zweite), text: 'Wartelisten überall', hilfreich: true });
    expect(r.status, r.body).toBe(201);
    const signal = await env.db.k.selectFrom('matching_lernsignal').selectAll().where('loesung_id', '=', ids.get(zweite)!).executeTakeFirstOrThrow();
    expect(signal).toMatchObject({ quelle: 'hilfreich', gewicht: 1 });
    expect(signal.lexeme.length).toBeGreaterThan(1);
    const audit = await env.db.k.selectFrom('plattform_audit_log').selectAll().where('aktion', '=', 'matching.lernsignal').execute();
    expect(audit.length).toBe(1);

    const nachher = await suche(frage);
    expect(nachher[0].externalId).toBe(zweite);
    expect(nachher[1].externalId).toBe(erste);
    expect(nachher[0].reasons.map((g) => g.text)).toContain(GELERNT);

    // Another need that shares no word with the decision: same order and scores as before the feedback.
    const fremd = 'Rechnungen digital freigeben';
    const f = await suche(fremd);
    expect(f.flatMap((x) => x.reasons).some((g) => g.art === 'gelernt')).toBe(false);
  });

  it('lernt nach Konzepten: „hilfreich“ zu „Knöllchen“ hebt die Lösung auch für „Strafzettel“ (kein gemeinsamer Wortstamm)', async () => {
    const frage = 'Strafzettel';
    const vorher = (await suche(frage)).find((x) => x.externalId === 'T-VERWARNUNG')!;
    expect(vorher, 'Verwarnungsgeld über den Thesaurus gefunden').toBeDefined();
    expect(vorher.reasons.some((g) => g.art === 'gelernt')).toBe(false);

    const r = await (await env.als('lotse')).post('/api/matching/feedback', { loesungId: ids.get('T-VERWARNUNG'), text: 'Knöllchen', hilfreich: true });
    expect(r.status, r.body).toBe(201);
    const signal = await env.db.k.selectFrom('matching_lernsignal').selectAll().where('loesung_id', '=', ids.get('T-VERWARNUNG')!).executeTakeFirstOrThrow();
    // the stems of the text alone share nothing with the query; the concept's keys (thesaurus synonyms) do
    expect(signal.lexeme).not.toContain('strafzettel');
    expect(signal.konzepte).toContain('strafzettel');
    expect(signal.konzept_gewichte?.length).toBeGreaterThan(0);

    const nachher = (await suche(frage)).find((x) => x.externalId === 'T-VERWARNUNG')!;
    expect(nachher.score).toBeGreaterThan(vorher.score);
    expect(nachher.reasons.map((g) => g.text)).toContain(GELERNT);
  });

  it('„nicht hilfreich“ senkt die Lösung für ähnliche Bedarfe', async () => {
    const frage = 'Termine im Bürgerbüro online buchen';
    const vorher = await suche(frage);
    const t = vorher.find((x) => x.externalId === 'T-BUERGERBUERO')!;
    const lotse = await env.als('lotse');
    for (let i = 0; i < 3; i++) {
      expect((await lotse.post('/api/matching/feedback', { loesungId: ids.get('T-BUERGERBUERO'), text: 'Termine im Bürgerbüro online buchen', hilfreich: false })).status).toBe(201);
    }
    const nachher = (await suche(frage)).find((x) => x.externalId === 'T-BUERGERBUERO')!;
    expect(nachher.score).toBeLessThan(t.score);
    expect(nachher.reasons.map((g) => g.text)).toContain('In ähnlichen Fällen von Lotsen als unpassend bewertet');
  });

  it('Rückmeldung zum Vorschlag eines Bedarfs: das Signal trägt Text, Bedarf und Kommune; Audit bei der Kommune', async () => {
    const b = await (await env.als('mitglied')).post('/api/bedarfe', {
      kommuneId: KOMMUNE_A,
      titel: 'Hitze im Sommer',
      beschreibung: 'Ältere Menschen leiden in heißen Sommern, wir brauchen kühle Orte und Trinkbrunnen.',
      dringlichkeit: 'mittel',
    });
    expect(b.status, b.body).toBe(201);
    const bedarfId = b.json().id as string;
    const r = await (await env.als('lotse')).post('/api/matching/feedback', { bedarfId, loesungId: ids.get('T-HITZE'), hilfreich: true });
    expect(r.status, r.body).toBe(201);
    const s = await env.db.k.selectFrom('matching_lernsignal').selectAll().where('bedarf_id', '=', bedarfId).executeTakeFirstOrThrow();
    expect(s).toMatchObject({ kommune_id: KOMMUNE_A, loesung_id: ids.get('T-HITZE'), quelle: 'hilfreich' });
    expect(s.lexeme.length).toBeGreaterThan(3);
    const audit = await env.db.k.selectFrom('audit_log').select(['aktion', 'konto_id']).where('objekt_id', '=', bedarfId).where('aktion', '=', 'matching.lernsignal').execute();
    expect(audit).toEqual([{ aktion: 'matching.lernsignal', konto_id: env.kontoIds.lotse }]);
  });
});
