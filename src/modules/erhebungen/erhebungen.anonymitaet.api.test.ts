/**
 * Angriffe auf die Anonymität der Selbstchecks (Issue „Trust before growth“), nachgestellt über die API
 * gegen eine echte Datenbank:
 *  (a) Abtasten: eine Kommune ändert die Antworten ihrer offenen Runde und liest jedes Mal den Vergleich;
 *  (b) Differenzbildung: lesen, eine andere Kommune schließt eine Runde ab, wieder lesen;
 *  (c) Vorreiter-Namen bei weniger als 5 anderen Kommunen;
 *  (d) Teamrunden: Komplement (gesamt minus Gruppe), Extremwerte, Fünf-Punkte-Zusammenfassung bei genau
 *      5 Antworten und Zwischenstände (n gegen n + 1).
 * Das Modell dahinter beschreibt docs/decisions/0042-vergleich-veroeffentlichte-bereiche.md und
 * docs/decisions/0043-teamrunden-ohne-einzelwerte.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestUmgebung } from '../../testing/testApp.ts';
import { KOMMUNE_A, KOMMUNE_B } from '../../testing/fixtures.ts';
import type { KommuneTable } from '../kommunen/kommunen.table.ts';
import type { Antworten, Fragebogen } from './frageboegen/fragebogen.schemas.ts';
import { ladeFragebogen } from './frageboegen/frageboegen.rules.ts';
import { bewerte } from './runden/runden.rules.ts';
import { ladeFrageboegenInDb } from './frageboegen/frageboegen.usecases.ts';
import { aktualisiereVergleichsstand } from './vergleich/vergleich.repository.ts';
import { erzeugeAntworten, legeAbgeschlosseneRundeAn, zufall } from './erhebungen.demo.ts';

const DK = 'digitale-kommune';
const LO = 'lernende-organisation';
const dk = ladeFragebogen(DK, 1);
const lo = ladeFragebogen(LO, 1);

let t: TestUmgebung;
beforeAll(async () => {
  t = await createTestApp({ seed: (db) => ladeFrageboegenInDb(db).then(() => undefined) });
});
afterAll(async () => {
  await t?.close();
});

/** Der geplante Lauf, den die Tests direkt auslösen (im Betrieb: Start-Aufgabe und alle 24 Stunden). */
const aktualisiere = () => aktualisiereVergleichsstand(t.db);

const stadt = (id: string, name: string, groessenklasse: number): KommuneTable => ({
  id, ags: id.slice(0, 8), name, kurzname: name, typ: 'Stadt', einwohner: 60_000, land: 'HE', land_id: null, kreis_id: null, groessenklasse, such_name: name.toLowerCase(),
});

async function peerRunde(fb: Fragebogen, kommuneId: string, niveau: number, seed: number) {
  await t.db.k.transaction().execute((tx) => legeAbgeschlosseneRundeAn(tx, fb, kommuneId, erzeugeAntworten(fb, niveau, zufall(seed)), new Date()));
}

// ---- Prüfungen der veröffentlichten Form ------------------------------------------------------------

interface Bereich { von: number; bis: number; anzahl: number }
interface Position { von: number; bis: number; anteilDarunter: number; anteilImBereich: number; anteilDarueber: number }
interface VergleichDim {
  id: string;
  score: number | null;
  verfuegbar: boolean;
  anzahlKommunen: number | null;
  bereiche: Bereich[];
  medianBereich: { von: number; bis: number } | null;
  position: Position | null;
  vorreiter: string[];
}

const DIM_SCHLUESSEL = ['anzahlKommunen', 'bereiche', 'id', 'medianBereich', 'position', 'score', 'titel', 'verfuegbar', 'vorreiter'];

/**
 * Alles, was der Vergleich über andere Kommunen sagt, steht in festen Bereichen (Vielfache von 10, lückenlos
 * von 0 bis 100) mit je mindestens 5 anderen Kommunen; Position und Medianbereich folgen allein daraus und aus
 * dem eigenen Wert. Es gibt keine weiteren Felder (kein Perzentil, kein Median, kein Einzelwert).
 */
