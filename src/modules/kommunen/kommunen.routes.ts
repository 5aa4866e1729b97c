import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, fehler } from '../../core/errors.ts';
import * as s from './kommunen.schemas.ts';
import { findeLand, schluesselArt } from './kommunen.service.ts';
import { ausCache, findeKommune, sucheKommunen } from './kommunen.repository.ts';

const JSON_TYP = 'application/json; charset=utf-8';

/** Verzeichnis der Kommunen: öffentlich lesbar (Referenzdaten). Antworten kommen aus einem kurzen Cache. */
export const kommunenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db } = app.lotse;

  app.get('/api/kommunen', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Kommunen'],
      summary: 'Kommunen suchen (Name, auch unscharf; ARS/AGS; Filter Land und Typ)',
      querystring: s.sucheQuery,
      response: { 200: s.sucheAntwort },
    },
  }, async (req, reply) => {
    const { q, land, typ, limit, offset } = req.query;
    let landCode: string | undefined;
    if (land) {
      landCode = findeLand(land)?.code;
      if (!landCode) throw fehler.validierung([{ ort: 'querystring', pfad: '/land', meldung: `Unbekanntes Land „${land}“.` }], 'Unbekanntes Land. Erlaubt sind Kürzel (HE), Schlüssel (06) oder Name (Hessen).');
    }
    const schluessel = JSON.stringify(['suche', q ?? '', landCode ?? '', typ ?? '', limit, offset]);
    const json = await ausCache(schluessel, () => sucheKommunen(db, { q, land: landCode, typ, limit, offset }));
    return reply.type(JSON_TYP).send(json as never); // fertiges JSON (siehe ausCache); Fastify sendet Strings unverändert
  });

  app.get('/api/kommunen/:key', {
    config: { zugriff: 'oeffentlich' },
    schema: {
      tags: ['Kommunen'],
      summary: 'Eine Kommune mit Kreis, Land und Größenklasse (ARS, AGS, Kreis- oder Landesschlüssel)',
      params: s.keyParams,
      response: { 200: s.kommuneDetail },
    },
  }, async (req, reply) => {
    const { key } = req.params;
    const art = schluesselArt(key)!;
    const json = await ausCache(JSON.stringify(['kommune', key]), () => findeKommune(db, key, art));
    if (!json) throw new AppError(404, 'kommune.nicht_gefunden', 'Die Kommune wurde nicht gefunden.');
    return reply.type(JSON_TYP).send(json as never);
  });
};
