/**
 * Quality of the matcher on the labelled set (bench/matching/loesungen.json + bedarfe.json):
 * hit@1, hit@5 and MRR for Lotse's matcher and, in the same run, for a naive baseline
 * (plain to_tsvector('german', title || summary || problem), OR-ed query words, ranked by ts_rank_cd).
 * Fresh in-memory PGlite. `npx tsx bench/matching/qualitaet.ts` prints JSON; `run()` returns it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { ROOT_DIR } from '../../src/core/config.ts';
import { openDb, type Db } from '../../src/core/db/db.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { indexiereAlle } from '../../src/modules/matching/matching.index.ts';
import { findeLoesungen, type MatchErgebnis } from '../../src/modules/matching/matching.ts';
import { tokenisiere } from '../../src/modules/matching/sprache/normalisierung.rules.ts';
import { woerterbuch } from '../../src/modules/matching/sprache/woerterbuch.ts';
import { lernKontext, speichereLernsignale } from '../../src/modules/matching/lernen/lernen.usecases.ts';
import { thesaurusReferenzdaten } from '../../src/modules/matching/thesaurus/thesaurus.start.ts';

const DIR = path.join(ROOT_DIR, 'bench', 'matching');

interface Loesung {
  externalId: string;
  title: string;
  summary: string;
  problem: string;
  approach?: string;
  handlungsfeld?: string;
  tags?: string[];
  evidenceStep?: number;
  language?: 'de' | 'en';
}
export interface Bedarf {
  id: string;
  text: string;
  handlungsfeld?: string;
  relevant: string[];
}

export async function ladeKatalog(db: Db, loesungen: Loesung[]) {
  for (let i = 0; i < loesungen.length; i += 200) {
    const b = loesungen.slice(i, i + 200);
    await sql`
      insert into loesung (external_id, status, sprache, titel, zusammenfassung, problem, ansatz, handlungsfeld, tags, wirkungsstufe)
      select x.e, 'veroeffentlicht', x.s, x.t, x.z, x.p, x.a, x.h, string_to_array(x.g, '|'), x.w
      from unnest(${b.map((l) => l.externalId)}::text[], ${b.map((l) => l.language ?? 'de')}::text[], ${b.map((l) => l.title)}::text[],
        ${b.map((l) => l.summary)}::text[], ${b.map((l) => l.problem)}::text[], ${b.map((l) => l.approach ?? '')}::text[],
        ${b.map((l) => l.handlungsfeld ?? null)}::text[], ${b.map((l) => (l.tags ?? []).join('|'))}::text[], ${b.map((l) => l.evidenceStep ?? null)}::int[])
        as x(e, s, t, z, p, a, h, g, w)`.execute(db.k);
  }
}

/**
 * Migrates a fresh database and applies the thesaurus reference data as a server start does (docs/decisions/0051):
 * version 2 brings the senses of the groups (docs/decisions/0127), which no migration holds.
 */
export async function bereiteVor(db: Db) {
  await migrate(db);
  await thesaurusReferenzdaten(db, { demo: false, log: () => {} });
}

/** The naive baseline: German full text over title, summary, problem; OR of the need's words; ts_rank_cd. */
async function baseline(db: Db, text: string, limit: number): Promise<string[]> {
  const woerter = [...new Set(tokenisiere(text).map((t) => t.wort).filter((w) => /^[\p{L}\p{N}]+$/u.test(w)))];
  if (!woerter.length) return [];
  const r = await sql<{ external_id: string }>`
    with q as (select to_tsquery('german', ${woerter.join(' | ')}) as q)
    select external_id from loesung, q
    where to_tsvector('german', titel || ' ' || zusammenfassung || ' ' || problem) @@ q.q
    order by ts_rank_cd(to_tsvector('german', titel || ' ' || zusammenfassung || ' ' || problem), q.q) desc, external_id
    limit ${limit}`.execute(db.k);
  return r.rows.map((x) => x.external_id);
}

interface Kennzahlen {
  hit1: number;
  hit5: number;
  mrr: number;
}

function bewerte(rankings: { bedarf: Bedarf; ids: string[] }[]): Kennzahlen & { verfehltTop5: string[] } {
  let h1 = 0;
  let h5 = 0;
  let rr = 0;
  const verfehlt: string[] = [];
  for (const { bedarf, ids } of rankings) {
    const rang = ids.findIndex((id) => bedarf.relevant.includes(id));
    if (rang === 0) h1++;
    if (rang >= 0 && rang < 5) h5++;
    else verfehlt.push(bedarf.id);
    if (rang >= 0) rr += 1 / (rang + 1);
  }
  const n = rankings.length || 1;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { hit1: r3(h1 / n), hit5: r3(h5 / n), mrr: r3(rr / n), verfehltTop5: verfehlt };
}

