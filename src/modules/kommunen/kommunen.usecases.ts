import { meldeAenderung, type Db } from '../../core/db/db.ts';
import type { SucheQuery } from './kommunen.schemas.ts';
import { findeLand, schluesselArt } from './kommunen.rules.ts';
import { kommunenFehler } from './kommunen.errors.ts';
import { findeKommune, sucheKommunen } from './kommunen.repository.ts';

/**
 * Use cases of the directory: search and single lookup. Both answer with finished JSON from a short
 * cache (see below); the routes send the string unchanged.
 */

export async function sucheJson(db: Db, query: SucheQuery): Promise<string> {
  const { q, land, typ, limit, offset } = query;
  let landCode: string | undefined;
  if (land) {
    landCode = findeLand(land)?.code;
    if (!landCode) throw kommunenFehler.unbekanntesLand(land);
  }
  const schluessel = JSON.stringify(['suche', q ?? '', landCode ?? '', typ ?? '', limit, offset]);
  return (await ausCache(db, schluessel, () => sucheKommunen(db, { q, land: landCode, typ, limit, offset })))!;
}

/** A Kommune by ARS (12), AGS (8), Kreis (5) or Land key (2); `kommune.nicht_gefunden` when unknown. */
export async function kommuneJson(db: Db, key: string): Promise<string> {
  const art = schluesselArt(key);
  const json = art ? await ausCache(db, JSON.stringify(['kommune', key]), () => findeKommune(db, key, art)) : null;
  if (!json) throw kommunenFehler.nichtGefunden();
  return json;
}

// ---------------------------------------------------------------------------------------------
// Antwort-Cache

/**
 * Das Verzeichnis ändert sich nur durch einen Import. Fertig serialisierte Antworten werden deshalb kurz
 * im Speicher gehalten (höchstens 1.000 Einträge, 60 s), je Datenbankverbindung. Ein Import leert den Cache
 * dieser Instanz sofort und meldet die Änderung über PostgreSQL `NOTIFY` (Kanal `lotse_kommunen`); jede andere
 * Instanz auf derselben Datenbank leert ihren Cache, sobald die Meldung eintrifft (siehe `hoereAufVerzeichnis`).
 */
const CACHE_MAX = 1000;
const CACHE_TTL_MS = 60_000;
export const VERZEICHNIS_KANAL = 'lotse_kommunen';
const caches = new WeakMap<Db, Map<string, { json: string; bis: number }>>();

function cacheVon(db: Db) {
  let c = caches.get(db);
  if (!c) caches.set(db, (c = new Map()));
  return c;
}

export function leereSuchCache(db: Db) {
  caches.get(db)?.clear();
}

/** Leert den Cache dieser Instanz und meldet die Änderung allen anderen (nach dem Commit). */
export async function meldeVerzeichnisGeaendert(db: Db): Promise<void> {
  leereSuchCache(db);
  await meldeAenderung(db.k, VERZEICHNIS_KANAL);
}

/** Hört auf Verzeichnisänderungen anderer Instanzen; liefert die Funktion, die das Zuhören beendet. */
export function hoereAufVerzeichnis(db: Db): Promise<() => void> {
  return db.hoere(VERZEICHNIS_KANAL, () => leereSuchCache(db));
}

/** Liefert die serialisierte Antwort aus dem Cache oder erzeugt sie; `null` (nicht gefunden) wird nicht gespeichert. */
export async function ausCache(db: Db, schluessel: string, erzeuge: () => Promise<object | null>): Promise<string | null> {
  const cache = cacheVon(db);
  const jetzt = Date.now();
  const treffer = cache.get(schluessel);
  if (treffer && treffer.bis > jetzt) return treffer.json;
  const wert = await erzeuge();
  if (wert === null) return null;
  const json = JSON.stringify(wert);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.delete(schluessel);
  cache.set(schluessel, { json, bis: jetzt + CACHE_TTL_MS });
  return json;
}
