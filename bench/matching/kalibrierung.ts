/**
 * Calibration data for the fit („gut“/„moeglich“/„schwach“, bewertung/passung.rules.ts): the features of the top
 * 10 hits for the TUNING sets only (bedarfe.json and bedarfe-ohne-loesung-tuning.json), each need once as written
 * and once padded with incidental context sentences (written for this script) as a stand-in for long needs.
 * Never run on the blind sets. `npx tsx bench/matching/kalibrierung.ts [out.json]`; the grid search over the
 * thresholds is described in docs/decisions/0120.
 */
import fs from 'node:fs';
import { openDb } from '../../src/core/db/db.ts';
import { indexiereAlle } from '../../src/modules/matching/matching.index.ts';
import { findeMitMerkmalen } from '../../src/modules/matching/matching.ts';
import { bereiteVor, ladeKatalog } from './qualitaet.ts';
const FUELL = [
  'Wir sind eine kleine Gemeinde mit gut 4.000 Einwohnern und einer Verwaltung von zwölf Leuten.',
  'Das Thema kam in der letzten Sitzung des Gemeinderats wieder auf den Tisch.',
  'Der Bürgermeister hat mich gebeten, mich einmal umzuhören, wie andere das machen.',
  'Personell sind wir seit dem Sommer knapp besetzt, eine Stelle ist unbesetzt.',
  'Vor drei Jahren hatten wir schon einmal einen Anlauf genommen, der ist aber im Sande verlaufen.',
  'Über Hinweise oder Ansprechpartner würden wir uns sehr freuen.',
  'Geld im Haushalt ist eher knapp, vielleicht gibt es ja Förderprogramme.',
  'In der Lokalzeitung stand neulich auch ein Leserbrief dazu.',
  'Die Nachbargemeinde hat da wohl auch schon etwas probiert.',
  'Vielen Dank schon mal und viele Grüße aus dem Rathaus.',
];
let seed = 7;
const r = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const lang = (t: string) => { const a = FUELL[Math.floor(r() * 5)], b = FUELL[5 + Math.floor(r() * 5)], c = FUELL[Math.floor(r() * 10)]; return `${a} ${c} ${t} ${b}`; };
const db = await openDb({});
await bereiteVor(db);
await ladeKatalog(db, JSON.parse(fs.readFileSync('bench/matching/loesungen.json', 'utf8')));
await indexiereAlle(db);
const out: unknown[] = [];
for (const f of ['bedarfe.json', 'bedarfe-ohne-loesung-tuning.json']) {
  for (const b of JSON.parse(fs.readFileSync('bench/matching/' + f, 'utf8'))) {
    for (const [art, text] of [['kurz', b.text], ['lang', lang(b.text)]]) {
      const res = await findeMitMerkmalen(db, { text, handlungsfeld: b.handlungsfeld, limit: 10 });
      out.push({ id: b.id, art, hits: res.map((x, i) => ({ rang: i + 1, rel: b.relevant.includes(x.externalId), score: x.score, ...x.merkmale })) });
    }
  }
}
fs.writeFileSync(process.argv[2] ?? 'kalibrierung.json', JSON.stringify(out));
await db.close();
