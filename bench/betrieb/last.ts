/**
 * Lasttest (Issue 14, Punkt 9): 200 gleichzeitige simulierte Personen gegen zwei Lotse-Instanzen auf einer
 * PostgreSQL-Datenbank, 5 Minuten. Jede Person gehört zu einer von vier Gruppen und wiederholt ihren Ablauf mit
 * Bedenkzeit (gleichverteilt 1–3 s zwischen zwei Schritten, wie ein Mensch zwischen zwei Klicks):
 *   - Katalog: Lösungsliste (mit und ohne Suchwort), dann eine Lösung öffnen;
 *   - Matching: einen Bedarf in eigenen Worten abgleichen (POST /api/matching, anonym);
 *   - Selbstcheck: angemeldet eine eigene Runde anlegen, dann Antworten speichern und die Runde lesen;
 *   - Indikatoren: die Indikatorseite einer zufälligen Kommune (API) lesen.
 * Die Personen kommen gleichmäßig verteilt in den ersten 30 s an (Anlauf); gemessen werden die folgenden 5 Minuten,
 * Fehler auch im Anlauf. Jede Anfrage geht abwechselnd an Instanz A und B (Lastverteiler ohne Sitzungsbindung; Sitzungen liegen in der
 * Datenbank). Gemessen: Anfragen, Fehler (Status ≥ 400 oder Netzfehler), p50/p95/p99 je Gruppe und gesamt.
 * Grundlinie im selben Lauf: derselbe Lastgenerator mit 200 Personen gegen einen nackten node:http-Server.
 *
 * Die Ratenbegrenzungen (Anmeldung, Matching) sind für den Lauf hochgesetzt: alle 200 Personen kommen von
 * 127.0.0.1, in Wirklichkeit von vielen Adressen.
 *
 *   DATABASE_URL=postgres://… npm run bench -- last      (LOTSE_BENCH_LAST_SEKUNDEN, Standard 300)
 */
import crypto from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { perzentil, runde, starteLotse, type Server } from '../werkzeuge.ts';

const PERSONEN = 200;
const SEKUNDEN = Number(process.env.LOTSE_BENCH_LAST_SEKUNDEN ?? 300);
const ANLAUF = Math.min(30, Math.ceil(SEKUNDEN / 5));
const GIESSEN = '065310005005';
const SUCHWOERTER = ['Termin', 'Kita', 'Bürgerbüro', 'Radweg', 'Digital', 'Ehrenamt', 'Energie', 'Schule', 'Wasser', 'Bauhof'];
const BEDARFE = [
  'Unsere Bürger warten ewig auf Termine im Bürgerbüro und rufen ständig an.',
  'Wir finden keine Erzieherinnen für die Kitas und die Wartelisten werden länger.',
  'Die Straßenbeleuchtung verbraucht zu viel Strom, wir wollen Energie sparen.',
  'Ältere Menschen im Dorf sind einsam und kommen ohne Auto nicht zum Arzt.',
  'Die Verwaltung arbeitet noch mit Papierakten, Vorgänge gehen verloren.',
  'Schlaglöcher und kaputte Laternen werden uns zu spät gemeldet.',
];

const fehlerBeispiele: string[] = [];
const bedenkzeit = () => new Promise((r) => setTimeout(r, 1000 + Math.random() * 2000));
const zufall = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];

interface Messung { gruppe: string; ms: number; fehler: boolean; status: number; zeit: number }

/** One simulated person: its own cookies, requests alternate between the instances. */
class Person {
  private cookies = new Map<string, string>();
  private n = 0;
  constructor(private readonly basen: string[], private readonly gruppe: string, private readonly messungen: Messung[]) {}

  async anfrage(methode: string, pfad: string, daten?: unknown, messen = true): Promise<{ status: number; body: unknown }> {
    const basis = this.basen[this.n++ % this.basen.length];
    const headers: Record<string, string> = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (daten !== undefined) headers['content-type'] = 'application/json';
    if (methode !== 'GET') headers['x-csrf-token'] = this.cookies.get('lotse_csrf') ?? '';
    const t0 = performance.now();
    const start = Date.now();
    let status: number;
    let body: unknown = null;
    try {
      const r = await fetch(basis + pfad, { method: methode, headers, body: daten === undefined ? undefined : JSON.stringify(daten) });
      status = r.status;
      for (const c of r.headers.getSetCookie()) {
        const [paar] = c.split(';');
        const i = paar.indexOf('=');
        this.cookies.set(paar.slice(0, i), paar.slice(i + 1));
      }
      const text = await r.text();
      body = text && r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    } catch {
      status = 0;
    }
    if (messen) this.messungen.push({ gruppe: this.gruppe, ms: performance.now() - t0, fehler: status === 0 || status >= 400, status, zeit: start });
    if (status >= 400 && fehlerBeispiele.length < 5) fehlerBeispiele.push(`${methode} ${pfad}: ${status} ${JSON.stringify(body).slice(0, 200)}`);
    return { status, body };
  }
}