function pruefeNurBereiche(dims: VergleichDim[]) {
  for (const d of dims) {
    expect(Object.keys(d).sort(), d.id).toEqual(DIM_SCHLUESSEL);
    if (!d.verfuegbar) {
      expect(d).toMatchObject({ anzahlKommunen: null, bereiche: [], medianBereich: null, position: null, vorreiter: [] });
      continue;
    }
    expect(d.bereiche.length).toBeGreaterThan(0);
    expect(d.bereiche[0].von).toBe(0);
    expect(d.bereiche.at(-1)!.bis).toBe(100);
    d.bereiche.forEach((b, i) => {
      expect(Object.keys(b).sort()).toEqual(['anzahl', 'bis', 'von']);
      expect(b.von % 10).toBe(0);
      expect(b.bis % 10).toBe(0);
      expect(b.anzahl, `${d.id} ${b.von}–${b.bis}`).toBeGreaterThanOrEqual(5);
      if (i > 0) expect(b.von).toBe(d.bereiche[i - 1].bis);
    });
    const n = d.bereiche.reduce((s, b) => s + b.anzahl, 0);
    expect(d.anzahlKommunen).toBe(n);
    // Medianbereich: der Bereich, in dem die mittlere Kommune liegt – aus den Bereichen ablesbar.
    let kum = 0;
    const mitte = d.bereiche.find((b) => (kum += b.anzahl) >= n / 2)!;
    expect(d.medianBereich).toEqual({ von: mitte.von, bis: mitte.bis });
    // Position: nur aus eigenem Wert und Bereichen berechnet.
    if (d.score === null) {
      expect(d.position).toBeNull();
    } else {
      const i = d.bereiche.findIndex((b, j) => d.score! >= b.von && (d.score! < b.bis || j === d.bereiche.length - 1));
      const anteil = (x: number) => Math.round((x / n) * 100);
      const darunter = d.bereiche.slice(0, i).reduce((s, b) => s + b.anzahl, 0);
      const darueber = d.bereiche.slice(i + 1).reduce((s, b) => s + b.anzahl, 0);
      expect(d.position).toEqual({ von: d.bereiche[i].von, bis: d.bereiche[i].bis, anteilDarunter: anteil(darunter), anteilImBereich: anteil(d.bereiche[i].anzahl), anteilDarueber: anteil(darueber) });
    }
  }
}

/** Was über andere Kommunen gesagt wird (ohne eigenen Wert und eigene Position). */
const ueberAndere = (dims: VergleichDim[]) => dims.map((d) => ({ id: d.id, verfuegbar: d.verfuegbar, anzahlKommunen: d.anzahlKommunen, bereiche: d.bereiche, medianBereich: d.medianBereich, vorreiter: d.vorreiter }));

// ---- Vergleich mit anderen Kommunen -------------------------------------------------------------------

