import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createClient, createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import type { KommuneTable } from '../kommunen/kommunen.table.ts';
import { alleItems, ladeFragebogen } from './frageboegen/frageboegen.rules.ts';
import { bereicheMitMindestens, feinHaeufigkeiten } from './vergleich/vergleich.rules.ts';
import { ladeFrageboegenInDb } from './frageboegen/frageboegen.usecases.ts';
import { aktualisiereVergleichsstand } from './vergleich/vergleich.repository.ts';
import { aktualisiereWennFaellig, vergleichIntervallMs } from './vergleich/vergleich.usecases.ts';
import { erzeugeAntworten, legeAbgeschlosseneRundeAn, zufall } from './erhebungen.demo.ts';
import { CSV_SPALTEN } from './export/export.csv.ts';

const LO = 'lernende-organisation';
const DK = 'digitale-kommune';
const lo = ladeFragebogen(LO, 1);
const dk = ladeFragebogen(DK, 1);

/** Gießen (KOMMUNE_A) ist eine Stadt der Größenklasse 4 (50.000 bis 100.000 Einwohner). */
const peer = (i: number, groessenklasse = 4, typ: KommuneTable['typ'] = 'Stadt'): KommuneTable => ({
  id: `0699900${String(i).padStart(5, '0')}`,
  ags: `06999${String(i).padStart(3, '0')}`,
  name: `Teststadt ${i}`,
  kurzname: `Teststadt ${i}`,
  typ,
  einwohner: 60_000,
  land: 'HE',
  land_id: null,
  kreis_id: null,
  groessenklasse,
  such_name: `teststadt ${i}`,
});

let t: TestUmgebung;

beforeAll(async () => {
  t = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
});
afterAll(async () => {
  await t?.close();
});

async function neueRunde(fragebogenId = LO) {
  const c = await t.als('mitglied');
  const r = await c.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId, modus: 'einzeln' });
  expect(r.status, r.body).toBe(201);
  return r.json<{ id: string }>().id;
}

async function abgeschlosseneRunde(fragebogenId = LO, niveau = 0.5, extra: Record<string, unknown> = {}) {
  const id = await neueRunde(fragebogenId);
  const c = await t.als('mitglied');
  const fb = (await c.get(`/api/frageboegen/${fragebogenId}`)).json();
  const antworten = { ...erzeugeAntworten(fb, niveau, zufall(7)), ...extra };
  expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten })).status).toBe(200);
  const r = await c.post(`/api/erhebungen/${id}/abschliessen`);
  expect(r.status, r.body).toBe(200);
  return id;
}

