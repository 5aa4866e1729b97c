/**
 * Demo-Inhalt: das Ereignisprotokoll des Bürgerbüros Gießen für den Bewohnerparkausweis – gut 3.000 Fälle
 * von Juni 2025 bis Februar 2026. Am 3. November 2025 führte das Bürgerbüro die Online-Terminvergabe mit
 * Unterlagen-Checkliste ein: vorher kamen die meisten ohne Termin, warteten lange und brachten oft nicht alle
 * Unterlagen mit (Rückfrage, zweite Vorsprache); nachher buchen sie vorab einen Termin, Rückfragen sind
 * seltener. Erzeugt mit festem Startwert (immer dasselbe Protokoll), eingefügt in großen Blöcken.
 * Idempotent: existiert der Prozess, passiert nichts.
 */
import type { Db } from '../../../core/db/db.ts';
import type { StartOptionen } from '../../../core/modul.ts';
import { zufallsgenerator } from '../stichprobe/stichprobe.rules.ts';
import { berlinLokalZuUtc } from './zeit.rules.ts';
import * as repo from './prozesse.repository.ts';

export const DEMO_KOMMUNE = '065310005005'; // Gießen
export const DEMO_PROZESS = 'Bürgerbüro: Bewohnerparkausweis';
export const DEMO_STICHTAG = '2025-11-03';
const VON = Date.UTC(2025, 5, 2); // Mo 2. Juni 2025
const BIS = Date.UTC(2026, 1, 27); // Fr 27. Februar 2026
const TAG = 86_400_000;
const MIN = 60_000;

export interface DemoEreignis {
  fall: string;
  schritt: string;
  zeitpunkt: number;
}

/** The demo log (deterministic): steps Terminbuchung, Vorsprache, Bearbeitung, Rückfrage, Ausgabe. */
export function buergerbueroProtokoll(startwert = 13): DemoEreignis[] {
  const z = zufallsgenerator(startwert);
  const zwischen = (a: number, b: number) => a + z() * (b - a);
  const stichtag = Date.UTC(2025, 10, 3);
  const out: DemoEreignis[] = [];
  /** Next working day (Mon–Fri) at or after a local day, at a local time between two hours. */
  const werktag = (lokalTag: number, vonStunde: number, bisStunde: number) => {
    let t = lokalTag;
    while ([0, 6].includes(new Date(t).getUTCDay())) t += TAG;
    return t + Math.round(zwischen(vonStunde * 60, bisStunde * 60)) * MIN;
  };
  const tagVon = (lokal: number) => lokal - (lokal % TAG);
  let nr = 0;
  for (let tag = VON; tag <= BIS; tag += TAG) {
    const wt = new Date(tag).getUTCDay();
    if (wt === 0 || wt === 6) continue;
    const nachher = tag >= stichtag;
    // About 16 applications a day, more in September (new semester) and fewer around Christmas.
    const monat = new Date(tag).getUTCMonth();
    const basis = monat === 8 ? 21 : monat === 11 ? 11 : 16;
    const anzahl = Math.round(zwischen(basis - 4, basis + 4));
    for (let i = 0; i < anzahl; i++) {
      const fall = `BPA-${String(++nr).padStart(5, '0')}`;
      const ev: [string, number][] = [];
      let t: number;
      if (nachher && z() < 0.88) {
        // Online appointment: booked in the evening or during the day, appointment 1–6 working days later.
        const buchung = tag + Math.round(zwischen(7 * 60, 22 * 60)) * MIN;
        ev.push(['Terminbuchung', buchung]);
        t = werktag(tagVon(buchung) + Math.round(zwischen(1, 6)) * TAG, 8, 15.5);
        ev.push(['Vorsprache', t]);
        t += Math.round(zwischen(5, 20)) * MIN;
      } else {
        // Walk-in: waiting in the Wartebereich before being called.
        t = werktag(tag, 8, 15);
        ev.push(['Vorsprache', t]);
        t += Math.round(zwischen(nachher ? 10 : 25, nachher ? 45 : 110)) * MIN;
      }
      ev.push(['Bearbeitung', t]);
      // Missing documents (Fahrzeugschein, Meldebestätigung): before much more often.
      let rueckfragen = 0;
      while (z() < (nachher ? 0.08 : 0.27) && rueckfragen < 2) {
        rueckfragen++;
        t += Math.round(zwischen(30, 240)) * MIN;
        ev.push(['Rückfrage', t]);
        t = werktag(tagVon(t) + Math.round(zwischen(2, 9)) * TAG, 8, 15.5);
        ev.push(['Vorsprache', t]);
        t += Math.round(zwischen(10, 40)) * MIN;
        ev.push(['Bearbeitung', t]);
      }
      // Issued the same day (after the change mostly at once) or posted after the back office checked it.
      t = z() < (nachher ? 0.7 : 0.35) ? t + Math.round(zwischen(5, 30)) * MIN : werktag(tagVon(t) + Math.round(zwischen(1, nachher ? 3 : 8)) * TAG, 8, 15.5);
      ev.push(['Ausgabe', t]);
      for (const [schritt, lokal] of ev) out.push({ fall, schritt, zeitpunkt: berlinLokalZuUtc(lokal) });
    }
  }
  return out;
}

export async function demoProzesse(db: Db, opts: StartOptionen): Promise<void> {
  if (!opts.demo) return;
  const da = await db.k.selectFrom('kommune').select('id').where('id', '=', DEMO_KOMMUNE).executeTakeFirst();
  if (!da) return;
  const t0 = performance.now();
  await db.k.transaction().execute(async (tx) => {
    const id = await repo.legeAn(tx, DEMO_KOMMUNE, DEMO_PROZESS, null);
    if (!id) return; // already there
    const log = buergerbueroProtokoll();
    const neu = await repo.fuegeEin(tx, DEMO_KOMMUNE, log.map((e) => ({ prozessId: id, fall: e.fall, schritt: e.schritt, zeitpunkt: new Date(e.zeitpunkt).toISOString() })));
    await repo.rechneFaelleNeu(tx, id, [...new Set(log.map((e) => e.fall))]);
    await repo.aktualisiereZaehler(tx, id, neu);
    opts.log(`Kaizen: Demo-Ereignisprotokoll „${DEMO_PROZESS}“ mit ${neu.toLocaleString('de-DE')} Ereignissen angelegt (${Math.round(performance.now() - t0)} ms)`);
  });
}