describe('Vergleich: Abtasten und Differenzbildung lernen nichts über die veröffentlichten Bereiche hinaus', () => {
  /** Zwölf Städte der Größenklasse 4 wie Gießen; ihre Werte streuen über die ganze Skala. */
  const peers = Array.from({ length: 12 }, (_, i) => stadt(`0699920${String(i).padStart(5, '0')}`, `Vergleichsstadt ${i}`, 4));

  beforeAll(async () => {
    await t.db.k.insertInto('kommune').values(peers).execute();
    for (const [i, p] of peers.entries()) await peerRunde(dk, p.id, 0.05 + i * 0.08, 300 + i);
    await aktualisiere();
  });

  it('(a) Abtasten: Antworten der offenen Runde ändern die Antwort von /vergleich nicht, sie enthält keinen Einzelwert', async () => {
    const c = await t.als('mitglied');
    const r = await c.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: DK });
    expect(r.status, r.body).toBe(201);
    const id = r.json().id as string;
    const antworten: string[] = [];
    // 40 Sweeps über das ganze Niveau, wie im Angriff (dort 82 Anfragen für 10 Kommunen).
    for (let i = 0; i < 40; i++) {
      const put = await c.put(`/api/erhebungen/${id}/antworten`, { antworten: erzeugeAntworten(dk, i / 39, zufall(900 + i)) });
      expect(put.status, put.body).toBe(200);
      const v = await c.get(`/api/erhebungen/${id}/vergleich`);
      expect(v.status, v.body).toBe(200);
      antworten.push(v.body);
    }
    expect(new Set(antworten).size).toBe(1);
    const v = JSON.parse(antworten[0]);
    // Eine offene Runde wird nicht verglichen: kein eigener Wert, keine Position.
    expect(v.eigeneRundeAbgeschlossen).toBe(false);
    for (const d of v.dimensionen) expect([d.score, d.position]).toEqual([null, null]);
    pruefeNurBereiche(v.dimensionen);
    expect(v.dimensionen.every((d: VergleichDim) => d.verfuegbar)).toBe(true);
  });

  it('(a) auch eigene abgeschlossene Runden (nach dem nächsten Lauf) verschieben die Bereiche nicht', async () => {
    const c = await t.als('mitglied');
    const runde = async (niveau: number, seed: number) => {
      const id = (await c.post(`/api/kommunen/${KOMMUNE_A}/erhebungen`, { fragebogenId: DK })).json().id as string;
      expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: erzeugeAntworten(dk, niveau, zufall(seed)) })).status).toBe(200);
      expect((await c.post(`/api/erhebungen/${id}/abschliessen`)).status).toBe(200);
      await aktualisiere();
      return (await c.get(`/api/erhebungen/${id}/vergleich`)).json();
    };
    const niedrig = await runde(0.05, 11);
    const hoch = await runde(0.95, 12);
    pruefeNurBereiche(niedrig.dimensionen);
    pruefeNurBereiche(hoch.dimensionen);
    expect(niedrig.eigeneRundeAbgeschlossen).toBe(true);
    expect(niedrig.dimensionen.some((d: VergleichDim, i: number) => d.score !== hoch.dimensionen[i].score)).toBe(true);
    expect(ueberAndere(hoch.dimensionen)).toEqual(ueberAndere(niedrig.dimensionen));
  });

  it('(b) Differenzbildung: bis zum geplanten Lauf ändert sich nichts; danach nur Bereiche mit mindestens 5 Kommunen', async () => {
    const c = await t.als('mitglied');
    const runden = (await c.get(`/api/kommunen/${KOMMUNE_A}/erhebungen`)).json().items as { id: string; status: string; fragebogen: { id: string } }[];
    const eigene = runden.filter((r) => r.status === 'abgeschlossen' && r.fragebogen.id === DK).at(-1)!.id;
    const vorher = await c.get(`/api/erhebungen/${eigene}/vergleich`);

    // Eine andere Kommune schließt eine neue Runde ab (vorher niedrig, jetzt sehr hoch) …
    await peerRunde(dk, peers[0].id, 1, 77);
    // … und eine weitere Stadt der Klasse nimmt erstmals teil.
    const neu = stadt('069992099999', 'Neue Stadt', 4);
    await t.db.k.insertInto('kommune').values(neu).execute();
    await peerRunde(dk, neu.id, 0.9, 78);
    const zwischen = await c.get(`/api/erhebungen/${eigene}/vergleich`);
    expect(zwischen.body).toBe(vorher.body);

    await aktualisiere();
    const nachher = (await c.get(`/api/erhebungen/${eigene}/vergleich`)).json();
    pruefeNurBereiche(nachher.dimensionen);
    expect(nachher.dimensionen.every((d: VergleichDim) => d.anzahlKommunen === 13)).toBe(true);
    expect(nachher.stand.berechnetAm >= JSON.parse(vorher.body).stand.berechnetAm).toBe(true);
  });
});