describe('Fragebögen und Referenzdaten (öffentlich)', () => {
  it('listet beide Selbstchecks in der aktuellen Version und liefert einen Fragebogen', async () => {
    const c = await t.als('anonym');
    const l = await c.get('/api/frageboegen');
    expect(l.status).toBe(200);
    expect(l.json().items.map((f: { id: string }) => f.id).sort()).toEqual([DK, LO]);
    const f = await c.get(`/api/frageboegen/${LO}`);
    expect(f.status).toBe(200);
    expect(f.json().abschnitte.length).toBeGreaterThan(3);
    expect((await c.get('/api/frageboegen/gibt-es-nicht')).json().error.code).toBe('fragebogen.nicht_gefunden');
  });

  it('OpenAPI beschreibt die Antwort jeder JSON-Route des Moduls (PDF und CSV ausgenommen)', async () => {
    const r = await (await t.als('anonym')).get('/api/openapi.json');
    const paths = r.json().paths as Record<string, Record<string, { tags?: string[]; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    const ohne: string[] = [];
    for (const [pfad, ops] of Object.entries(paths)) {
      for (const [methode, op] of Object.entries(ops)) {
        if (!op.tags?.includes('Erhebungen') || /\.(pdf|csv)$/.test(pfad)) continue;
        const ok = Object.entries(op.responses ?? {}).some(([code, a]) => /^20[01]$/.test(code) && a.content?.['application/json']?.schema);
        if (!ok) ohne.push(`${methode.toUpperCase()} ${pfad}`);
      }
    }
    expect(ohne).toEqual([]);
  });

  it('GET /api/referenz/digitale-kommune: Form aus dem Issue, alle zehn Gruppen, Strategie-Status', async () => {
    const r = await (await t.als('anonym')).get('/api/referenz/digitale-kommune');
    expect(r.status).toBe(200);
    const d = r.json();
    expect(Object.keys(d).sort()).toEqual(['gesamt', 'gruppen', 'quelle']);
    expect(d.quelle.titel).toBe('Digitale Kommune');
    expect(d.gruppen).toHaveLength(10);
    const schluessel = d.gruppen.map((g: { art: string; groessenklasse: number }) => `${g.art}:${g.groessenklasse}`).sort();
    expect(schluessel).toEqual(['gemeinde:1', 'gemeinde:2', 'gemeinde:3', 'gemeinde:4', 'gemeinde:5', 'gemeinde:6', 'gemeinde:7', 'kreis:1', 'kreis:2', 'kreis:3']);
    for (const g of d.gruppen) {
      expect(Object.keys(g).sort()).toEqual(['art', 'groessenklasse', 'label', 'merkmale', 'n', 'tabelle']);
      expect(Number.isInteger(g.n) && g.n > 0).toBe(true);
      for (const m of g.merkmale) {
        expect(Object.keys(m).filter((k) => k !== 'hinweis' && k !== 'weitereProzente').sort()).toEqual(['auspraegung', 'basis', 'bereich', 'herkunft', 'merkmal', 'prozent', 'ungefaehr']);
        expect(typeof m.prozent).toBe('number');
      }
      const strategie = g.merkmale.filter((m: { merkmal: string }) => m.merkmal === 'Digitalisierungsstrategie').map((m: { auspraegung: string }) => m.auspraegung).sort();
      expect(strategie).toEqual(['In Entwicklung', 'Ja', 'Nein']);
    }
    const gesamt = d.gesamt.merkmale.filter((m: { merkmal: string }) => m.merkmal === 'Digitalisierungsstrategie');
    expect(Object.fromEntries(gesamt.map((m: { auspraegung: string; prozent: number }) => [m.auspraegung, m.prozent]))).toEqual({ Ja: 14, 'In Entwicklung': 45, Nein: 41 });
  });
});

describe('Einzelmodus: speichern, fortsetzen, einmal abschließen', () => {
  it('speichert Zwischenstände, prüft Antworten gegen den Fragebogen und setzt fort', async () => {
    const id = await neueRunde();
    const c = await t.als('mitglied');
    const r1 = await c.put(`/api/erhebungen/${id}/antworten`, { antworten: { 'mot-vorschlaege': 4, 'fue-freiraum': { weissNicht: true } } });
    expect(r1.status, r1.body).toBe(200);
    expect(r1.json().beantwortet).toBe(2);
    // Wiederkommen: ein anderes Mitglied der Kommune (hier: Admin) sieht den Stand.
    const g = await (await t.als('admin')).get(`/api/erhebungen/${id}`);
    expect(g.status).toBe(200);
    expect(g.json().antworten).toEqual({ 'mot-vorschlaege': 4, 'fue-freiraum': { weissNicht: true } });
    expect(g.json().status).toBe('offen');

    const falsch = await c.put(`/api/erhebungen/${id}/antworten`, { antworten: { 'mot-vorschlaege': 7, 'gibt-es-nicht': 1, rolle: 'koenig' } });
    expect(falsch.status).toBe(400);
    expect(falsch.json().error.code).toBe('erhebung.antwort_ungueltig');
    expect(falsch.json().error.details.map((d: { pfad: string }) => d.pfad).sort()).toEqual(['/antworten/gibt-es-nicht', '/antworten/mot-vorschlaege', '/antworten/rolle']);
    expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: {}, extra: 1 })).status).toBe(400);
    // Der letzte gültige Stand bleibt.
    expect((await c.get(`/api/erhebungen/${id}`)).json().antworten['mot-vorschlaege']).toBe(4);
  });

  it('schließt nur vollständige Runden ab, genau einmal; danach sind Änderungen gesperrt', async () => {
    const id = await neueRunde();
    const c = await t.als('mitglied');
    await c.put(`/api/erhebungen/${id}/antworten`, { antworten: { 'mot-vorschlaege': 4 } });
    const unvollstaendig = await c.post(`/api/erhebungen/${id}/abschliessen`);
    expect(unvollstaendig.status).toBe(422);
    expect(unvollstaendig.json().error.code).toBe('erhebung.unvollstaendig');

    await c.put(`/api/erhebungen/${id}/antworten`, { antworten: erzeugeAntworten(lo, 0.6, zufall(3)) });
    const ok = await c.post(`/api/erhebungen/${id}/abschliessen`);
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json().status).toBe('abgeschlossen');
    const nochmal = await c.post(`/api/erhebungen/${id}/abschliessen`);
    expect(nochmal.status).toBe(409);
    expect(nochmal.json().error.code).toBe('erhebung.bereits_abgeschlossen');
    expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: {} })).status).toBe(409);

    const e = (await c.get(`/api/erhebungen/${id}/ergebnis`)).json();
    expect(e.vorlaeufig).toBe(false);
    expect(e.dimensionen).toHaveLength(lo.dimensionen.length);
    for (const d of e.dimensionen) {
      expect(d.score).toBeGreaterThanOrEqual(0);
      expect(d.score).toBeLessThanOrEqual(100);
      expect(d.stufe.stufe).toBeGreaterThanOrEqual(1);
    }
    const audit = await t.db.k.selectFrom('audit_log').select('aktion').where('objekt_id', '=', id).execute();
    expect(audit.map((a) => a.aktion)).toEqual(expect.arrayContaining(['erhebung.gestartet', 'erhebung.abgeschlossen']));

    const liste = await c.get(`/api/kommunen/${KOMMUNE_A}/erhebungen`);
    expect(liste.status).toBe(200);
    expect(liste.json().items.some((r: { id: string; gesamt: { score: number } | null }) => r.id === id && r.gesamt?.score !== undefined)).toBe(true);
  });

  it('Team-Runden über die Einzel-Route sind nicht möglich (400 mit Hinweis)', async () => {
    const r = await (await t.als('admin')).post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: LO, modus: 'team' });
    expect(r.status).toBe(400);
  });
});

