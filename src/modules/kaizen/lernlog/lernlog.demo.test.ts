import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { demoIdeen } from '../ideen/ideen.demo.ts';
import { demoExperimente } from '../experimente/experimente.demo.ts';
import { buergerbueroProtokoll, DEMO_STICHTAG } from '../prozesse/prozesse.demo.ts';
import { kennzahlen, type Kennzahlen } from '../prozesse/prozesse.rules.ts';
import { berlinTagesbeginn } from '../prozesse/zeit.rules.ts';
import { demoLernlog, MARKE, PROTOKOLL } from './lernlog.demo.ts';

/** Demo-Inhalt Lernlog und Wirkung: nicht leer, im laufenden Jahr, idempotent, passend zum Ereignisprotokoll. */
let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

describe('Demo: Lernlog, eingesparte Stunden und Wirkung', () => {
  it('ohne Demo nichts; mit Demo einmal (auch beim zweiten Start)', async () => {
    const log: string[] = [];
    const opts = (demo: boolean) => ({ demo, log: (m: string) => log.push(m) });
    await demoLernlog(env.db, opts(false));
    await demoIdeen(env.db, opts(true));
    await demoExperimente(env.db, opts(true));
    log.length = 0;
    await demoLernlog(env.db, opts(true));
    const n = await env.db.k.selectFrom('kaizen_lerneintrag').select('id').execute();
    const x = await env.db.k.selectFrom('kaizen_experiment').select('id').execute();
    await demoLernlog(env.db, opts(true));
    expect(await env.db.k.selectFrom('kaizen_lerneintrag').select('id').execute()).toHaveLength(n.length);
    expect(await env.db.k.selectFrom('kaizen_experiment').select('id').execute()).toHaveLength(x.length);
    expect(log).toHaveLength(1);
    expect(n.length).toBeGreaterThanOrEqual(6);
  });

  it('Wirkung des laufenden Jahres: Stunden laufend und einmalig, bestätigt von Funktionen; Verkürzung der Durchlaufzeit; Team Bürgerbüro', async () => {
    const c = await env.als('mitglied');
    const r = await c.get(`/api/kaizen/wirkung?kommuneId=${KOMMUNE_A}&jahr=${new Date().getUTCFullYear()}`);
    expect(r.status, r.body).toBe(200);
    const w = r.json();
    // 150 + 220 sicher im laufenden Jahr; 60 (Abholschalter, vor 12 Tagen entschieden) kurz nach Neujahr im Vorjahr.
    expect(w.kommune.stundenLaufend).toBeGreaterThanOrEqual(150 + 220);
    expect(w.kommune.stundenEinmalig).toBe(35);
    expect(w.kommune.stundenBestaetigtVon).toEqual(expect.arrayContaining(['Amtsleitung Bürgeramt', 'Sachgebietsleitung Bürgerbüro']));
    expect(w.kommune.durchlaufzeitVerkuerzungProzent).toBeCloseTo(-29.6, 1);
    const team = w.teams.find((t: { name: string }) => t.name === 'Bürgerbüro');
    expect(team.kennzahlen.stundenLaufend).toBeGreaterThan(0);
    expect(team.kennzahlen.experimenteMitVerkuerzung).toBe(1);
    expect(w.teams.find((t: { name: string }) => t.name === 'Ordnungsamt, Außendienst').kennzahlen).toBeNull();
  });

  it('Lernlog: Gießen sieht alle eigenen Einträge (auch Fehlschläge), andere nur Geteiltes und Anonymisiertes ohne Kommune', async () => {
    const eigen = (await (await env.als('mitglied')).get('/api/kaizen/lernlog')).json().items as { titel: string; ausgang: string; sichtbarkeit: string; kommuneName: string | null }[];
    expect(new Set(eigen.map((e) => e.sichtbarkeit))).toEqual(new Set(['kommune', 'alle', 'anonym']));
    expect(eigen.filter((e) => e.ausgang === 'gescheitert').length).toBeGreaterThanOrEqual(2);
    const fremd = (await (await env.als('fremd')).get('/api/kaizen/lernlog')).json().items as typeof eigen;
    expect(fremd.length).toBeGreaterThan(0);
    expect(fremd.some((e) => e.sichtbarkeit === 'kommune')).toBe(false);
    expect(fremd.filter((e) => e.sichtbarkeit === 'anonym').every((e) => e.kommuneName === null)).toBe(true);
    expect(fremd.some((e) => e.sichtbarkeit === 'alle' && e.kommuneName === 'Gießen, Universitätsstadt')).toBe(true);
    expect(fremd.some((e) => e.titel === MARKE)).toBe(false);
    const treffer = (await (await env.als('mitglied')).get('/api/kaizen/lernlog?q=Messenger')).json().items as typeof eigen;
    expect(treffer.map((e) => e.titel)).toContain(MARKE);
  });

  it('die Zahlen des Experiments zum Bewohnerparkausweis stammen aus dem Demo-Ereignisprotokoll', () => {
    const { vorher, nachher } = kennzahlen(buergerbueroProtokoll(), berlinTagesbeginn(DEMO_STICHTAG)) as { vorher: Kennzahlen; nachher: Kennzahlen };
    expect(Math.round(vorher.nacharbeitQuote! * 1000) / 10).toBe(PROTOKOLL.nacharbeitVorher);
    expect(Math.round(nachher.nacharbeitQuote! * 1000) / 10).toBe(PROTOKOLL.nacharbeitNachher);
  });
});
