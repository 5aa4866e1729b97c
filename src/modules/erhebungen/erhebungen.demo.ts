/**
 * Start-Aufgabe der Erhebungen: lädt die mitgelieferten Fragebögen in die Datenbank (immer) und legt
 * – nur mit Demo-Inhalten – abgeschlossene Runden an: zwei Runden je Selbstcheck für Gießen (Verlauf)
 * und je eine für weitere Städte derselben Größenklasse, damit der Vergleich (ab 5 Kommunen) etwas zeigt.
 * Danach berechnet sie den veröffentlichten Vergleichsstand (erhebungen.vergleich.ts), wenn er fällig ist.
 * Die Antworten der Demo sind erzeugt, nicht erhoben.
 */
import { sql } from 'kysely';
import type { Db, Tx } from '../../core/db/db.ts';
import type { StartOptionen } from '../../core/modul.ts';
import { alleItems } from './frageboegen/frageboegen.rules.ts';
import { bewerte } from './runden/runden.rules.ts';
import type { Antworten, Fragebogen } from './frageboegen/fragebogen.schemas.ts';
import { ladeFrageboegenInDb } from './frageboegen/frageboegen.usecases.ts';
import { neuesterFragebogenInTx } from './frageboegen/frageboegen.repository.ts';
import { kommuneInfo, schreibeScores } from './runden/runden.repository.ts';
import { vergleichsstandStart } from './vergleich/vergleich.usecases.ts';