describe('Team-Modus', () => {
  it('nur Admins öffnen Team-Befragungen; der Link erscheint einmal', async () => {
    const body = { fragebogenId: LO, schliesstAm: new Date(Date.now() + 7 * 864e5).toISOString() };
    expect((await (await t.als('mitglied')).post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, body)).status).toBe(403);
    const r = await (await t.als('admin')).post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, body);
    expect(r.status, r.body).toBe(201);
    expect(r.json().teamLink).toMatch(/^\/team\/[A-Za-z0-9_-]{40,}$/);
    const detail = (await (await t.als('admin')).get(`/api/erhebungen/${r.json().id}`)).json();
    expect(JSON.stringify(detail)).not.toContain(r.json().teamToken);
    const gespeichert = await t.db.k.selectFrom('erhebungsrunde').select('team_token_hash').where('id', '=', r.json().id).executeTakeFirstOrThrow();
    expect(gespeichert.team_token_hash).not.toBe(r.json().teamToken);
  });

  it('anonym, eine Antwort je Browser, Ergebnis erst nach dem Ende und ab 5 Antworten mit Verteilung und Rollenunterschied, Abschlusstermin', async () => {
    // Die Team-Runde nutzt die aktuelle Version des Fragebogens (ggf. v2 aus dem Versionstest).
    const admin = await t.als('admin');
    const r = await admin.post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, { fragebogenId: LO, schliesstAm: new Date(Date.now() + 7 * 864e5).toISOString() });
    const { id, teamToken } = r.json();
    const fb = (await admin.get(`/api/frageboegen/${LO}?version=${(await admin.get(`/api/erhebungen/${id}`)).json().fragebogen.version}`)).json();

    const antwortVon = async (i: number, rolle: string) => {
      const browser = createClient(t.app);
      const g = await browser.get(`/api/team/${teamToken}`);
      expect(g.status).toBe(200);
      expect(g.json().nimmtAntwortenAn).toBe(true);
      const antworten = { ...erzeugeAntworten(fb, rolle === 'fuehrungskraft' ? 0.8 : 0.3, zufall(100 + i)), rolle };
      const zw = await browser.put(`/api/team/${teamToken}/antworten`, { antworten });
      expect(zw.status, zw.body).toBe(200);
      // Wiederkommen im selben Browser: Zwischenstand ist da.
      expect((await browser.get(`/api/team/${teamToken}`)).json().antworten.rolle).toBe(rolle);
      const ab = await browser.post(`/api/team/${teamToken}/abschicken`, {});
      expect(ab.status, ab.body).toBe(200);
      return browser;
    };

    const erster = await antwortVon(0, 'fuehrungskraft');
    const doppelt = await erster.post(`/api/team/${teamToken}/abschicken`, { antworten: { rolle: 'beschaeftigte' } });
    expect(doppelt.status).toBe(409);
    expect(doppelt.json().error.code).toBe('erhebung.bereits_abgeschickt');
    for (let i = 1; i < 4; i++) await antwortVon(i, i < 5 ? 'fuehrungskraft' : 'beschaeftigte');

    // Solange die Befragung läuft, gibt es kein Ergebnis (Zwischenstände verrieten einzelne Antworten).
    const laeuft = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(laeuft.status).toBe(422);
    expect(laeuft.json().error.code).toBe('erhebung.team_laeuft');
    expect(laeuft.json().error.details[0]).toMatchObject({ anzahl: 4, mindestens: 5 });

    for (let i = 4; i < 10; i++) await antwortVon(i, i < 5 ? 'fuehrungskraft' : 'beschaeftigte');
    expect((await admin.get(`/api/erhebungen/${id}/ergebnis`)).json().error.details[0]).toMatchObject({ anzahl: 10 });
    // Anonym: keine Einzelantworten, keine Konten, kein CSV.
    expect((await admin.get(`/api/erhebungen/${id}`)).json().antworten).toEqual({});
    const saetze = await t.db.k.selectFrom('antwortsatz').select(['konto_id', 'browser_kennung_hash']).where('runde_id', '=', id).execute();
    expect(saetze).toHaveLength(10);
    expect(saetze.every((s) => s.konto_id === null && s.browser_kennung_hash && s.browser_kennung_hash.length === 64)).toBe(true);
    expect((await admin.get(`/api/erhebungen/${id}/antworten.csv`)).status).toBe(422);

    // Abschlusstermin vorbei: keine Antworten mehr, das Ergebnis erscheint.
    await t.db.k.updateTable('erhebungsrunde').set({ schliesst_am: new Date(Date.now() - 1000) }).where('id', '=', id).execute();
    const spaet = createClient(t.app);
    expect((await spaet.get(`/api/team/${teamToken}`)).json().nimmtAntwortenAn).toBe(false);
    const zu = await spaet.put(`/api/team/${teamToken}/antworten`, { antworten: { rolle: 'beschaeftigte' } });
    expect(zu.status).toBe(409);
    expect(zu.json().error.code).toBe('erhebung.geschlossen');

    const e = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(e.status, e.body).toBe(200);
    expect(e.json().anzahlAntworten).toBe(10);
    expect(e.json().vorlaeufig).toBe(false);
    for (const d of e.json().dimensionen) {
      expect(d.verteilung.reduce((s: number, b: { anzahl: number }) => s + b.anzahl, 0)).toBe(d.beantwortet);
      for (const b of d.verteilung) expect(b.anzahl).toBeGreaterThanOrEqual(5);
      expect(d).not.toHaveProperty('streuung');
      expect(d.rollen.map((x: { rolle: string }) => x.rolle).sort()).toEqual(['beschaeftigte', 'fuehrung']);
      expect(d.differenzFuehrungBeschaeftigte).toBeGreaterThan(0);
    }
    // Das Ergebnis bleibt lesbar; ein Admin beendet die Runde, danach zählt sie im Vergleich.
    expect((await (await t.als('mitglied')).post(`/api/erhebungen/${id}/team/beenden`)).status).toBe(403);
    expect((await admin.post(`/api/erhebungen/${id}/team/beenden`)).status).toBe(200);
    const scores = await t.db.k.selectFrom('dimension_score').select('score').where('runde_id', '=', id).execute();
    expect(scores.length).toBeGreaterThan(0);
  });

  it('unbekannter Link → 404', async () => {
    const r = await (await t.als('anonym')).get(`/api/team/${'x'.repeat(43)}`);
    expect(r.status).toBe(404);
    expect(r.json().error.code).toBe('erhebung.link_ungueltig');
  });
});