async function ablauf(p: Person, gruppe: string, bis: number, verzoegerung: number, kontext: { loesungen: string[]; kommunen: string[]; passwort: string; fragebogen: { id: string; items: { id: string; wert: unknown }[] } }) {
  await new Promise((r) => setTimeout(r, verzoegerung)); // persons arrive one after the other (ramp-up)
  await p.anfrage('GET', '/api/health', undefined, false); // CSRF cookie, as the page does on load
  let runde: string | null = null;
  if (gruppe === 'selbstcheck') {
    const a = await p.anfrage('POST', '/api/auth/login', { email: 'mitarbeit@giessen.example', passwort: kontext.passwort });
    if (a.status !== 204) throw new Error(`Anmeldung im Lasttest: HTTP ${a.status}`);
    const r = await p.anfrage('POST', `/api/kommunen/${GIESSEN}/erhebungen`, { fragebogenId: kontext.fragebogen.id });
    runde = (r.body as { id?: string }).id ?? null;
  }
  let schritt = 0;
  while (Date.now() < bis) {
    await bedenkzeit();
    if (Date.now() >= bis) break;
    schritt++;
    if (gruppe === 'katalog') {
      await p.anfrage('GET', schritt % 2 ? `/api/loesungen?limit=20&q=${encodeURIComponent(zufall(SUCHWOERTER))}` : '/api/loesungen?limit=20');
      await bedenkzeit();
      await p.anfrage('GET', `/api/loesungen/${zufall(kontext.loesungen)}`);
    } else if (gruppe === 'matching') {
      await p.anfrage('POST', '/api/matching', { text: zufall(BEDARFE) });
    } else if (gruppe === 'selbstcheck' && runde) {
      const items = kontext.fragebogen.items;
      const antworten = Object.fromEntries(items.slice(0, 1 + (schritt % items.length)).map((i) => [i.id, i.wert]));
      await p.anfrage('PUT', `/api/erhebungen/${runde}/antworten`, { antworten });
      if (schritt % 3 === 0) await p.anfrage('GET', `/api/erhebungen/${runde}`);
    } else if (gruppe === 'indikatoren') {
      await p.anfrage('GET', `/api/kommunen/${zufall(kontext.kommunen)}/indikatoren`);
    }
  }
}

function auswerten(ms: Messung[]) {
  const werte = ms.map((m) => m.ms);
  const status: Record<string, number> = {};
  for (const m of ms) if (m.fehler) status[m.status] = (status[m.status] ?? 0) + 1;
  return {
    anfragen: ms.length,
    fehler: ms.filter((m) => m.fehler).length,
    fehler_nach_status: status,
    p50_ms: runde(perzentil(werte, 50)),
    p95_ms: runde(perzentil(werte, 95)),
    p99_ms: runde(perzentil(werte, 99)),
  };
}

/** Baseline: the same 200 persons with the same think time against a bare node:http server. */
async function grundlinie(sekunden: number) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"items":[],"total":0}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const basis = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const messungen: Messung[] = [];
  const bis = Date.now() + sekunden * 1000;
  await Promise.all(Array.from({ length: PERSONEN }, async () => {
    const p = new Person([basis], 'basis', messungen);
    while (Date.now() < bis) {
      await bedenkzeit();
      await p.anfrage('GET', '/');
    }
  }));
  server.close();
  return auswerten(messungen);
}