describe('Vergleich: Vorreiter nur, wenn mindestens 5 andere Kommunen dahinterstehen', () => {
  it('(c) München mit 1 und mit 4 anderen Kommunen: keine Namen; mit 5: der eingewilligte Vorreiter', async () => {
    const frankfurt = stadt('064120000000', 'Frankfurt am Main, Stadt', 1);
    const weitere = Array.from({ length: 4 }, (_, i) => stadt(`0699930${String(i).padStart(5, '0')}`, `Großstadt ${i}`, 1));
    await t.db.k.insertInto('kommune').values([frankfurt, ...weitere]).execute();
    await peerRunde(dk, frankfurt.id, 1, 5);
    await t.db.k.insertInto('vorreiter_optin').values(dk.dimensionen.map((d) => ({ kommune_id: frankfurt.id, fragebogen_id: DK, dimension: d.id }))).execute();

    const c = await t.als('fremd'); // Admin von München
    const id = (await c.post(`/api/kommunen/${KOMMUNE_B}/erhebungen`, { fragebogenId: DK })).json().id as string;
    expect((await c.put(`/api/erhebungen/${id}/antworten`, { antworten: erzeugeAntworten(dk, 0.3, zufall(6)) })).status).toBe(200);
    expect((await c.post(`/api/erhebungen/${id}/abschliessen`)).status).toBe(200);
    await aktualisiere();

    const ein = await c.get(`/api/erhebungen/${id}/vergleich`);
    expect(ein.status, ein.body).toBe(200);
    expect(ein.body).not.toContain('Frankfurt');
    for (const d of ein.json().dimensionen) expect(d.vorreiter).toEqual([]);
    pruefeNurBereiche(ein.json().dimensionen);

    for (const [i, k] of weitere.slice(0, 3).entries()) await peerRunde(dk, k.id, 0.2 + i * 0.2, 40 + i);
    await aktualisiere();
    const vier = await c.get(`/api/erhebungen/${id}/vergleich`);
    expect(vier.body).not.toContain('Frankfurt');
    pruefeNurBereiche(vier.json().dimensionen);
    expect(vier.json().dimensionen.every((d: VergleichDim) => !d.verfuegbar)).toBe(true);

    await peerRunde(dk, weitere[3].id, 0.5, 44);
    // Erst der geplante Lauf veröffentlicht die fünfte Kommune.
    expect((await c.get(`/api/erhebungen/${id}/vergleich`)).body).toBe(vier.body);
    await aktualisiere();
    const fuenf = (await c.get(`/api/erhebungen/${id}/vergleich`)).json();
    pruefeNurBereiche(fuenf.dimensionen);
    expect(fuenf.dimensionen.every((d: VergleichDim) => d.anzahlKommunen === 5)).toBe(true);
    expect(fuenf.dimensionen.some((d: VergleichDim) => d.vorreiter.includes('Frankfurt am Main, Stadt'))).toBe(true);

    // Ein Widerruf wirkt sofort, nicht erst beim nächsten Lauf.
    await t.db.k.deleteFrom('vorreiter_optin').where('kommune_id', '=', frankfurt.id).execute();
    expect((await c.get(`/api/erhebungen/${id}/vergleich`)).body).not.toContain('Frankfurt');
  });
});

// ---- Teamrunden -------------------------------------------------------------------------------------

async function teamRunde() {
  const admin = await t.als('admin');
  const r = await admin.post(`/api/kommunen/${KOMMUNE_A}/erhebungen/team`, { fragebogenId: LO, schliesstAm: new Date(Date.now() + 7 * 864e5).toISOString() });
  expect(r.status, r.body).toBe(201);
  return { id: r.json().id as string, token: r.json().teamToken as string };
}

let personNr = 0;
/**
 * Eine Person antwortet aus einem frischen Browser (eigener Cookie-Speicher) und von einer eigenen Adresse
 * (die Begrenzung auf 30 Abgaben je Minute gilt je Adresse).
 */