describe('Vergleich mit Kommunen gleicher Größenklasse (k-Anonymität) und Studienwerte', () => {
  it('4 andere Kommunen → kein Aggregat; 5 → Bereiche aus dem geplanten Lauf; Vorreiter nur mit Einwilligung', async () => {
    // Vergleichskommunen: Städte der Klasse 4; dazu je eine Stadt anderer Klasse und ein Kreis (zählen nicht).
    const kommunen = [1, 2, 3, 4, 5].map((i) => peer(i)).concat([peer(6, 5), peer(7, 3, 'Landkreis')]);
    await t.db.k.insertInto('kommune').values(kommunen).execute();
    const fb = (await t.als('mitglied')).get(`/api/frageboegen/${DK}`).then((r) => r.json());
    const dkAktuell = await fb;
    const leg = async (k: KommuneTable, niveau: number) =>
      t.db.k.transaction().execute((tx) => legeAbgeschlosseneRundeAn(tx, dkAktuell, k.id, erzeugeAntworten(dkAktuell, niveau, zufall(niveau * 100)), new Date()));
    for (const k of kommunen.slice(0, 4)) await leg(k, 0.2 + Number(k.id.slice(-1)) * 0.1);
    await leg(kommunen[5], 0.9);
    await leg(kommunen[6], 0.9);

    const eigene = await abgeschlosseneRunde(DK, 0.5, { 'strategie-status': 'ja' });
    await aktualisiereVergleichsstand(t.db);
    const c = await t.als('mitglied');
    const v4 = await c.get(`/api/erhebungen/${eigene}/vergleich`);
    expect(v4.status, v4.body).toBe(200);
    expect(v4.json().gruppe).toEqual({ art: 'gemeinde', groessenklasse: 4 });
    expect(v4.json().eigeneRundeAbgeschlossen).toBe(true);
    expect(v4.json().stand.berechnetAm).toMatch(/^\d{4}-\d\d-\d\dT/);
    for (const d of v4.json().dimensionen) {
      expect(d.verfuegbar).toBe(false);
      expect(d.score).not.toBeNull();
      expect(d.anzahlKommunen).toBeNull();
      expect(d.position).toBeNull();
      expect(d.medianBereich).toBeNull();
      expect(d.bereiche).toEqual([]);
    }
    expect(v4.body).not.toContain('Teststadt');

    // Zwei Runden derselben Kommune zählen einmal (nur die jüngste).
    await leg(kommunen[0], 0.95);
    await aktualisiereVergleichsstand(t.db);
    expect((await c.get(`/api/erhebungen/${eigene}/vergleich`)).json().dimensionen[0].verfuegbar).toBe(false);

    await leg(kommunen[4], 0.95);
    // Erst der geplante Lauf nimmt die fünfte Kommune auf.
    expect((await c.get(`/api/erhebungen/${eigene}/vergleich`)).json().dimensionen[0].verfuegbar).toBe(false);
    await aktualisiereVergleichsstand(t.db);
    const v5 = (await c.get(`/api/erhebungen/${eigene}/vergleich`)).json();
    for (const d of v5.dimensionen) {
      expect(d.verfuegbar).toBe(true);
      expect(d.anzahlKommunen).toBe(5);
      expect(d.bereiche).toEqual([{ von: 0, bis: 100, anzahl: 5 }]);
      expect(d.medianBereich).toEqual({ von: 0, bis: 100 });
      expect(d.position).toEqual({ von: 0, bis: 100, anteilDarunter: 0, anteilImBereich: 100, anteilDarueber: 0 });
      expect(d.vorreiter).toEqual([]);
    }
    expect(JSON.stringify(v5)).not.toContain('Teststadt');
    // Die Bereiche stimmen mit denen aus den Werten der anderen Kommunen überein (Referenzfunktion des Service).
    const peerScores = await t.db.k.selectFrom('dimension_score').select(['dimension', 'score']).where('aktuell', '=', true).where('fragebogen_id', '=', DK)
      .where('kommune_id', 'in', kommunen.slice(0, 5).map((k) => k.id)).execute();
    for (const d of v5.dimensionen) {
      const werte = peerScores.filter((p) => p.dimension === d.id).map((p) => p.score);
      expect(d.bereiche).toEqual(bereicheMitMindestens(feinHaeufigkeiten(werte)));
    }

    // Studienwerte für die Größenklasse der Kommune.
    expect(v5.studie.gruppe.groessenklasse).toBe(4);
    expect(v5.studie.saetze.some((s: { satz: string }) => /^In Ihrer Größenklasse hatten .* eine Digitalisierungsstrategie, .* entwickelten eine, .* hatten keine\.$/.test(s.satz))).toBe(true);
    expect(v5.studie.werte.length).toBeGreaterThan(0);

    // Vorreiter: nur mit Einwilligung (und mindestens Stufe 4 beim letzten Lauf).
    await t.db.k.insertInto('vorreiter_optin').values(dk.dimensionen.map((d) => ({ kommune_id: kommunen[4].id, fragebogen_id: DK, dimension: d.id }))).execute();
    expect(JSON.stringify((await c.get(`/api/erhebungen/${eigene}/vergleich`)).json())).not.toContain('Teststadt 5');
    await aktualisiereVergleichsstand(t.db);
    const mitVorreiter = (await c.get(`/api/erhebungen/${eigene}/vergleich`)).json();
    expect(mitVorreiter.dimensionen.some((d: { vorreiter: string[] }) => d.vorreiter.includes('Teststadt 5'))).toBe(true);
    expect(JSON.stringify(mitVorreiter)).not.toContain('Teststadt 1');
  });

  it('geplanter Lauf: nur wenn fällig; Abstand aus LOTSE_VERGLEICH_STUNDEN', async () => {
    expect(vergleichIntervallMs({})).toBe(24 * 3600_000);
    expect(vergleichIntervallMs({ LOTSE_VERGLEICH_STUNDEN: '0.5' })).toBe(1800_000);
    expect(() => vergleichIntervallMs({ LOTSE_VERGLEICH_STUNDEN: '0' })).toThrow(/LOTSE_VERGLEICH_STUNDEN/);
    expect(() => vergleichIntervallMs({ LOTSE_VERGLEICH_STUNDEN: 'täglich' })).toThrow(/LOTSE_VERGLEICH_STUNDEN/);
    const t0 = new Date('2030-01-01T00:00:00Z');
    await aktualisiereVergleichsstand(t.db, t0);
    const tag = 24 * 3600_000;
    expect(await aktualisiereWennFaellig(t.db, tag, new Date(t0.getTime() + tag - 1))).toBe(false);
    expect(await aktualisiereWennFaellig(t.db, tag, new Date(t0.getTime() + tag))).toBe(true);
    const lauf = await t.db.k.selectFrom('vergleich_lauf').select('berechnet_am').executeTakeFirstOrThrow();
    expect(new Date(lauf.berechnet_am).getTime()).toBe(t0.getTime() + tag);
    await aktualisiereVergleichsstand(t.db);
  });

  it('Einwilligung als Vorreiter: nur Kommune-Admins, nur bekannte Dimensionen', async () => {
    const body = { fragebogenId: LO, dimensionen: ['fuehrung'] };
    expect((await (await t.als('mitglied')).put(`/api/kommunen/${KOMMUNE_A}/vorreiter`, body)).status).toBe(403);
    const ok = await (await t.als('admin')).put(`/api/kommunen/${KOMMUNE_A}/vorreiter`, body);
    expect(ok.status, ok.body).toBe(200);
    expect((await (await t.als('admin')).get(`/api/kommunen/${KOMMUNE_A}/vorreiter`)).json().items[LO]).toEqual(['fuehrung']);
    expect((await (await t.als('admin')).put(`/api/kommunen/${KOMMUNE_A}/vorreiter`, { fragebogenId: LO, dimensionen: ['quatsch'] })).status).toBe(400);
  });
});

