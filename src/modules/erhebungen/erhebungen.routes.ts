import crypto from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../core/errors.ts';
import { ausParam, type KommuneAufloeser } from '../../core/authz/zugriff.ts';
import { antwortenSchema } from './fragebogen.schemas.ts';
import * as s from './erhebungen.schemas.ts';
import * as repo from './erhebungen.repository.ts';
import { berichtPdf } from './erhebungen.pdf.ts';
import { antwortenCsv } from './erhebungen.csv.ts';

/** Zeilen-Auflöser: Kommune der Runde aus `:id` (fehlt die Zeile, antwortet die Zugriffsschicht mit 404). */
const rundeKommune: KommuneAufloeser = (req, db) => {
  const id = (req.params as { id?: string }).id ?? '';
  return /^[0-9a-f-]{36}$/i.test(id) ? repo.kommuneVonRunde(db, id) : undefined;
};
const lesen = { aktion: 'kommune.lesen', kommune: rundeKommune, zeile: true } as const;
const schreiben = { aktion: 'kommune.schreiben', kommune: rundeKommune, zeile: true } as const;
const verwalten = { aktion: 'kommune.verwalten', kommune: rundeKommune, zeile: true } as const;

/** Anonyme Kennung des Browsers im Team-Modus (httpOnly-Cookie, nur für /api/team). */
const TEAM_COOKIE = 'lotse_team';
const tags = ['Erhebungen'];

