/**
 * Benchmark der Erhebungen (Issue 4): Vergleich mit Kommunen gleicher Größenklasse und PDF-Bericht.
 *
 * Daten: das mitgelieferte Verzeichnis (≈ 11.000 Kommunen mit Größenklasse: Gemeinden, Städte, Kreise) ×
 * 2 abgeschlossene Runden × beide Selbstchecks, Antworten erzeugt (erhebungen.demo.ts), Werte mit der echten
 * Auswertung berechnet. Gemessen werden der geplante Lauf, der den veröffentlichten Vergleichsstand berechnet
 * (aktualisiereVergleichsstand, Entscheidung 0042), und GET /api/erhebungen/:id/vergleich über app.inject (Routing,
 * Zugriffsschicht, Abfrage des Stands, Serialisierung; ohne Netzwerk) – auf PostgreSQL (DATABASE_URL, frisches
 * Schema) und PGlite –, dazu die Zeit für den PDF-Bericht (Daten + Rendern) und für das Rendern allein.
 *
 *   npm run bench -- erhebungen
 *   npx tsx bench/erhebungen/peer.ts          (einzeln, gibt JSON aus)
 */
import crypto from 'node:crypto';
import { sql, type Insertable } from 'kysely';
import type { AntwortsatzTable, DimensionScoreTable, ErhebungsrundeTable } from '../../src/modules/erhebungen/erhebungen.table.ts';
import { createTestDb } from '../../src/testing/testDb.ts';
import { seedKonten, TEST_KONTEN, TEST_PASSWORT } from '../../src/testing/fixtures.ts';
import { baueApp } from '../../src/testing/testApp.ts';
import type { Db } from '../../src/core/db/db.ts';
import { importiereVerzeichnis } from '../../src/modules/kommunen/kommunen.import.ts';
import { groessenklasseArt } from '../../src/modules/kommunen/index.ts';
import type { KommuneTyp } from '../../src/modules/kommunen/kommunen.table.ts';
import { ladeFragebogen } from '../../src/modules/erhebungen/frageboegen/frageboegen.rules.ts';
import { bewerte } from '../../src/modules/erhebungen/runden/runden.rules.ts';
import { ladeFrageboegenInDb } from '../../src/modules/erhebungen/frageboegen/frageboegen.usecases.ts';
import { berichtDaten } from '../../src/modules/erhebungen/export/export.usecases.ts';
import { erzeugeAntworten, zufall } from '../../src/modules/erhebungen/erhebungen.demo.ts';
import { aktualisiereVergleichsstand } from '../../src/modules/erhebungen/vergleich/vergleich.repository.ts';
import { berichtPdf } from '../../src/modules/erhebungen/export/export.pdf.ts';
import { perzentil, runde } from '../werkzeuge.ts';

const CHECKS = ['lernende-organisation', 'digitale-kommune'] as const;
const RUNDEN = 2;
const ANFRAGEN = 300;
const AUFWAERMEN = 30;

interface Kommune {
  id: string;
  art: 'gemeinde' | 'kreis';
  groessenklasse: number;
}