describe('Lücken → Bedarfe → Lösungen', () => {
  it('nennt die schwächsten Bereiche mit Bedarfsentwurf, der sich mit einem Klick anlegen lässt', async () => {
    const id = await abgeschlosseneRunde(LO, 0.4);
    const c = await t.als('mitglied');
    const l = await c.get(`/api/erhebungen/${id}/luecken`);
    expect(l.status, l.body).toBe(200);
    const luecken = l.json().luecken;
    expect(luecken.length).toBeGreaterThanOrEqual(2);
    expect(luecken.length).toBeLessThanOrEqual(3);
    const scores = luecken.map((x: { dimension: { score: number } }) => x.dimension.score);
    expect([...scores].sort((a, b) => a - b)).toEqual(scores);
    const entwurf = luecken[0].bedarfEntwurf;
    expect(entwurf).toMatchObject({ kommuneId: KOMMUNE_A, quelle: 'erhebung', quelleRef: `${id}:${luecken[0].dimension.id}` });
    const b = await c.post('/api/bedarfe', entwurf);
    expect(b.status, b.body).toBe(201);
    expect((await c.get(`/api/erhebungen/${id}/luecken`)).json().luecken[0].bedarfId).toBe(b.json().id);
  });

  it('bevorzugt Lösungen von Kommunen gleicher Größenklasse, die weiter sind (mit Einwilligung)', async () => {
    const vorne = peer(20);
    const andere = peer(21);
    await t.db.k.insertInto('kommune').values([vorne, andere]).execute();
    const id = await abgeschlosseneRunde(LO, 0.3);
    const schwach = (await (await t.als('mitglied')).get(`/api/erhebungen/${id}/luecken`)).json().luecken[0].dimension.id as string;
    await t.db.k.transaction().execute(async (tx) => {
      await legeAbgeschlosseneRundeAn(tx, lo, vorne.id, erzeugeAntworten(lo, 0.95, zufall(5)), new Date());
      await legeAbgeschlosseneRundeAn(tx, lo, andere.id, erzeugeAntworten(lo, 0.95, zufall(6)), new Date());
    });
    await t.db.k.insertInto('vorreiter_optin').values({ kommune_id: vorne.id, fragebogen_id: LO, dimension: schwach }).execute();
    // Vorreiter zählen erst, wenn mindestens 5 andere Kommunen hinter dem Vergleich stehen – und erst nach dem Lauf.
    const weitere = [22, 23, 24].map((i) => peer(i));
    await t.db.k.insertInto('kommune').values(weitere).execute();
    await t.db.k.transaction().execute(async (tx) => {
      for (const [i, k] of weitere.entries()) await legeAbgeschlosseneRundeAn(tx, lo, k.id, erzeugeAntworten(lo, 0.5, zufall(30 + i)), new Date());
    });
    const basis = { status: 'veroeffentlicht' as const, zusammenfassung: 'Ideenmanagement und Wissensmanagement in der Verwaltung', problem: 'x', handlungsfeld: 'Verwaltungshandeln' };
    await t.db.k.insertInto('loesung').values([
      { ...basis, titel: 'A-Lösung ohne Einwilligung', kommune_id: andere.id },
      { ...basis, titel: 'Z-Lösung vom Vorreiter', kommune_id: vorne.id },
    ]).execute();
    const vorDemLauf = (await (await t.als('mitglied')).get(`/api/erhebungen/${id}/luecken`)).json().luecken[0];
    expect(vorDemLauf.loesungen.every((x: { vonKommunenWieIhrer: boolean }) => !x.vonKommunenWieIhrer)).toBe(true);
    await aktualisiereVergleichsstand(t.db);
    const l = (await (await t.als('mitglied')).get(`/api/erhebungen/${id}/luecken`)).json().luecken[0];
    expect(l.dimension.id).toBe(schwach);
    expect(l.loesungen[0]).toMatchObject({ titel: 'Z-Lösung vom Vorreiter', vonKommunenWieIhrer: true });
    expect(l.loesungen.find((x: { titel: string }) => x.titel.startsWith('A-')).vonKommunenWieIhrer).toBe(false);
    expect(l.hinweis).toMatch(/^Kommunen wie Ihre, die hier weiter sind, nutzen/);
  });
});