/** Categories from the README table (for a breakdown; not used by the matcher). */
function kategorien(): Record<string, string[]> {
  const datei = path.join(DIR, 'README.md');
  if (!fs.existsSync(datei)) return {};
  const out: Record<string, string[]> = {};
  for (const zeile of fs.readFileSync(datei, 'utf8').split('\n')) {
    const ids = zeile.match(/B\d{3}/g);
    if (!zeile.startsWith('|') || !ids || ids.length < 5) continue;
    out[zeile.split('|')[1].trim()] = ids;
  }
  return out;
}

type Passung = 'gut' | 'moeglich' | 'schwach';
const anteil = (z: number, n: number) => Math.round((z / Math.max(n, 1)) * 1000) / 1000;

/**
 * One set of needs: hit@1/hit@5/MRR for Lotse and the baseline; for needs with a solution also the share
 * whose right solution is "gut" or "moeglich"; for needs without one the share with no "gut" hit (and, for
 * comparison, with no hit at all — the naive baseline never says "nothing fits" unless no word matches).
 */
export async function werteSetAus(db: Db, bedarfe: Bedarf[]) {
  const mit = bedarfe.filter((b) => b.relevant.length);
  const ohne = bedarfe.filter((b) => !b.relevant.length);
  const lotse: { bedarf: Bedarf; ids: string[] }[] = [];
  const basis: { bedarf: Bedarf; ids: string[] }[] = [];
  let richtigGutOderMoeglich = 0;
  let richtigGut = 0;
  let ohneGut = 0;
  let ohneTreffer = 0;
  let basisOhneTreffer = 0;
  let gezeigtOhne = 0;
  const falschGut: string[] = [];
  const wb = await woerterbuch();
  const woerterbuchKorrigiert = new Set<string>();
  for (const b of bedarfe) {
    const r = (await findeLoesungen(db, { text: b.text, handlungsfeld: b.handlungsfeld, limit: 50 })) as (MatchErgebnis & { passung?: Passung })[];
    // issue 10: no explanation may "correct" a word of the German or English dictionary
    for (const g of r.flatMap((x) => x.reasons)) {
      const m = g.art === 'tippfehler' ? /„([^“]+)“ korrigiert zu „([^“]+)“/.exec(g.text) : null;
      if (m && (wb.deutsch(m[1]) || wb.englisch(m[1]))) woerterbuchKorrigiert.add(`${b.id}: ${m[1]} → ${m[2]}`);
    }
    const bl = await baseline(db, b.text, 50);
    if (b.relevant.length) {
      lotse.push({ bedarf: b, ids: r.map((x) => x.externalId ?? '') });
      basis.push({ bedarf: b, ids: bl });
      const richtig = r.filter((x) => b.relevant.includes(x.externalId ?? ''));
      if (richtig.some((x) => x.passung === 'gut' || x.passung === 'moeglich')) richtigGutOderMoeglich++;
      if (richtig.some((x) => x.passung === 'gut')) richtigGut++;
    } else {
      if (!r.some((x) => x.passung === 'gut')) ohneGut++;
      else falschGut.push(b.id);
      if (!r.length) ohneTreffer++;
      gezeigtOhne += r.filter((x) => x.passung === 'gut' || x.passung === 'moeglich').length;
      if (!bl.length) basisOhneTreffer++;
    }
  }
  const a = bewerte(lotse);
  const c = bewerte(basis);
  return {
    bedarfe: bedarfe.length,
    woerterbuchwort_korrigiert: [...woerterbuchKorrigiert],
    ...(mit.length
      ? {
          lotse: { hit1: a.hit1, hit5: a.hit5, mrr: a.mrr },
          baseline: { hit1: c.hit1, hit5: c.hit5, mrr: c.mrr },
          richtig_gut_oder_moeglich: anteil(richtigGutOderMoeglich, mit.length),
          richtig_gut: anteil(richtigGut, mit.length),
          lotse_verfehlt_top5: a.verfehltTop5,
        }
      : {}),
    ...(ohne.length
      ? {
          ohne_gut: anteil(ohneGut, ohne.length),
          ohne_treffer: anteil(ohneTreffer, ohne.length),
          gezeigt_je_bedarf: Math.round((gezeigtOhne / ohne.length) * 10) / 10,
          baseline_ohne_treffer: anteil(basisOhneTreffer, ohne.length),
          faelschlich_gut: falschGut,
        }
      : {}),
  };
}