export async function befuelle(db: Db) {
  const t0 = performance.now();
  await importiereVerzeichnis(db);
  const tVerzeichnis = performance.now() - t0;
  await ladeFrageboegenInDb(db);
  const zeilen = await db.k.selectFrom('kommune').select(['id', 'typ', 'groessenklasse']).where('groessenklasse', 'is not', null).execute();
  const kommunen: Kommune[] = zeilen.flatMap((k) => {
    const art = groessenklasseArt(k.typ as KommuneTyp);
    return art && k.groessenklasse ? [{ id: k.id, art, groessenklasse: k.groessenklasse }] : [];
  });
  const r = zufall(4711);
  const jetzt = Date.now();
  const tag = 864e5;
  let runden = 0;
  let scores = 0;
  const t1 = performance.now();
  for (const fbId of CHECKS) {
    const fb = ladeFragebogen(fbId, 1);
    const STAPEL = 400;
    for (let i = 0; i < kommunen.length; i += STAPEL) {
      const teil = kommunen.slice(i, i + STAPEL);
      const rundenZeilen: Insertable<ErhebungsrundeTable>[] = [];
      const saetze: Insertable<AntwortsatzTable>[] = [];
      const dims: Insertable<DimensionScoreTable>[] = [];
      for (const k of teil) {
        const niveau = 0.15 + r() * 0.7;
        for (let n = 0; n < RUNDEN; n++) {
          const id = crypto.randomUUID();
          const am = new Date(jetzt - (RUNDEN - n) * 200 * tag - r() * 100 * tag);
          const antworten = erzeugeAntworten(fb, Math.min(1, niveau + n * 0.08), r);
          const e = bewerte(fb, antworten);
          rundenZeilen.push({
            id, kommune_id: k.id, fragebogen_id: fb.id, version: fb.version, modus: 'einzeln' as const, status: 'abgeschlossen' as const,
            team_token_hash: null, erstellt_am: am, aktualisiert_am: am, abgeschlossen_am: am, ergebnis: JSON.stringify(e),
          });
          saetze.push({ kommune_id: k.id, runde_id: id, antworten: JSON.stringify(antworten), eingereicht_am: am, aktualisiert_am: am });
          for (const d of e.dimensionen) {
            if (d.score === null) continue;
            dims.push({ kommune_id: k.id, runde_id: id, fragebogen_id: fb.id, dimension: d.id, score: d.score, art: k.art, groessenklasse: k.groessenklasse, aktuell: n === RUNDEN - 1, abgeschlossen_am: am });
          }
        }
      }
      await db.k.transaction().execute(async (tx) => {
        await tx.insertInto('erhebungsrunde').values(rundenZeilen).execute();
        await tx.insertInto('antwortsatz').values(saetze).execute();
        for (let j = 0; j < dims.length; j += 2000) await tx.insertInto('dimension_score').values(dims.slice(j, j + 2000)).execute();
      });
      runden += rundenZeilen.length;
      scores += dims.length;
    }
  }
  await sql`analyze`.execute(db.k);
  return { kommunen, runden, scores, verzeichnis_ms: Math.round(tVerzeichnis), laden_s: runde((performance.now() - t1) / 1000) };
}