describe('Mandantentrennung', () => {
  it('fremde Kommune 404, Lotse der Region liest, Plattform-Admin nicht', async () => {
    const id = await abgeschlosseneRunde(LO, 0.5);
    for (const rolle of ['fremd', 'lotse-fremd', 'plattform-admin'] as const) {
      const c = await t.als(rolle);
      for (const pfad of ['', '/ergebnis', '/vergleich', '/luecken', '/bericht.pdf', '/antworten.csv']) {
        const r = await c.get(`/api/erhebungen/${id}${pfad}`);
        expect(r.status, `${rolle} ${pfad}`).toBe(404);
        expect(r.json().error.code).toBe('erhebung.nicht_gefunden');
      }
      expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: {} })).status).toBe(404);
      expect((await c.get(`/api/kommunen/${KOMMUNE_A}/erhebungen`)).status).toBe(403);
    }
    expect((await (await t.als('anonym')).get(`/api/erhebungen/${id}`)).status).toBe(401);
    for (const rolle of ['lotse', 'transferstelle'] as const) {
      expect((await (await t.als(rolle)).get(`/api/erhebungen/${id}/ergebnis`)).status).toBe(200);
      // Lesen ja, Antworten ändern nein.
      expect((await (await t.als(rolle)).put(`/api/erhebungen/${id}/antworten`, { antworten: {} })).status).toBe(403);
    }
    const liste = await (await t.als('lotse')).get(`/api/kommunen/${KOMMUNE_A}/erhebungen`);
    expect(liste.status).toBe(200);
    expect((await (await t.als('fremd')).post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: LO })).status).toBe(403);
    expect((await (await t.als('fremd')).post(`/api/kommunen/${KOMMUNE_B}/erhebungen`, { fragebogenId: LO })).status).toBe(201);
  });
});