/** The further sets (long needs, needs without a solution, own tuning set) — reported, the blind ones never tuned on. */
async function weitereSets(db: Db) {
  const out: Record<string, unknown> = {};
  const sets: [string, string][] = [
    ['bedarfe_kurz_passung', 'bedarfe.json'],
    ['holdout_passung', 'bedarfe-holdout.json'],
    ['ohne_loesung_tuning', 'bedarfe-ohne-loesung-tuning.json'],
    ['lang_blind', 'bedarfe-lang.json'],
    ['ohne_loesung_blind', 'bedarfe-ohne-loesung.json'],
  ];
  for (const [name, datei] of sets) {
    const p = path.join(DIR, datei);
    if (!fs.existsSync(p)) continue;
    out[name] = await werteSetAus(db, JSON.parse(fs.readFileSync(p, 'utf8')) as Bedarf[]);
  }
  return out;
}

/**
 * The decision a Lotse takes on the matcher's first ten hits for a need of the learn half, stored as signals: „hilfreich“
 * for the right solution when it is among them, „nicht hilfreich“ for at most three wrong hits above it; a need without a
 * solution: „keine passende Lösung“ against its „gut“ hits. Returns the number of signals.
 */
async function entscheideWieLotse(db: Db, b: Bedarf, idVon: Map<string, string>, lk: Awaited<ReturnType<typeof lernKontext>>): Promise<number> {
  let signale = 0;
  const r = await findeLoesungen(db, { text: b.text, handlungsfeld: b.handlungsfeld, limit: 10 });
  const rang = r.findIndex((x) => b.relevant.includes(x.externalId ?? ''));
  const eintrag = async (quelle: 'hilfreich' | 'nicht_hilfreich' | 'keine_passende_loesung', ext: string[]) => {
    const ids = ext.map((e) => idVon.get(e)).filter((x): x is string => !!x);
    signale += await db.k.transaction().execute((tx) => speichereLernsignale(tx, { quelle, text: b.text, loesungIds: ids, kommuneId: null, bedarfId: null, kontoId: null, kontext: lk }));
  };
  if (!b.relevant.length) await eintrag('keine_passende_loesung', r.filter((x) => x.passung === 'gut').map((x) => x.externalId ?? ''));
  else if (rang >= 0) {
    await eintrag('hilfreich', [r[rang].externalId ?? '']);
    await eintrag('nicht_hilfreich', r.slice(0, rang).slice(0, 3).map((x) => x.externalId ?? ''));
  }
  return signale;
}

/**
 * Learning on paired needs (bench/matching/bedarfe-paare.json, written blind to the matcher after its learning parameters
 * were fixed): two Kommunen describe the same problem in other words. The Lotse's decision on need a of every pair becomes
 * signals; the gain is measured on need b, whose feedback is never used (and the other way round as a second fold). The
 * short tuning set is measured with the same signals: needs unrelated to the pairs must not get worse.
 */
export type Paar = { id: string; a: string; b: string; relevant: string[] };

/**
 * One direction on paired needs: the Lotse's decisions on side `von` of every pair become signals; measured on side
 * `nach` (whose feedback is never used) and on the short set `kurz` with the same signals; signals removed afterwards.
 */
export async function paarRichtung(db: Db, paare: Paar[], kurz: Bedarf[], von: 'a' | 'b', nach: 'a' | 'b') {
  const idVon = new Map((await db.k.selectFrom('loesung').select(['id', 'external_id']).execute()).map((r) => [r.external_id ?? '', r.id]));
  const lk = await lernKontext(db);
  const pruefen: Bedarf[] = paare.map((p) => ({ id: `${p.id}${nach}`, text: p[nach], relevant: p.relevant }));
  const vorher = await werteSetAus(db, pruefen);
  const kurzVorher = await werteSetAus(db, kurz);
  let signale = 0;
  for (const p of paare) signale += await entscheideWieLotse(db, { id: `${p.id}${von}`, text: p[von], relevant: p.relevant }, idVon, lk);
  const nachher = await werteSetAus(db, pruefen);
  const kurzNachher = await werteSetAus(db, kurz);
  await db.k.deleteFrom('matching_lernsignal').execute();
  return {
    lernen_aus: von,
    gemessen_an: nach,
    signale,
    vorher: { ...vorher.lotse!, richtig_gut_oder_moeglich: vorher.richtig_gut_oder_moeglich },
    nachher: { ...nachher.lotse!, richtig_gut_oder_moeglich: nachher.richtig_gut_oder_moeglich },
    bedarfe_kurz_vorher: kurzVorher.lotse!,
    bedarfe_kurz_nachher: kurzNachher.lotse!,
  };
}

