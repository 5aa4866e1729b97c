import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestClient, type TestUmgebung } from '../../../testing/testApp.ts';
import { KOMMUNE_A } from '../../../testing/fixtures.ts';
import { kennzahlen, type Ereignis, type Kennzahlen } from './prozesse.rules.ts';
import { berlinTagesbeginn } from './zeit.rules.ts';
import { zufallsgenerator } from '../stichprobe/stichprobe.rules.ts';

let env: TestUmgebung;
beforeAll(async () => {
  env = await createTestApp();
});
afterAll(async () => env?.close());

async function sendeCsv(c: TestClient, id: string, text: string | Buffer, typ = 'text/csv; charset=utf-8') {
  return c.raw({ method: 'POST', url: `/api/kaizen/prozesse/${id}/ereignisse`, payload: text, headers: { 'content-type': typ, 'x-csrf-token': await c.csrfToken() } });
}

async function neuerProzess(name: string): Promise<string> {
  const r = await (await env.als('mitglied')).post('/api/kaizen/prozesse', { name });
  expect(r.status, r.body).toBe(201);
  return r.json().id;
}

async function anzahlEreignisse(id: string) {
  const r = await env.db.k.selectFrom('kaizen_ereignis').select((eb) => eb.fn.countAll<number>().as('n')).where('prozess_id', '=', id).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('Prozesse anlegen und lesen', () => {
  it('legt einen Prozess für die einzige Kommune an (201) und lehnt denselben Namen ab (409)', async () => {
    const c = await env.als('mitglied');
    const r = await c.post('/api/kaizen/prozesse', { name: 'Gewerbeanmeldung' });
    expect(r.status, r.body).toBe(201);
    expect(r.json()).toMatchObject({ kommuneId: KOMMUNE_A, name: 'Gewerbeanmeldung', ereignisse: 0, faelle: 0 });
    const d = await c.post('/api/kaizen/prozesse', { name: 'Gewerbeanmeldung' });
    expect(d.status).toBe(409);
    expect(d.json().error.code).toBe('kaizen.prozess.name_vergeben');
    const l = await c.get('/api/kaizen/prozesse');
    expect(l.json().items.map((p: { name: string }) => p.name)).toContain('Gewerbeanmeldung');
    expect((await c.get(`/api/kaizen/prozesse/${r.json().id}`)).json().name).toBe('Gewerbeanmeldung');
  });

  it('nimmt die Kommune als AGS an; ohne Mitgliedschaft gibt es keine Kommune', async () => {
    const r = await (await env.als('mitglied')).post('/api/kaizen/prozesse', { name: 'Wohngeld', kommune: '06531005' });
    expect(r.status, r.body).toBe(201);
    expect(r.json().kommuneId).toBe(KOMMUNE_A);
    const t = await (await env.als('transferstelle')).post('/api/kaizen/prozesse', { name: 'Wohngeld' });
    expect(t.status).toBe(404);
    const leer = await (await env.als('mitglied')).post('/api/kaizen/prozesse', { name: '  ' });
    expect(leer.status).toBe(400);
  });
});

describe('Ereignisprotokoll einlesen', () => {
  it('liest CSV mit Semikolon und BOM; dasselbe Ereignis zweimal zählt einmal', async () => {
    const id = await neuerProzess('Anwohnerparken');
    const c = await env.als('mitglied');
    const csv = '\uFEFFfall_id;schritt;zeitpunkt\nP-1;Antrag;2026-03-02T09:00\nP-1;Bescheid;2026-03-04T11:30\nP-2;Antrag;2026-03-03 10:00:00+01:00\n';
    const r = await sendeCsv(c, id, Buffer.from(csv, 'utf8'));
    expect(r.status, r.body).toBe(200);
    expect(r.json()).toMatchObject({ zeilen: 3, neu: 3, doppelt: 0, prozesse: [{ id, name: 'Anwohnerparken', angelegt: false, ereignisse: 3, faelle: 2 }] });
    const nochmal = await sendeCsv(c, id, csv);
    expect(nochmal.json()).toMatchObject({ zeilen: 3, neu: 0, doppelt: 3 });
    const p = (await c.get(`/api/kaizen/prozesse/${id}`)).json();
    expect(p).toMatchObject({ ereignisse: 3, faelle: 2, erstesEreignis: '2026-03-02T08:00:00.000Z', letztesEreignis: '2026-03-04T10:30:00.000Z' });
  });

  it('ein kaputtes Datum in Zeile 5.001: 422 mit Zeilenfehler, nichts übernommen', async () => {
    const id = await neuerProzess('Personalausweis');
    const zeilen = ['fall_id,schritt,zeitpunkt'];
    for (let i = 2; i <= 6000; i++) zeilen.push(`F${i},Vorsprache,${i === 5001 ? '2026-02-30T10:00' : '2026-03-02T10:00'}`);
    const r = await sendeCsv(await env.als('mitglied'), id, zeilen.join('\n'));
    expect(r.status, r.body).toBe(422);
    const e = r.json().error;
    expect(e.code).toBe('kaizen.ereignisse.ungueltig');
    expect(e.message).toContain('Zeile 5.001: Zeitpunkt „2026-02-30T10:00“ ist kein gültiges Datum');
    expect(e.details[0]).toMatchObject({ zeile: 5001, spalte: 'zeitpunkt' });
    expect(await anzahlEreignisse(id)).toBe(0);
    expect((await (await env.als('mitglied')).get(`/api/kaizen/prozesse/${id}`)).json().ereignisse).toBe(0);
  });

  it('Spalte „prozess“: Zeilen gehen an den Prozess dieses Namens, fehlende werden angelegt', async () => {
    const id = await neuerProzess('Meldebescheinigung');
    const r = await sendeCsv(await env.als('mitglied'), id, 'fall_id,schritt,zeitpunkt,prozess\n1,Antrag,2026-04-01T09:00,\n2,Antrag,2026-04-01T09:00,Führungszeugnis\n2,Ausgabe,2026-04-02T09:00,Führungszeugnis\n');
    expect(r.status, r.body).toBe(200);
    const prozesse = r.json().prozesse as { name: string; angelegt: boolean; ereignisse: number }[];
    expect(prozesse).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Meldebescheinigung', ereignisse: 1 }), expect.objectContaining({ name: 'Führungszeugnis', angelegt: true, ereignisse: 2 })]));
    const liste = (await (await env.als('mitglied')).get('/api/kaizen/prozesse')).json().items as { name: string; ereignisse: number }[];
    expect(liste.find((p) => p.name === 'Führungszeugnis')?.ereignisse).toBe(2);
  });

  it('ohne Datei 422, als JSON 415, über 25 MB 413 mit deutscher Meldung', async () => {
    const id = await neuerProzess('Sperrmüll');
    const c = await env.als('mitglied');
    const ohne = await c.post(`/api/kaizen/prozesse/${id}/ereignisse`);
    expect(ohne.status).toBe(422);
    expect(ohne.json().error.code).toBe('kaizen.ereignisse.leer');
    const json = await c.post(`/api/kaizen/prozesse/${id}/ereignisse`, { fall_id: 1 });
    expect(json.status).toBe(415);
    expect(json.json().error.code).toBe('kaizen.ereignisse.medientyp');
    const gross = await sendeCsv(c, id, Buffer.alloc(26 * 1024 * 1024, 'a'));
    expect(gross.status).toBe(413);
    expect(gross.json().error).toMatchObject({ code: 'kaizen.ereignisse.zu_gross' });
    expect(gross.json().error.message).toContain('25 MB');
  });
});

describe('Kennzahlen: SQL und reine Regeln stimmen überein', () => {
  /** A random log over the switch to summer time, with repeated steps (rework) and single-event cases. */
  function zufallsProtokoll(startwert: number): Ereignis[] {
    const z = zufallsgenerator(startwert);
    const schritte = ['Terminbuchung', 'Vorsprache', 'Bearbeitung', 'Rückfrage', 'Ausgabe'];
    const start = Date.parse('2026-02-01T06:00:00Z');
    const out: Ereignis[] = [];
    for (let f = 0; f < 400; f++) {
      let t = start + Math.floor(z() * 100 * 86_400_000);
      const n = 1 + Math.floor(z() * 6);
      for (let i = 0; i < n; i++) {
        // Whole seconds: the local-time rows carry no milliseconds.
        out.push({ fall: `Z-${f}`, schritt: schritte[Math.floor(z() * schritte.length)], zeitpunkt: Math.floor(t / 1000) * 1000 });
        t += Math.floor(z() * 5 * 86_400_000);
      }
    }
    return out;
  }

  const vergleiche = (ist: Kennzahlen, soll: Kennzahlen) => {
    expect(ist.faelle).toBe(soll.faelle);
    for (const k of ['durchlaufzeitMedianStunden', 'durchlaufzeitP90Stunden', 'wartezeitMedianStunden', 'durchsatzProWoche', 'nacharbeitQuote'] as const) {
      if (soll[k] === null) expect(ist[k], k).toBeNull();
      else expect(ist[k], k).toBeCloseTo(soll[k], 6);
    }
  };

  it('auf einem zufälligen Protokoll (mit und ohne Stichtag)', async () => {
    const id = await neuerProzess('Zufallsprotokoll');
    const log = zufallsProtokoll(4711);
    // Half the rows in UTC, half as Berlin local time without zone.
    const lokal = (ms: number) => new Date(ms).toLocaleString('sv-SE', { timeZone: 'Europe/Berlin' }).replace(' ', 'T');
    const csv = ['fall_id,schritt,zeitpunkt', ...log.map((e, i) => `${e.fall},${e.schritt},${i % 2 ? new Date(e.zeitpunkt).toISOString() : lokal(e.zeitpunkt)}`)].join('\n');
    const r = await sendeCsv(await env.als('mitglied'), id, csv);
    expect(r.status, r.body).toBe(200);
    const c = await env.als('lotse');
    const gesamt = (await c.get(`/api/kaizen/prozesse/${id}/kennzahlen`)).json();
    const soll = kennzahlen(log, null) as { gesamt: Kennzahlen };
    expect(soll.gesamt.nacharbeitQuote).toBeGreaterThan(0);
    vergleiche(gesamt.gesamt, soll.gesamt);
    for (const stichtag of ['2026-03-29', '2026-04-15', '2030-01-01']) {
      const ist = (await c.get(`/api/kaizen/prozesse/${id}/kennzahlen?stichtag=${stichtag}`)).json();
      const s = kennzahlen(log, berlinTagesbeginn(stichtag)) as { vorher: Kennzahlen; nachher: Kennzahlen };
      vergleiche(ist.vorher, s.vorher);
      vergleiche(ist.nachher, s.nachher);
    }
  });

  it('ein ungültiger Stichtag ist ein 400', async () => {
    const id = await neuerProzess('Stichtag');
    const r = await (await env.als('mitglied')).get(`/api/kaizen/prozesse/${id}/kennzahlen?stichtag=2026-02-30`);
    expect(r.status).toBe(400);
    expect(r.body).toContain('Dieses Datum gibt es nicht');
  });
});