describe('PDF und CSV', () => {
  it('PDF-Bericht beginnt mit %PDF und enthält den Namen der Kommune', async () => {
    const id = await abgeschlosseneRunde(DK, 0.5, { 'strategie-status': 'in-entwicklung' });
    const r = await t.app.inject({ method: 'GET', url: `/api/erhebungen/${id}/bericht.pdf`, headers: { cookie: await cookieVon() } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    const pdf = r.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Die Dokumentinformationen (Titel/Betreff) stehen als UTF-16BE im PDF.
    const name = Buffer.from('Gießen, Universitätsstadt', 'utf16le').swap16();
    expect(pdf.includes(name)).toBe(true);
    expect(pdf.length).toBeGreaterThan(3000);
  });

  it('CSV: eine Zeile je Frage, deutsche Spaltenköpfe, lässt sich parsen', async () => {
    const id = await abgeschlosseneRunde(LO, 0.5, { wunsch: 'Mehr Zeit; "Austausch"\nund =Formeln' });
    const r = await (await t.als('mitglied')).get(`/api/erhebungen/${id}/antworten.csv`);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    const zeilen: string[][] = parse(r.body, { delimiter: ';', bom: true, relax_column_count: false });
    expect(zeilen[0]).toEqual([...CSV_SPALTEN]);
    const fb = (await (await t.als('mitglied')).get(`/api/frageboegen/${LO}?version=${(await (await t.als('mitglied')).get(`/api/erhebungen/${id}`)).json().fragebogen.version}`)).json();
    expect(zeilen.length - 1).toBe(alleItems(fb).length);
    const wunsch = zeilen.find((z) => z[1] === 'wunsch')!;
    expect(wunsch[4]).toBe('Mehr Zeit; "Austausch"\nund =Formeln');
    const komma = await (await t.als('mitglied')).get(`/api/erhebungen/${id}/antworten.csv?trennzeichen=komma`);
    expect(parse(komma.body, { delimiter: ',', bom: true })[0]).toEqual([...CSV_SPALTEN]);
  });
});

describe('Versionierung', () => {
  it('alte Antworten werden nach dem Laden von v2 weiter mit v1 ausgewertet', async () => {
    const alt = await abgeschlosseneRunde(LO, 0.5);
    const c = await t.als('mitglied');
    const vorher = (await c.get(`/api/erhebungen/${alt}/ergebnis`)).json();

    // v2: ein Item entfällt, eines kommt hinzu, anderer Titel.
    const v2 = structuredClone(lo);
    v2.version = 2;
    v2.titel = `${lo.titel} (v2)`;
    v2.abschnitte[0].items = v2.abschnitte[0].items.filter((i) => i.id !== 'mot-vorschlaege');
    v2.abschnitte[0].items.push({ id: 'mot-neu-v2', text: 'Neue Frage in Version 2.', typ: 'zustimmung5', dimension: 'motivation', weissNicht: true });
    await t.db.k.insertInto('fragebogen').values({ id: LO, version: 2, titel: v2.titel, definition: JSON.stringify(v2) }).execute();

    expect((await c.get(`/api/frageboegen/${LO}`)).json().version).toBe(2);
    expect((await c.get(`/api/frageboegen/${LO}?version=1`)).json().version).toBe(1);
    const nachher = (await c.get(`/api/erhebungen/${alt}/ergebnis`)).json();
    expect(nachher.fragebogen.version).toBe(1);
    expect(nachher.dimensionen).toEqual(vorher.dimensionen);
    expect((await c.get(`/api/erhebungen/${alt}/antworten.csv`)).body).toContain('mot-vorschlaege');

    // Eine neue Runde nutzt v2; die entfallene Frage ist dort ungültig.
    const neu = await neueRunde(LO);
    expect((await c.get(`/api/erhebungen/${neu}`)).json().fragebogen.version).toBe(2);
    const r = await c.put(`/api/erhebungen/${neu}/antworten`, { antworten: { 'mot-vorschlaege': 3 } });
    expect(r.status).toBe(400);
    expect((await c.put(`/api/erhebungen/${neu}/antworten`, { antworten: { 'mot-neu-v2': 3 } })).status).toBe(200);
  });
});

async function cookieVon(): Promise<string> {
  const r = await t.app.inject({ method: 'GET', url: '/api/health' });
  const csrf = String(r.headers['set-cookie']).match(/lotse_csrf=([^;]+)/)![1];
  const login = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: 'mitglied@giessen.test', passwort: 'test-passwort-123' },
    headers: { cookie: `lotse_csrf=${csrf}`, 'x-csrf-token': csrf },
  });
  const sitzung = ([login.headers['set-cookie']].flat() as string[]).find((s) => s.startsWith('lotse_sitzung='))!.split(';')[0];
  return `${sitzung}; lotse_csrf=${csrf}`;
}