export async function lernenPaare(db: Db) {
  const datei = path.join(DIR, 'bedarfe-paare.json');
  if (!fs.existsSync(datei)) return undefined;
  const paare = JSON.parse(fs.readFileSync(datei, 'utf8')) as Paar[];
  const kurz = JSON.parse(fs.readFileSync(path.join(DIR, 'bedarfe.json'), 'utf8')) as Bedarf[];
  return { paare: paare.length, a_nach_b: await paarRichtung(db, paare, kurz, 'a', 'b'), b_nach_a: await paarRichtung(db, paare, kurz, 'b', 'a') };
}

/**
 * Learning from decisions (issue 10 item 5, docs/decisions/0124) on a held-out split of the tuning sets: the
 * decisions a Lotse would take on one half (even positions: „hilfreich“ for the right solution when it is among the
 * first ten, „nicht hilfreich“ for at most three wrong hits above it; needs without a solution: „keine passende
 * Lösung“ against their „gut“ hits) become signals; the gain is measured on the other half, whose feedback is never
 * used. `falte: 1` swaps the halves (learn on the odd positions, measure on the even ones) as a second check.
 * The blind sets are only reported (holdout with all tuning feedback of fold 0). Signals are removed afterwards.
 */
export async function lernenSplit(db: Db, opts: { holdout?: boolean; falte?: 0 | 1 } = {}) {
  const falte = opts.falte ?? 0;
  const lade = (datei: string) => JSON.parse(fs.readFileSync(path.join(DIR, datei), 'utf8')) as Bedarf[];
  const kurz = lade('bedarfe.json');
  const ohne = fs.existsSync(path.join(DIR, 'bedarfe-ohne-loesung-tuning.json')) ? lade('bedarfe-ohne-loesung-tuning.json') : [];
  const lernen = [...kurz.filter((_, i) => i % 2 === falte), ...ohne.filter((_, i) => i % 2 === falte)];
  const pruefen = kurz.filter((_, i) => i % 2 !== falte);
  const pruefenOhne = ohne.filter((_, i) => i % 2 !== falte);
  const idVon = new Map((await db.k.selectFrom('loesung').select(['id', 'external_id']).execute()).map((r) => [r.external_id ?? '', r.id]));
  const gelernteLoesungen = new Set(lernen.flatMap((b) => b.relevant));
  const betroffen = pruefen.filter((b) => b.relevant.some((r) => gelernteLoesungen.has(r)));
  // needs unrelated to any feedback on their solution: learning must not make them worse
  const unberuehrt = pruefen.filter((b) => !b.relevant.some((r) => gelernteLoesungen.has(r)));
  const messe = async () => {
    const a = await werteSetAus(db, pruefen);
    const b = await werteSetAus(db, betroffen);
    const u = await werteSetAus(db, unberuehrt);
    const c = pruefenOhne.length ? await werteSetAus(db, pruefenOhne) : undefined;
    return {
      alle: a.lotse,
      mit_rueckmeldung_zur_loesung: b.lotse,
      ohne_rueckmeldung_zur_loesung: u.lotse,
      richtig_gut_oder_moeglich: a.richtig_gut_oder_moeglich,
      ...(c ? { ohne_loesung_ohne_gut: c.ohne_gut } : {}),
    };
  };
  const vorher = await messe();
  const lk = await lernKontext(db);
  let signale = 0;
  for (const b of lernen) signale += await entscheideWieLotse(db, b, idVon, lk);
  const nachher = await messe();
  let holdout: Record<string, unknown> | undefined;
  if (opts.holdout !== false && fs.existsSync(path.join(DIR, 'bedarfe-holdout.json'))) holdout = { nachher: (await werteSetAus(db, lade('bedarfe-holdout.json'))).lotse };
  await db.k.deleteFrom('matching_lernsignal').execute();
  return {
    lernhaelfte: lernen.length,
    pruefhaelfte: pruefen.length,
    pruefhaelfte_ohne_loesung: pruefenOhne.length,
    pruefhaelfte_loesung_mit_rueckmeldung: betroffen.length,
    falte,
    signale,
    vorher,
    nachher,
    ...(holdout ? { holdout_mit_allen_signalen_der_lernhaelfte: holdout } : {}),
  };
}