async function messe(art: 'postgres' | 'pglite') {
  const vorher = process.env.LOTSE_TEST_DB;
  process.env.LOTSE_TEST_DB = art === 'postgres' ? 'postgres' : 'pglite';
  const db = await createTestDb();
  process.env.LOTSE_TEST_DB = vorher;
  try {
    const daten = await befuelle(db);
    // Der geplante Lauf: zweimal (der zweite ersetzt einen vorhandenen Stand, wie im Betrieb).
    const laeufe: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      await aktualisiereVergleichsstand(db);
      laeufe.push(performance.now() - t0);
    }
    await sql`analyze`.execute(db.k);
    await seedKonten(db);
    const app = await baueApp({ db, authRateLimit: 1000 });
    await app.ready();
    const cookie = await anmelden(app);
    const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

    // Stichprobe: jüngste Runden zufälliger Kommunen, gewichtet wie das Verzeichnis (die meisten in Klasse 7).
    const proben = await sql<{ id: string; art: string; groessenklasse: number }>`
      select r.id, d.art, d.groessenklasse from erhebungsrunde r
        join dimension_score d on d.runde_id = r.id and d.aktuell
       group by r.id, d.art, d.groessenklasse
       order by md5(r.id::text) limit ${ANFRAGEN + AUFWAERMEN}`.execute(db.k);
    const groesste = await sql<{ art: string; groessenklasse: number; n: number }>`
      select art, groessenklasse, count(distinct kommune_id)::int as n from dimension_score where aktuell
       group by art, groessenklasse order by n desc limit 1`.execute(db.k);
    const zeiten: number[] = [];
    const zeitenGroesste: number[] = [];
    for (const [i, p] of proben.rows.entries()) {
      const t0 = performance.now();
      const r = await get(`/api/erhebungen/${p.id}/vergleich`);
      const ms = performance.now() - t0;
      if (r.statusCode !== 200) throw new Error(`vergleich ${r.statusCode}: ${r.body.slice(0, 200)}`);
      if (i < AUFWAERMEN) continue;
      zeiten.push(ms);
      if (p.art === groesste.rows[0].art && p.groessenklasse === groesste.rows[0].groessenklasse) zeitenGroesste.push(ms);
    }
    // Zusätzlich gezielt die größte Vergleichsgruppe (schlechtester Fall).
    const inGroesster = await sql<{ id: string }>`
      select distinct r.id from erhebungsrunde r join dimension_score d on d.runde_id = r.id and d.aktuell
       where d.art = ${groesste.rows[0].art} and d.groessenklasse = ${groesste.rows[0].groessenklasse}
       order by r.id limit 100`.execute(db.k);
    for (const p of inGroesster.rows) {
      const t0 = performance.now();
      await get(`/api/erhebungen/${p.id}/vergleich`);
      zeitenGroesste.push(performance.now() - t0);
    }

    // PDF: Digitale Kommune (mit Studienwerten) – Daten + Rendern über die Route und Rendern allein.
    const dk = await db.k.selectFrom('erhebungsrunde').select('id').where('fragebogen_id', '=', 'digitale-kommune').where('kommune_id', '=', '065310005005').orderBy('erstellt_am', 'desc').executeTakeFirstOrThrow();
    const pdfRoute: number[] = [];
    const pdfRender: number[] = [];
    let groesse = 0;
    for (let i = 0; i < 12; i++) {
      const t0 = performance.now();
      const r = await get(`/api/erhebungen/${dk.id}/bericht.pdf`);
      const ms = performance.now() - t0;
      if (r.statusCode !== 200) throw new Error(`PDF ${r.statusCode}`);
      groesse = r.rawPayload.length;
      const daten2 = await berichtDaten(db, dk.id);
      const t1 = performance.now();
      await berichtPdf(daten2);
      const render = performance.now() - t1;
      if (i >= 2) {
        pdfRoute.push(ms);
        pdfRender.push(render);
      }
    }
    await app.close();
    const ziel = art === 'postgres' ? 100 : 300;
    return {
      kommunen_mit_groessenklasse: daten.kommunen.length,
      runden: daten.runden,
      dimension_scores: daten.scores,
      laden_s: daten.laden_s,
      groesste_gruppe: groesste.rows[0],
      lauf_vergleichsstand_ms: laeufe.map((x) => Math.round(x)),
      anfragen: zeiten.length,
      p50_ms: runde(perzentil(zeiten, 50)),
      p95_ms: runde(perzentil(zeiten, 95)),
      p99_ms: runde(perzentil(zeiten, 99)),
      groesste_gruppe_p95_ms: runde(perzentil(zeitenGroesste, 95)),
      ziel_p95_ms: ziel,
      ziel_erreicht: perzentil(zeiten, 95) <= ziel && perzentil(zeitenGroesste, 95) <= ziel,
      pdf_route_p50_ms: runde(perzentil(pdfRoute, 50)),
      pdf_route_max_ms: runde(Math.max(...pdfRoute)),
      pdf_rendern_p50_ms: runde(perzentil(pdfRender, 50)),
      pdf_bytes: groesse,
    };
  } finally {
    await db.close();
  }
}

/** Meldet das Transferstellen-Konto an (liest alle Kommunen) und liefert den Cookie-Header. */
async function anmelden(app: Awaited<ReturnType<typeof baueApp>>): Promise<string> {
  const h = await app.inject({ method: 'GET', url: '/api/health' });
  const csrf = /lotse_csrf=([^;]+)/.exec(String(h.headers['set-cookie']))![1];
  const r = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email: TEST_KONTEN.transferstelle, passwort: TEST_PASSWORT },
    headers: { cookie: `lotse_csrf=${csrf}`, 'x-csrf-token': csrf },
  });
  if (r.statusCode !== 204) throw new Error(`Login fehlgeschlagen: ${r.statusCode}`);
  const sitzung = ([r.headers['set-cookie']].flat() as string[]).find((x) => x.startsWith('lotse_sitzung='))!.split(';')[0];
  return `${sitzung}; lotse_csrf=${csrf}`;
}

export async function run() {
  const ergebnis: Record<string, unknown> = {};
  if (process.env.DATABASE_URL) {
    try {
      ergebnis.postgres = await messe('postgres');
    } catch (err) {
      ergebnis.postgres = { fehler: (err as Error).message };
    }
  } else {
    ergebnis.postgres = { uebersprungen: 'DATABASE_URL nicht gesetzt' };
  }
  ergebnis.pglite = await messe('pglite');
  return ergebnis;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
  process.exit(0);
}