/** Einfacher, reproduzierbarer Zufallsgenerator (mulberry32). */
export function zufall(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Erzeugt plausible Antworten auf einen Fragebogen rund um ein Niveau 0–1 (für Demo, Tests und Benchmark). */
export function erzeugeAntworten(fb: Fragebogen, niveau: number, r: () => number): Antworten {
  const a: Antworten = {};
  const n = (streu = 0.25) => Math.min(1, Math.max(0, niveau + (r() - 0.5) * 2 * streu));
  for (const item of alleItems(fb)) {
    if (item.selbsteinschaetzungFuer && r() < 0.3) continue;
    switch (item.typ) {
      case 'zustimmung5': {
        const w = 1 + Math.round(n() * 4);
        a[item.id] = item.umgekehrt ? 6 - w : w;
        break;
      }
      case 'einfach': {
        const opts = item.optionen ?? [];
        const mitPunkten = opts.filter((o) => o.punkte !== undefined);
        if (mitPunkten.length) {
          const ziel = n() * 100;
          const best = [...mitPunkten].sort((x, y) => Math.abs((x.punkte ?? 0) - ziel) - Math.abs((y.punkte ?? 0) - ziel))[0];
          a[item.id] = best.wert;
        } else {
          a[item.id] = opts[Math.floor(r() * opts.length)].wert;
        }
        break;
      }
      case 'mehrfach': {
        const opts = (item.optionen ?? []).filter((o) => !o.exklusiv);
        const wahl = opts.filter(() => r() < n(0.3)).map((o) => o.wert);
        const exkl = (item.optionen ?? []).find((o) => o.exklusiv);
        if (wahl.length) a[item.id] = wahl;
        else if (exkl) a[item.id] = [exkl.wert];
        else a[item.id] = [opts[0].wert];
        break;
      }
      case 'zahl': {
        const min = item.min ?? 0;
        const max = item.max ?? 100;
        a[item.id] = Math.round(min + n() * (max - min));
        break;
      }
      case 'freitext':
        break;
    }
  }
  return a;
}

/** Legt eine abgeschlossene Einzel-Runde direkt an (Demo und Benchmark; die API nutzt repository.abschliessen). */
export async function legeAbgeschlosseneRundeAn(tx: Tx, fb: Fragebogen, kommuneId: string, antworten: Antworten, zeitpunkt: Date) {
  const ergebnis = bewerte(fb, antworten);
  const r = await tx
    .insertInto('erhebungsrunde')
    .values({
      kommune_id: kommuneId, fragebogen_id: fb.id, version: fb.version, modus: 'einzeln', status: 'abgeschlossen',
      team_token_hash: null, erstellt_am: zeitpunkt, aktualisiert_am: zeitpunkt, abgeschlossen_am: zeitpunkt, ergebnis: JSON.stringify(ergebnis),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx.insertInto('antwortsatz').values({ kommune_id: kommuneId, runde_id: r.id, antworten: JSON.stringify(antworten), eingereicht_am: zeitpunkt, aktualisiert_am: zeitpunkt }).execute();
  await schreibeScores(tx, await kommuneInfo(tx, kommuneId), r.id, fb.id, ergebnis.dimensionen.map((d) => ({ dimension: d.id, score: d.score })), zeitpunkt);
  return r.id;
}

const DEMO_KOMMUNE = '065310005005'; // Gießen
const DEMO_VORREITER = '065340014014'; // Marburg (Demo-Kommune mit eigenem Admin-Konto)

/*
 * Start-Aufgaben: Fragebögen laden (vor dem ersten Seitenaufruf); im Hintergrund ggf. Demo-Runden anlegen, dann
 * den veröffentlichten Vergleichsstand berechnen, wenn er fällig ist (oder sofort, wenn gerade Demo-Runden
 * dazugekommen sind) und den Zeitgeber für die weiteren Läufe stellen.
 */
/** Vor dem ersten Seitenaufruf: die Fragebögen (jede Selbstcheck-Seite braucht sie). */
export async function fragebogenStart(db: Db, opts: StartOptionen): Promise<void> {
  await ladeFrageboegenInDb(db, opts.log);
}

/** Im Hintergrund nach dem Start: Demo-Runden und der Vergleichsstand samt Zeitgeber. */
export async function erhebungenHintergrund(db: Db, opts: StartOptionen): Promise<void> {
  const neu = opts.demo ? await demoRunden(db, opts) : false;
  await vergleichsstandStart(db, opts, neu);
}

async function demoRunden(db: Db, opts: StartOptionen): Promise<boolean> {
  const giessen = await db.k.selectFrom('kommune').select(['id', 'groessenklasse']).where('id', '=', DEMO_KOMMUNE).executeTakeFirst();
  if (!giessen?.groessenklasse) return false;
  const schonDa = await db.k.selectFrom('erhebungsrunde').select('id').where('kommune_id', '=', DEMO_KOMMUNE).executeTakeFirst();
  if (schonDa) return false;
  // 14 Städte derselben Größenklasse (Marburg als Vorreiter immer dabei): genug, damit der Vergleich (Bereiche
  // mit je mindestens 5 anderen Kommunen) mehr als einen Bereich zeigen kann.
  const peers = await db.k
    .selectFrom('kommune')
    .select('id')
    .where('groessenklasse', '=', giessen.groessenklasse)
    .where('typ', 'in', ['Stadt', 'Gemeinde', 'kreisfreie Stadt'])
    .where('id', '<>', DEMO_KOMMUNE)
    .orderBy(sql`id = ${DEMO_VORREITER}`, 'desc')
    .orderBy('einwohner', 'desc')
    .limit(14)
    .execute();
  const r = zufall(2026);
  const jahr = 365 * 24 * 3600 * 1000;
  await db.k.transaction().execute(async (tx) => {
    for (const id of ['lernende-organisation', 'digitale-kommune']) {
      const fb = await neuesterFragebogenInTx(tx, id);
      await legeAbgeschlosseneRundeAn(tx, fb, DEMO_KOMMUNE, erzeugeAntworten(fb, 0.35, r), new Date(Date.now() - jahr));
      await legeAbgeschlosseneRundeAn(tx, fb, DEMO_KOMMUNE, erzeugeAntworten(fb, 0.5, r), new Date(Date.now() - 30 * 24 * 3600 * 1000));
      for (const p of peers) {
        const niveau = p.id === DEMO_VORREITER ? 0.85 : 0.2 + r() * 0.7;
        await legeAbgeschlosseneRundeAn(tx, fb, p.id, erzeugeAntworten(fb, niveau, r), new Date(Date.now() - r() * jahr));
      }
      if (peers.some((p) => p.id === DEMO_VORREITER)) {
        await tx.insertInto('vorreiter_optin').values(fb.dimensionen.map((d) => ({ kommune_id: DEMO_VORREITER, fragebogen_id: fb.id, dimension: d.id }))).onConflict((oc) => oc.doNothing()).execute();
      }
    }
  });
  opts.log(`Demo-Selbstchecks angelegt: Gießen (2 Runden je Check) und ${peers.length} Vergleichskommunen.`);
  return true;
}
