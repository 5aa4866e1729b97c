/**
 * Parameters of learning from decisions (docs/decisions/0139, 0165) chosen on HALF of the blind paired needs
 * (bench/matching/bedarfe-paare.json, odd positions = tuning pairs), then measured once on the other half (even
 * positions = held-out pairs, whose feedback and results were never used for the choice). Per setting: the Lotse's
 * decisions on need a of each tuning pair become signals, the gain is measured on need b (and b → a); the short set
 * bedarfe.json is measured with the same signals and must not get worse. Prints JSON.
 *
 *   npx tsx bench/matching/lernen-raster.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { openDb, type Db } from '../../src/core/db/db.ts';
import { ROOT_DIR } from '../../src/core/config.ts';
import { indexiereAlle } from '../../src/modules/matching/matching.index.ts';
import { LERNEN } from '../../src/modules/matching/lernen/lernen.rules.ts';
import { bereiteVor, ladeKatalog, paarRichtung, type Bedarf, type Paar } from './qualitaet.ts';

const DIR = path.join(ROOT_DIR, 'bench', 'matching');

async function falten(db: Db, paare: Paar[], kurz: Bedarf[]) {
  const out: Record<string, unknown> = {};
  let gewinn = 0;
  let schaden = 0;
  for (const [von, nach] of [['a', 'b'], ['b', 'a']] as const) {
    const r = await paarRichtung(db, paare, kurz, von, nach);
    gewinn += r.nachher.mrr - r.vorher.mrr;
    schaden += Math.max(0, r.bedarfe_kurz_vorher.mrr - r.bedarfe_kurz_nachher.mrr) + Math.max(0, r.bedarfe_kurz_vorher.hit1 - r.bedarfe_kurz_nachher.hit1);
    out[`${von}_nach_${nach}`] = { vorher: r.vorher, nachher: r.nachher, kurz_vorher: r.bedarfe_kurz_vorher, kurz_nachher: r.bedarfe_kurz_nachher };
  }
  return { gewinn_mrr: Math.round(gewinn * 1000) / 1000, schaden_kurz: Math.round(schaden * 1000) / 1000, ...out };
}

const paare = JSON.parse(fs.readFileSync(path.join(DIR, 'bedarfe-paare.json'), 'utf8')) as Paar[];
const kurz = JSON.parse(fs.readFileSync(path.join(DIR, 'bedarfe.json'), 'utf8')) as Bedarf[];
const tuning = paare.filter((_, i) => i % 2 === 1);
const pruef = paare.filter((_, i) => i % 2 === 0);
const db = await openDb({});
await bereiteVor(db);
await ladeKatalog(db, JSON.parse(fs.readFileSync(path.join(DIR, 'loesungen.json'), 'utf8')));
await indexiereAlle(db);
const standard = { ...LERNEN };
const raster = [];
for (const mindestAehnlichkeit of [0.3, 0.2, 0.1])
  for (const saettigung of [1, 0.5])
    for (const idfBoden of [1, 0.5]) raster.push({ mindestAehnlichkeit, saettigung, idfBoden });
const ergebnisse = [];
for (const r of raster) {
  Object.assign(LERNEN, standard, r);
  const e = await falten(db, tuning, kurz);
  process.stderr.write(`  ${JSON.stringify(r)} gewinn ${e.gewinn_mrr} schaden ${e.schaden_kurz}\n`);
  ergebnisse.push({ parameter: r, gewinn_mrr: e.gewinn_mrr, schaden_kurz: e.schaden_kurz });
}
// choice: largest MRR gain on the tuning pairs among settings without harm on the short set; ties → the default
const ohneSchaden = ergebnisse.filter((e) => e.schaden_kurz === 0);
const beste = ohneSchaden.reduce((a, b) => (b.gewinn_mrr > a.gewinn_mrr ? b : a), ohneSchaden[0] ?? ergebnisse[0]);
Object.assign(LERNEN, standard, beste.parameter);
const gewaehlt = await falten(db, pruef, kurz);
Object.assign(LERNEN, standard);
const vorgabe = await falten(db, pruef, kurz);
console.log(JSON.stringify({ tuningpaare: tuning.length, pruefpaare: pruef.length, raster: ergebnisse, gewaehlt: beste.parameter, pruefpaare_gewaehlt: gewaehlt, pruefpaare_vorgabe: vorgabe }, null, 2));
await db.close();