async function antworte(token: string, antworten: Antworten) {
  const remoteAddress = `10.0.${Math.floor(++personNr / 250)}.${personNr % 250}`;
  const h = await t.app.inject({ method: 'GET', url: '/api/health', remoteAddress });
  const csrf = /lotse_csrf=([^;]+)/.exec(String(h.headers['set-cookie']))![1];
  const r = await t.app.inject({
    method: 'POST',
    url: `/api/team/${token}/abschicken`,
    remoteAddress,
    payload: { antworten },
    headers: { cookie: `lotse_csrf=${csrf}`, 'x-csrf-token': csrf },
  });
  expect(r.statusCode, r.body).toBe(200);
}

/** Gleiche Antwort `wert` auf alle Zustimmungsfragen: für jede Person ein anderer, bekannter Wert je Bereich. */
function gleichmaessig(wert: number, rolle: string): Antworten {
  const a: Antworten = { rolle };
  for (const ab of lo.abschnitte) for (const i of ab.items) if (i.typ === 'zustimmung5') a[i.id] = wert;
  return a;
}

interface TeamDim {
  id: string;
  score: number | null;
  beantwortet: number;
  verteilung: Bereich[];
  rollen: { rolle: string; anzahl: number; mittelwert: number }[];
  differenzFuehrungBeschaeftigte: number | null;
}

const VERBOTEN = ['streuung', 'min', 'max', 'q1', 'q3', 'median'];

/** Keine Extremwerte, keine Quartile; Verteilung in lückenlosen Bereichen 0–100 mit je mindestens 5 Personen. */
function pruefeTeam(dims: TeamDim[]) {
  for (const d of dims) {
    for (const v of VERBOTEN) expect(Object.keys(d), `${d.id}: ${v}`).not.toContain(v);
    if (d.score === null) {
      expect(d.verteilung).toEqual([]);
      continue;
    }
    expect(d.verteilung[0].von).toBe(0);
    expect(d.verteilung.at(-1)!.bis).toBe(100);
    for (const b of d.verteilung) {
      expect(Object.keys(b).sort()).toEqual(['anzahl', 'bis', 'von']);
      expect(b.anzahl).toBeGreaterThanOrEqual(5);
      expect(b.von % 10 + b.bis % 10).toBe(0);
    }
    expect(d.verteilung.reduce((s, b) => s + b.anzahl, 0)).toBe(d.beantwortet);
    for (const r of d.rollen) expect(r.anzahl).toBeGreaterThanOrEqual(5);
  }
}

