/**
 * Lösungsvorschläge zu Lücken (Issue 10, Punkt 3; Entscheidungen 0125, 0126): gesucht wird mit den kuratierten
 * Suchbegriffen und dem Handlungsfeld aus den Fragebogendaten, gezeigt wird nur „gut“. Ohne guten Treffer sagt die
 * Antwort es offen (`ungedeckt`), und der daraus angelegte Bedarf zählt als ungedeckte Nachfrage der Transferstelle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { erzeugeAntworten, zufall } from '../erhebungen.demo.ts';
import { ladeFrageboegenInDb } from '../frageboegen/frageboegen.usecases.ts';
import { ladeFragebogen, ohneSuchhilfen, stabil } from '../frageboegen/frageboegen.rules.ts';
import type { Luecke } from './luecken.schemas.ts';

let t: TestUmgebung;

beforeAll(async () => {
  // Ein Katalog, der zu keinem Bereich des Selbstchecks etwas bietet.
  t = await createTestApp({
    seed: async (db) => {
      await ladeFrageboegenInDb(db);
      const basis = { status: 'veroeffentlicht' as const, problem: 'Es fehlt an Abstimmung.', handlungsfeld: 'Kultur & Tourismus' };
      await db.k.insertInto('loesung').values([
        { ...basis, titel: 'Städtepartnerschaft mit Austauschfahrten', zusammenfassung: 'Schulklassen und Vereine besuchen jedes Jahr die Partnerstadt in der Bretagne.' },
        { ...basis, titel: 'Heimatmuseum mit Trachtensammlung', zusammenfassung: 'Das Museum zeigt Trachten und Werkzeuge aus drei Jahrhunderten.' },
      ]).execute();
    },
  });
}, 180_000);
afterAll(async () => {
  await t?.close();
});

async function abgeschlosseneRunde(fragebogenId: string, niveau: number) {
  const c = await t.als('mitglied');
  const r = await c.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId, modus: 'einzeln' });
  expect(r.status, r.body).toBe(201);
  const id = r.json<{ id: string }>().id;
  const antworten = erzeugeAntworten(ladeFragebogen(fragebogenId), niveau, zufall(11));
  expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten })).status).toBe(200);
  expect((await c.post(`/api/erhebungen/${id}/abschliessen`)).status).toBe(200);
  return id;
}

describe('Lücke ohne gut passende Lösung', () => {
  it('sagt, dass es noch keine erprobte Lösung gibt, und der angelegte Bedarf zählt als ungedeckte Nachfrage', { timeout: 180_000 }, async () => {
    const id = await abgeschlosseneRunde('lernende-organisation', 0.3);
    const c = await t.als('mitglied');
    const r = await c.get(`/api/erhebungen/${id}/luecken`);
    expect(r.status, r.body).toBe(200);
    const luecken = r.json<{ luecken: Luecke[] }>().luecken;
    expect(luecken.length).toBeGreaterThanOrEqual(2);
    const fb = ladeFragebogen('lernende-organisation');
    for (const l of luecken) {
      expect(l.loesungen).toEqual([]);
      expect(l.ungedeckt).toBe(true);
      // gesucht wurde mit den Suchhilfen der Dimension aus den Fragebogendaten
      const dim = fb.dimensionen.find((d) => d.id === l.dimension.id)!;
      expect(l.suche.handlungsfeld).toBe(dim.suche!.handlungsfeld);
      expect(l.suche.suchbegriffe).toEqual(dim.suche!.suchbegriffe.slice(0, 8));
      expect(l.bedarfEntwurf.handlungsfeld).toBe(dim.suche!.handlungsfeld);
      expect(l.bedarfEntwurf.beschreibung).toContain(`Stichworte für die Suche: ${dim.suche!.suchbegriffe.join(', ')}.`);
      // der angelegte Bedarf behält die Suchbegriffe für die Prüfung auf ungedeckte Nachfrage (Entscheidung 0144)
      expect(l.bedarfEntwurf.suchbegriffe).toEqual(l.suche.suchbegriffe.map((begriff) => ({ begriff, handlungsfeld: dim.suche!.handlungsfeld })));
    }

    const b = await c.post('/api/bedarfe', luecken[0].bedarfEntwurf);
    expect(b.status, b.body).toBe(201);
    const n = await (await t.als('transferstelle')).get('/api/transfer/nachfrage');
    expect(n.status, n.body).toBe(200);
    const u = n.json<{ ungedeckt: { bedarfe: { id: string; handlungsfeld: string | null }[] } }>().ungedeckt;
    expect(u.bedarfe).toContainEqual(expect.objectContaining({ id: b.json().id, handlungsfeld: luecken[0].suche.handlungsfeld }));
  });

  it('mit einer gut passenden Lösung zeigt die Lücke sie und ist nicht ungedeckt', { timeout: 180_000 }, async () => {
    const id = await abgeschlosseneRunde('digitale-kommune', 0.2);
    const c = await t.als('mitglied');
    const vorher = (await c.get(`/api/erhebungen/${id}/luecken`)).json<{ luecken: Luecke[] }>().luecken;
    const l0 = vorher[0];
    expect(l0.ungedeckt).toBe(true);
    // Eine Lösung, die den ersten Suchbegriff der Lücke im Titel trägt.
    const begriff = l0.suche.suchbegriffe[0];
    await t.db.k.insertInto('loesung').values({
      status: 'veroeffentlicht', titel: `${begriff} in einer Landgemeinde`, zusammenfassung: `Die Gemeinde hat ${begriff} Schritt für Schritt eingeführt.`, problem: 'x', handlungsfeld: l0.suche.handlungsfeld as 'Bildung',
    }).execute();
    const l = (await c.get(`/api/erhebungen/${id}/luecken`)).json<{ luecken: Luecke[] }>().luecken.find((x) => x.dimension.id === l0.dimension.id)!;
    expect(l.ungedeckt).toBe(false);
    expect(l.loesungen.map((x) => x.titel)).toContain(`${begriff} in einer Landgemeinde`);
    // als Bedarf angelegt, zählt die Lücke nicht als ungedeckt: geprüft wird auch mit ihren Suchbegriffen (Entscheidung 0144)
    const b = await c.post('/api/bedarfe', l.bedarfEntwurf);
    expect(b.status, b.body).toBe(201);
    const u = (await (await t.als('transferstelle')).get('/api/transfer/nachfrage')).json<{ ungedeckt: { bedarfe: { id: string }[] } }>().ungedeckt;
    expect(u.bedarfe.map((x) => x.id)).not.toContain(b.json<{ id: string }>().id);
  });
});

describe('Gespeicherte Fassung ohne Suchhilfen (Entscheidung 0125)', () => {
  it('beim Start werden die Suchhilfen nachgetragen, ohne Warnung; eine abweichende Auswertung bleibt unverändert', async () => {
    const fb = ladeFragebogen('digitale-kommune');
    const alt = ohneSuchhilfen(JSON.parse(JSON.stringify(fb))) as { dimensionen: { gewicht?: number }[] };
    await t.db.k.updateTable('fragebogen').set({ definition: JSON.stringify(alt) }).where('id', '=', fb.id).where('version', '=', fb.version).execute();
    const meldungen: string[] = [];
    await ladeFrageboegenInDb(t.db, (m) => meldungen.push(m));
    expect(meldungen.some((m) => /Warnung/.test(m))).toBe(false);
    expect(meldungen.some((m) => /Suchhilfen.*digitale-kommune v1/.test(m))).toBe(true);
    const gespeichert = await t.db.k.selectFrom('fragebogen').select('definition').where('id', '=', fb.id).where('version', '=', fb.version).executeTakeFirstOrThrow();
    const def = typeof gespeichert.definition === 'string' ? JSON.parse(gespeichert.definition) : gespeichert.definition;
    expect(stabil(def)).toBe(stabil(fb));

    // Eine andere Auswertung (Gewicht einer Dimension) wird nie überschrieben, auch nicht die Suchhilfen.
    const anders = { ...alt, dimensionen: alt.dimensionen.map((d, i) => (i === 0 ? { ...d, gewicht: 7 } : d)) };
    await t.db.k.updateTable('fragebogen').set({ definition: JSON.stringify(anders) }).where('id', '=', fb.id).where('version', '=', fb.version).execute();
    const m2: string[] = [];
    await ladeFrageboegenInDb(t.db, (m) => m2.push(m));
    expect(m2.some((m) => /Warnung: Fragebogen digitale-kommune v1 weicht/.test(m))).toBe(true);
    const danach = await t.db.k.selectFrom('fragebogen').select('definition').where('id', '=', fb.id).where('version', '=', fb.version).executeTakeFirstOrThrow();
    const d2 = typeof danach.definition === 'string' ? JSON.parse(danach.definition) : danach.definition;
    expect(stabil(d2)).toBe(stabil(anders));
    // zurück, damit andere Tests dieser Datei die ausgelieferte Fassung sehen
    await t.db.k.updateTable('fragebogen').set({ definition: JSON.stringify(fb) }).where('id', '=', fb.id).where('version', '=', fb.version).execute();
  });
});