export const erhebungenRoutes: FastifyPluginAsync = async (appBase) => {
  const app = appBase.withTypeProvider<ZodTypeProvider>();
  const { db, sicher } = app.lotse;

  // Fehlende und fremde Runden sind nicht zu unterscheiden: beide 404 mit dem Code erhebung.nicht_gefunden.
  app.setErrorHandler((err, _req, _reply) => {
    if (err instanceof AppError && err.status === 404 && err.code === 'ressource.nicht_gefunden') throw repo.rundeNichtGefunden();
    throw err;
  });

  const browserKennung = (req: FastifyRequest, reply: FastifyReply, anlegen: boolean): string | undefined => {
    const vorhanden = req.cookies[TEAM_COOKIE];
    if (vorhanden && /^[A-Za-z0-9_-]{40,60}$/.test(vorhanden)) return vorhanden;
    if (!anlegen) return undefined;
    const neu = crypto.randomBytes(32).toString('base64url');
    reply.setCookie(TEAM_COOKIE, neu, { path: '/api/team', httpOnly: true, sameSite: 'strict', secure: sicher(req), maxAge: 60 * 60 * 24 * 365 });
    return neu;
  };

  // ---- Fragebögen und Referenzdaten (öffentlich) ----

  app.get('/api/frageboegen', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Verfügbare Selbstchecks (jeweils aktuelle Version)' },
  }, async () => repo.listeFrageboegen(db));

  app.get('/api/frageboegen/:id', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Fragebogen (aktuelle oder angegebene Version)', params: s.fragebogenParams, querystring: s.fragebogenQuery },
  }, async (req) => repo.fragebogen(db, req.params.id, req.query.version));

  app.get('/api/referenz/digitale-kommune', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Studienwerte „Digitale Kommune“ (ÖFIT/KGSt 2019) je Größenklasse, mit Quelle' },
  }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return repo.referenzDigitaleKommune();
  });

  // ---- Runden einer Kommune ----

  app.post('/api/kommunen/:kommuneId/erhebungen', {
    config: { zugriff: { aktion: 'kommune.schreiben', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Selbstcheck starten (Einzelmodus, Mitglieder der Kommune)', params: s.kommuneParams, body: s.rundeAnlegenSchema },
  }, async (req, reply) => {
    const r = await repo.rundeAnlegen(db, req.konto!.id, req.params.kommuneId, req.body);
    return reply.status(201).send(await repo.rundeDetail(db, r.id));
  });

  app.post('/api/kommunen/:kommuneId/erhebungen/team', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: {
      tags,
      summary: 'Team-Befragung öffnen (Kommune-Admin): liefert den anonymen Link genau einmal',
      params: s.kommuneParams,
      body: s.teamRundeAnlegenSchema,
    },
  }, async (req, reply) => {
    const r = await repo.rundeAnlegen(db, req.konto!.id, req.params.kommuneId, req.body);
    reply.header('cache-control', 'no-store');
    return reply.status(201).send({ ...(await repo.rundeDetail(db, r.id)), teamToken: r.teamToken!, teamLink: `/team/${r.teamToken}` });
  });

  app.get('/api/kommunen/:kommuneId/erhebungen', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Runden der Kommune im Zeitverlauf', params: s.kommuneParams, response: { 200: s.rundenListe } },
  }, async (req) => repo.rundenDerKommune(db, req.konto!, req.params.kommuneId));

  app.get('/api/kommunen/:kommuneId/vorreiter', {
    config: { zugriff: { aktion: 'kommune.lesen', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Einwilligungen als „Vorreiter“ je Fragebogen', params: s.kommuneParams },
  }, async (req) => repo.vorreiterLesen(db, req.params.kommuneId));

  app.put('/api/kommunen/:kommuneId/vorreiter', {
    config: { zugriff: { aktion: 'kommune.verwalten', kommune: ausParam('kommuneId') } },
    schema: { tags, summary: 'Als „Vorreiter“ einer Dimension genannt werden (Kommune-Admin)', params: s.kommuneParams, body: s.vorreiterSchema },
  }, async (req) => repo.vorreiterSetzen(db, req.konto!.id, req.params.kommuneId, req.body.fragebogenId, req.body.dimensionen));

  // ---- Eine Runde ----

  app.get('/api/erhebungen/:id', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Runde mit gespeicherten Antworten', params: s.idParams, response: { 200: s.rundeAntwort } },
  }, async (req) => repo.rundeDetail(db, req.params.id));

  app.put('/api/erhebungen/:id/antworten', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Antworten zwischenspeichern (Einzelmodus)', params: s.idParams, body: s.antwortenSpeichernSchema },
  }, async (req) => repo.antwortenSpeichern(db, req.konto!.id, req.params.id, req.body.antworten));

  app.post('/api/erhebungen/:id/abschliessen', {
    config: { zugriff: schreiben },
    schema: { tags, summary: 'Runde abschließen (einmalig; danach zählt sie im Vergleich)', params: s.idParams },
  }, async (req) => repo.abschliessen(db, req.konto!.id, req.params.id));

  app.post('/api/erhebungen/:id/team/beenden', {
    config: { zugriff: verwalten },
    schema: { tags, summary: 'Team-Befragung vorzeitig beenden (Kommune-Admin)', params: s.idParams },
  }, async (req) => repo.teamSchliessen(db, req.konto!.id, req.params.id));

  app.get('/api/erhebungen/:id/ergebnis', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Ergebnis: Werte 0–100 und Stufen je Dimension (Team-Modus ab 5 Antworten mit Streuung)', params: s.idParams },
  }, async (req) => repo.ergebnis(db, req.params.id));

  app.get('/api/erhebungen/:id/vergleich', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Vergleich mit Kommunen gleicher Größenklasse (ab 5 Kommunen) und Studienwerte', params: s.idParams },
  }, async (req) => repo.vergleich(db, req.params.id));

  app.get('/api/erhebungen/:id/luecken', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Schwächste Bereiche mit Bedarfsentwurf und passenden Lösungen', params: s.idParams },
  }, async (req) => repo.luecken(db, req.params.id));

  app.get('/api/erhebungen/:id/bericht.pdf', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'PDF-Bericht für Rat/Kreistag', params: s.idParams },
  }, async (req, reply) => {
    const pdf = await berichtPdf(await repo.berichtDaten(db, req.params.id));
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="selbstcheck-${req.params.id.slice(0, 8)}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });

  app.get('/api/erhebungen/:id/antworten.csv', {
    config: { zugriff: lesen },
    schema: { tags, summary: 'Antworten als CSV (eine Zeile je Frage)', params: s.idParams, querystring: s.csvQuery },
  }, async (req, reply) => {
    const csv = antwortenCsv(await repo.csvDaten(db, req.params.id), req.query.trennzeichen === 'komma' ? ',' : ';');
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="selbstcheck-${req.params.id.slice(0, 8)}.csv"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });

  // ---- Team-Modus: anonymer Link, ohne Konto ----

  app.get('/api/team/:token', {
    config: { zugriff: 'oeffentlich' },
    schema: { tags, summary: 'Team-Befragung: Fragebogen, Abschlusstermin und eigene Zwischenstände dieses Browsers', params: s.tokenParams },
  }, async (req, reply) => {
    reply.header('cache-control', 'no-store');
    return repo.teamAnsicht(db, req.params.token, browserKennung(req, reply, false));
  });

  app.put('/api/team/:token/antworten', {
    config: { zugriff: 'oeffentlich', rateLimit: { max: 120, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Team-Befragung: Antworten dieses Browsers zwischenspeichern', params: s.tokenParams, body: s.antwortenSpeichernSchema },
  }, async (req, reply) => repo.teamSpeichern(db, req.params.token, browserKennung(req, reply, true)!, req.body.antworten, false));

  app.post('/api/team/:token/abschicken', {
    config: { zugriff: 'oeffentlich', rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      tags,
      summary: 'Team-Befragung: Antwort abschicken (eine je Browser)',
      params: s.tokenParams,
      body: z.strictObject({ antworten: antwortenSchema.optional() }).optional(),
    },
  }, async (req, reply) => repo.teamSpeichern(db, req.params.token, browserKennung(req, reply, true)!, req.body?.antworten, true));
};