export async function run() {
  const url = process.env.DATABASE_URL;
  if (!url) return { uebersprungen: 'nur mit DATABASE_URL (PostgreSQL)' };
  const schema = `lotse_last_${crypto.randomBytes(4).toString('hex')}`;
  const passwort = `last-${crypto.randomBytes(9).toString('base64url')}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lotse-bench-last-'));
  const env = {
    DATABASE_URL: url, LOTSE_DB_SCHEMA: schema, LOTSE_DATA_DIR: dir, LOTSE_DEMO: '1', LOTSE_DEMO_PASSWORT: passwort, NODE_ENV: 'production',
    LOTSE_AUTH_RATE_LIMIT: '100000', LOTSE_MATCHING_RATE_LIMIT: '100000', LOTSE_MATCHING_RATE_LIMIT_ANGEMELDET: '100000', LOTSE_2FA_PFLICHT: '0',
  };
  const server: Server[] = [];
  try {
    // A migrates and fills (demo content, indicators); B starts on the finished database.
    const a = await starteLotse(env, 600_000);
    server.push(a);
    const basisA = `http://127.0.0.1:${a.port}`;
    for (const t0 = Date.now(); ;) {
      const r = (await (await fetch(`${basisA}/api/kommunen/${GIESSEN}/indikatoren`)).json()) as { laden?: { fertig: boolean } };
      if (r.laden?.fertig !== false) break;
      if (Date.now() - t0 > 600_000) throw new Error('Indikatoren nach 10 min nicht geladen');
      await new Promise((res) => setTimeout(res, 1000));
    }
    const b = await starteLotse(env, 600_000);
    server.push(b);
    const basen = [basisA, `http://127.0.0.1:${b.port}`];

    const loesungen = ((await (await fetch(`${basisA}/api/loesungen?limit=100`)).json()) as { items: { id: string }[] }).items.map((l) => l.id);
    const kommunen: string[] = [];
    for (const q of ['Stadt', 'Land', 'Bad', 'Neu', 'Berg', 'Hausen']) {
      const r = (await (await fetch(`${basisA}/api/kommunen?q=${q}&limit=50`)).json()) as { items: { ars?: string; id?: string; typ?: string }[] };
      for (const k of r.items) if (k.typ !== 'Land') kommunen.push((k.ars ?? k.id)!);
    }
    const fb = (await (await fetch(`${basisA}/api/frageboegen/lernende-organisation`)).json()) as {
      id: string; abschnitte: { items: { id: string; typ: string; optionen?: { wert: unknown }[]; min?: number }[] }[];
    };
    const items = fb.abschnitte.flatMap((s) => s.items).map((i) => ({
      id: i.id,
      wert: i.typ === 'zustimmung5' ? 3 : i.typ === 'einfach' ? i.optionen![0].wert : i.typ === 'mehrfach' ? [i.optionen![0].wert] : i.typ === 'freitext' ? 'Mehr Zeit für Austausch im Team.' : (i.min ?? 0),
    }));
    if (!loesungen.length || !kommunen.length || !items.length) throw new Error('Lasttest: Demo-Daten fehlen');

    const messungen: Messung[] = [];
    const gruppen = ['katalog', 'matching', 'selbstcheck', 'indikatoren'];
    // Ramp-up: the 200 persons arrive evenly within ANLAUF seconds (sign-ins, first requests, JIT); the figures
    // are taken over the following SEKUNDEN, errors also during the ramp-up.
    const anlaufMs = ANLAUF * 1000;
    const messbeginn = Date.now() + anlaufMs;
    const bis = messbeginn + SEKUNDEN * 1000;
    let cpu0 = os.cpus().map((c) => c.times);
    setTimeout(() => { cpu0 = os.cpus().map((c) => c.times); }, anlaufMs).unref();
    await Promise.all(Array.from({ length: PERSONEN }, (_, i) => {
      const gruppe = gruppen[i % gruppen.length];
      return ablauf(new Person(basen, gruppe, messungen), gruppe, bis, (i / PERSONEN) * anlaufMs, { loesungen, kommunen, passwort, fragebogen: { id: fb.id, items } });
    }));
    const imAnlauf = messungen.filter((m) => m.zeit < messbeginn);
    messungen.splice(0, messungen.length, ...messungen.filter((m) => m.zeit >= messbeginn));
    const cpu1 = os.cpus().map((c) => c.times);
    const belegt = cpu1.reduce((s, t, i) => s + (t.user + t.sys + t.nice + t.irq) - (cpu0[i].user + cpu0[i].sys + cpu0[i].nice + cpu0[i].irq), 0);
    const gesamtZeit = cpu1.reduce((s, t, i) => s + (t.user + t.sys + t.nice + t.irq + t.idle) - (cpu0[i].user + cpu0[i].sys + cpu0[i].nice + cpu0[i].irq + cpu0[i].idle), 0);
    const jeGruppe = Object.fromEntries(gruppen.map((g) => [g, auswerten(messungen.filter((m) => m.gruppe === g))]));
    const gesamt = auswerten(messungen);
    const basis = await grundlinie(Math.min(60, SEKUNDEN));
    return {
      personen: PERSONEN, sekunden: SEKUNDEN, anlauf_s: ANLAUF, instanzen: 2, bedenkzeit_s: '1–3',
      anlauf: auswerten(imAnlauf),
      fehler_beispiele: fehlerBeispiele,
      gesamt: { ...gesamt, anfragen_pro_s: runde(gesamt.anfragen / SEKUNDEN) },
      je_gruppe: jeGruppe,
      cpu_auslastung: runde(belegt / gesamtZeit, 2),
      grundlinie_node_http: basis,
      ziel: { fehler: 0, p95_ms: 300 },
      erreicht: gesamt.fehler === 0 && imAnlauf.every((m) => !m.fehler) && gesamt.p95_ms <= 300,
    };
  } finally {
    for (const s of server) await s.stop();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema if exists ${schema} cascade`);
    await c.end();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
