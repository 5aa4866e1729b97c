/**
 * Maps the JRC "Innovative Public Services" explorer cases (data/jrc-ips-explorer-cases.csv: 853 English
 * cases of AI and blockchain in European public administrations) to import rows (language 'en').
 *
 * Columns used: id, name, url, description, geoextent, geocoverage, lead_organisation_name,
 * primary_sector, secondary_sector, technology, type, status, uptake.
 * - summary: the first sentence(s) of the description (up to ~300 characters); problem: the full description.
 * - handlungsfeld: from the COFOG primary/secondary sector.
 * - evidenceStep: only what the data supports: a case in use ("Implemented", "In production") reached
 *   step 1 of the Wirkungstreppe (activities take place as planned), with documented uptake step 2
 *   (target groups are reached). Pilots, plans and retired cases get no step.
 * - origin: lead organisation and country (not resolvable in the German directory except by chance;
 *   kept as origin text).
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../core/config.ts';
import { leseCsv } from './import/import.rules.ts';
import type { Handlungsfeld } from './loesungen.schemas.ts';

export const JRC_DATEI = path.join(ROOT_DIR, 'data', 'jrc-ips-explorer-cases.csv');

const SEKTOR: Record<string, Handlungsfeld> = {
  'Social protection': 'Soziales & Jugend',
  'General public services': 'Verwaltungshandeln',
  'Environmental protection': 'Energie & Umwelt',
  'Economic affairs': 'Wirtschaft & Handel',
  Health: 'Gesundheit & Pflege',
  'Public order and safety': 'Recht & Ordnung',
  'Housing and community amenities': 'Bauen & Wohnen',
  Education: 'Bildung',
  'Recreation, culture and religion': 'Kultur & Tourismus',
  Defence: 'Recht & Ordnung',
};

/** Finer mapping where the COFOG secondary sector says more than the primary one. */
function handlungsfeld(primaer: string, sekundaer: string): Handlungsfeld | undefined {
  const s = sekundaer.toLowerCase();
  if (primaer === 'Economic affairs') {
    if (s.startsWith('transport')) return 'Verkehr & Mobilität';
    if (s.startsWith('fuel and energy')) return 'Energie & Umwelt';
    if (s.startsWith('communication')) return 'Digitale Infrastruktur';
  }
  return SEKTOR[primaer];
}

function zusammenfassung(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const saetze = t.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [t];
  let s = '';
  for (const satz of saetze) {
    if (s && (s + satz).length > 300) break;
    s += satz;
  }
  s = s.trim() || t;
  return s.length > 400 ? `${s.slice(0, 397).trimEnd()}…` : s;
}

function wirkungsstufe(status: string, uptake: string): number | undefined {
  if (status !== 'Implemented' && status !== 'In production') return undefined;
  return uptake === 'Yes' ? 2 : 1;
}

export type JrcZeile = Record<string, string>;

export function jrcZuImportZeilen(rows: JrcZeile[]): Record<string, unknown>[] {
  return rows.map((r) => {
    const description = (r.description ?? '').trim();
    const org = (r.lead_organisation_name || r['lead_organisation:name'] || '').trim();
    const land = (r.geocoverage ?? '').trim();
    const origin = org && land && !org.includes(land) ? `${org} (${land})` : org || land;
    const step = wirkungsstufe(r.status, r.uptake);
    const url = (r.url ?? '').trim();
    const tags = [r.technology, r.type, (r.secondary_sector ?? '').replace(/\.$/, ''), land, r.geoextent]
      .map((t) => (t ?? '').trim())
      .filter((t, i, a) => t && a.indexOf(t) === i)
      .map((t) => t.slice(0, 300));
    const zeile: Record<string, unknown> = {
      externalId: `jrc-${r.id}`,
      title: r.name.trim(),
      summary: zusammenfassung(description || r.name),
      problem: description || r.name,
      approach: [r.technology, r.type].filter(Boolean).join(': ') + (r.status ? ` (Status: ${r.status})` : ''),
      tags,
      language: 'en',
    };
    const feld = handlungsfeld(r.primary_sector, r.secondary_sector ?? '');
    if (feld) zeile.handlungsfeld = feld;
    if (step) {
      zeile.evidenceStep = step;
      zeile.evidence = `JRC Innovative Public Services explorer: status "${r.status}"${r.uptake === 'Yes' ? ', uptake by others reported' : ''}.`;
    }
    if (origin) zeile.origin = origin;
    if (/^https?:\/\/\S+$/.test(url)) zeile.links = [url];
    return zeile;
  });
}

export function leseJrc(datei = JRC_DATEI): Record<string, unknown>[] {
  return jrcZuImportZeilen(leseCsv(fs.readFileSync(datei, 'utf8')));
}
