import type { Db } from '../../core/db/db.ts';
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
  return (await ausCache(schluessel, () => sucheKommunen(db, { q, land: landCode, typ, limit, offset })))!;
}

/** A Kommune by ARS (12), AGS (8), Kreis (5) or Land key (2); `kommune.nicht_gefunden` when unknown. */
export async function kommuneJson(db: Db, key: string): Promise<string> {
  const art = schluesselArt(key);
  const json = art ? await ausCache(JSON.stringify(['kommune', key]), () => findeKommune(db, key, art)) : null;
  if (!json) throw kommunenFehler.nichtGefunden();
  return json;
}

// ---------------------------------------------------------------------------------------------
// Antwort-Cache

/**
 * Das Verzeichnis ändert sich nur durch einen Import. Fertig serialisierte Antworten werden deshalb kurz
 * im Speicher gehalten (höchstens 1.000 Einträge, 60 s). Ein Import in diesem Prozess leert den Cache sofort;
 * ein Import über die CLI in einem anderen Prozess wird spätestens nach 60 s sichtbar.
 */
const CACHE_MAX = 1000;
const CACHE_TTL_MS = 60_000;
const cache = new Map<string, { json: string; bis: number }>();

export function leereSuchCache() {
  cache.clear();
}

/** Liefert die serialisierte Antwort aus dem Cache oder erzeugt sie; `null` (nicht gefunden) wird nicht gespeichert. */
export async function ausCache(schluessel: string, erzeuge: () => Promise<object | null>): Promise<string | null> {
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