describe('Teamrunden: keine Zahl beruht auf weniger als 5 Personen', () => {
  it('(d) Zwischenstände: solange die Runde läuft, gibt es kein Ergebnis (n gegen n + 1 verrät sonst die neue Antwort)', async () => {
    const { id, token } = await teamRunde();
    const admin = await t.als('admin');
    for (let i = 0; i < 5; i++) await antworte(token, gleichmaessig(1 + i, 'fuehrungskraft'));
    const bei5 = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(bei5.status, bei5.body).toBe(422);
    expect(bei5.json().error.code).toBe('erhebung.team_laeuft');
    expect(bei5.json().error.details[0]).toMatchObject({ anzahl: 5, mindestens: 5 });
    await antworte(token, gleichmaessig(3, 'beschaeftigte'));
    const bei6 = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(bei6.status).toBe(422);
    expect(bei6.body).not.toContain('"score"');
    expect((await admin.get(`/api/erhebungen/${id}/luecken`)).status).toBe(422);
    expect((await admin.get(`/api/erhebungen/${id}/vergleich`)).body).not.toMatch(/"score":\d/);
  });

  it('(d) Komplement: 5 Führungskräfte + 1 Beschäftigte – kein Gruppenmittel, aus dem sich die eine Person herausrechnen ließe', async () => {
    const { id, token } = await teamRunde();
    const admin = await t.als('admin');
    for (let i = 0; i < 5; i++) await antworte(token, { ...erzeugeAntworten(lo, 0.8, zufall(500 + i)), rolle: 'fuehrungskraft' });
    const einzeln = { ...erzeugeAntworten(lo, 0.1, zufall(599)), rolle: 'beschaeftigte' };
    await antworte(token, einzeln);
    expect((await admin.post(`/api/erhebungen/${id}/team/beenden`)).status).toBe(200);

    const e = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(e.status, e.body).toBe(200);
    const dims = e.json().dimensionen as TeamDim[];
    pruefeTeam(dims);
    const person = bewerte(lo, einzeln);
    for (const d of dims) {
      expect(d.rollen).toEqual([]);
      expect(d.differenzFuehrungBeschaeftigte).toBeNull();
      // Der Angriff „6 × Gesamtmittel − 5 × Führungsmittel“ hat keine Zahl, mit der er rechnen könnte.
      expect(d.beantwortet).toBe(6);
    }
    expect(person.dimensionen.every((p) => p.score !== null)).toBe(true);
    // Auch der PDF-Bericht nennt keine Gruppenwerte.
    const pdf = await admin.get(`/api/erhebungen/${id}/bericht.pdf`);
    expect(pdf.status).toBe(200);
  });

  it('(d) Komplement über „keine Angabe“: 5 + 5 + 1 ohne Rolle → keine Gruppenmittel; 5 + 5 → Gruppenmittel', async () => {
    const admin = await t.als('admin');
    const mit = async (ohneRolle: number) => {
      const { id, token } = await teamRunde();
      for (let i = 0; i < 5; i++) await antworte(token, { ...erzeugeAntworten(lo, 0.8, zufall(700 + i)), rolle: 'fuehrungskraft' });
      for (let i = 0; i < 5; i++) await antworte(token, { ...erzeugeAntworten(lo, 0.3, zufall(710 + i)), rolle: 'beschaeftigte' });
      for (let i = 0; i < ohneRolle; i++) await antworte(token, { ...erzeugeAntworten(lo, 0.5, zufall(720 + i)), rolle: 'keine-angabe' });
      expect((await admin.post(`/api/erhebungen/${id}/team/beenden`)).status).toBe(200);
      const e = await admin.get(`/api/erhebungen/${id}/ergebnis`);
      expect(e.status, e.body).toBe(200);
      pruefeTeam(e.json().dimensionen);
      return e.json().dimensionen as TeamDim[];
    };
    for (const d of await mit(1)) expect([d.rollen, d.differenzFuehrungBeschaeftigte]).toEqual([[], null]);
    for (const d of await mit(0)) {
      expect(d.rollen.map((r) => r.rolle).sort()).toEqual(['beschaeftigte', 'fuehrung']);
      expect(d.differenzFuehrungBeschaeftigte).not.toBeNull();
    }
  });

  it('(d) genau 5 Antworten: keine Fünf-Punkte-Zusammenfassung, kein Minimum/Maximum – nur Mittelwert und ein Bereich 0–100', async () => {
    const { id, token } = await teamRunde();
    const admin = await t.als('admin');
    const personen = [1, 2, 2, 4, 5].map((w, i) => gleichmaessig(w, i % 2 ? 'beschaeftigte' : 'fuehrungskraft'));
    for (const p of personen) await antworte(token, p);
    expect((await admin.post(`/api/erhebungen/${id}/team/beenden`)).status).toBe(200);
    const e = await admin.get(`/api/erhebungen/${id}/ergebnis`);
    expect(e.status, e.body).toBe(200);
    const dims = e.json().dimensionen as TeamDim[];
    pruefeTeam(dims);
    const einzelwerte = personen.map((p) => bewerte(lo, p));
    for (const [i, d] of dims.entries()) {
      expect(d.verteilung).toEqual([{ von: 0, bis: 100, anzahl: 5 }]);
      expect(d.rollen).toEqual([]);
      // Keine Zahl der Antwort ist der Wert einer einzelnen Person (der Mittelwert ist es hier nicht).
      const werte = einzelwerte.map((x) => x.dimensionen[i].score);
      expect(new Set(werte).size).toBeGreaterThan(1);
      expect(werte).not.toContain(d.score);
    }
  });
});
