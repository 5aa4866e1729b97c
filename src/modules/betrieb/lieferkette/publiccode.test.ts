import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as leseYaml } from 'yaml';
import { ROOT_DIR } from '../../../core/config.ts';
import { publiccodeSchema } from './publiccode.ts';

const datei = leseYaml(fs.readFileSync(path.join(ROOT_DIR, 'publiccode.yml'), 'utf8')) as Record<string, unknown>;
const paket = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string; license: string; engines: { node: string } };

describe('publiccode.yml', () => {
  it('erfüllt die Pflichtfelder und Wertelisten des Standards 0.4', () => {
    const r = publiccodeSchema.safeParse(datei);
    expect(r.success, JSON.stringify(r.error?.issues, null, 2)).toBe(true);
  });

  it('passt zu package.json (Version, Lizenz, Node-Mindestversion)', () => {
    const p = publiccodeSchema.parse(datei);
    expect(p.softwareVersion).toBe(paket.version);
    expect(p.legal.license).toBe(paket.license);
    const node = p.dependsOn?.open?.find((d) => d.name === 'Node.js');
    expect(`>=${node?.versionMin}`).toBe(paket.engines.node);
  });

  it('das Schema lehnt Fehler ab', () => {
    expect(publiccodeSchema.safeParse({ ...datei, developmentStatus: 'fertig' }).success).toBe(false);
    expect(publiccodeSchema.safeParse({ ...datei, categories: ['kommunales'] }).success).toBe(false);
    expect(publiccodeSchema.safeParse({ ...datei, maintenance: { type: 'internal' } }).success).toBe(false);
    const ohneText = structuredClone(datei) as { description: Record<string, Record<string, unknown>> };
    ohneText.description.de.longDescription = 'zu kurz';
    expect(publiccodeSchema.safeParse(ohneText).success).toBe(false);
  });
});