export async function run(opts: { details?: boolean } = {}) {
  const loesungen = JSON.parse(fs.readFileSync(path.join(DIR, 'loesungen.json'), 'utf8')) as Loesung[];
  const bedarfe = JSON.parse(fs.readFileSync(path.join(DIR, 'bedarfe.json'), 'utf8')) as Bedarf[];
  const db = await openDb({});
  try {
    await bereiteVor(db);
    await ladeKatalog(db, loesungen);
    const t0 = performance.now();
    await indexiereAlle(db);
    const indexMs = performance.now() - t0;
    const lotse: { bedarf: Bedarf; ids: string[] }[] = [];
    const basis: { bedarf: Bedarf; ids: string[] }[] = [];
    const zeiten: number[] = [];
    for (const b of bedarfe) {
      const t = performance.now();
      const r = await findeLoesungen(db, { text: b.text, handlungsfeld: b.handlungsfeld, limit: 50 });
      zeiten.push(performance.now() - t);
      lotse.push({ bedarf: b, ids: r.map((x) => x.externalId ?? '') });
      basis.push({ bedarf: b, ids: await baseline(db, b.text, 50) });
    }
    const l = bewerte(lotse);
    const bl = bewerte(basis);
    const kat: Record<string, { n: number; lotse: Kennzahlen; baseline: Kennzahlen }> = {};
    for (const [name, ids] of Object.entries(kategorien())) {
      const a = bewerte(lotse.filter((x) => ids.includes(x.bedarf.id)));
      const c = bewerte(basis.filter((x) => ids.includes(x.bedarf.id)));
      kat[name] = { n: ids.length, lotse: { hit1: a.hit1, hit5: a.hit5, mrr: a.mrr }, baseline: { hit1: c.hit1, hit5: c.hit5, mrr: c.mrr } };
    }
    zeiten.sort((a, b) => a - b);
    // Held-out needs written later, blind to the matcher (README): reported apart, never tuned on.
    const holdoutDatei = path.join(DIR, 'bedarfe-holdout.json');
    let holdout: Record<string, unknown> | undefined;
    if (fs.existsSync(holdoutDatei)) {
      const hb = JSON.parse(fs.readFileSync(holdoutDatei, 'utf8')) as Bedarf[];
      const hl: { bedarf: Bedarf; ids: string[] }[] = [];
      const hbl: { bedarf: Bedarf; ids: string[] }[] = [];
      for (const b of hb) {
        const r = await findeLoesungen(db, { text: b.text, handlungsfeld: b.handlungsfeld, limit: 50 });
        hl.push({ bedarf: b, ids: r.map((x) => x.externalId ?? '') });
        hbl.push({ bedarf: b, ids: await baseline(db, b.text, 50) });
      }
      const a = bewerte(hl);
      const c = bewerte(hbl);
      holdout = {
        bedarfe: hb.length,
        lotse: { hit1: a.hit1, hit5: a.hit5, mrr: a.mrr },
        baseline: { hit1: c.hit1, hit5: c.hit5, mrr: c.mrr },
        lotse_verfehlt_top5: a.verfehltTop5,
      };
    }
    const weitere = await weitereSets(db);
    const lernen = await lernenSplit(db);
    // second check with the halves swapped (no blind set)
    const gegenprobe = await lernenSplit(db, { falte: 1, holdout: false });
    const paare = await lernenPaare(db);
    return {
      loesungen: loesungen.length,
      bedarfe: bedarfe.length,
      datenbank: 'PGlite (im Speicher)',
      lotse: { hit1: l.hit1, hit5: l.hit5, mrr: l.mrr },
      baseline: { hit1: bl.hit1, hit5: bl.hit5, mrr: bl.mrr },
      hit5_vorsprung: Math.round((l.hit5 - bl.hit5) * 1000) / 1000,
      ziele: { hit5: l.hit5 >= 0.95, mrr: l.mrr >= 0.85, vorsprung: l.hit5 - bl.hit5 >= 0.1 },
      kategorien: kat,
      index_ms: Math.round(indexMs),
      anfrage_ms: { p50: Math.round(zeiten[Math.floor(zeiten.length / 2)] * 10) / 10, p95: Math.round(zeiten[Math.floor(zeiten.length * 0.95)] * 10) / 10 },
      lotse_verfehlt_top5: l.verfehltTop5,
      ...(holdout ? { holdout } : {}),
      ...weitere,
      lernen,
      lernen_gegenprobe: gegenprobe,
      ...(paare ? { lernen_paare: paare } : {}),
      ...(opts.details ? { details: lotse.map((x) => ({ id: x.bedarf.id, relevant: x.bedarf.relevant, top5: x.ids.slice(0, 5), rang: x.ids.findIndex((i) => x.bedarf.relevant.includes(i)) + 1 })) } : {}),
    };
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run({ details: process.argv.includes('--details') }), null, 2));
}
