/**
 * Table exports of the transfer projects and report-backs as CSV (semicolon, BOM, for German spreadsheets) and
 * XLSX (exceljs); every text cell through `zelle()` of core (no formula injection, decision 0022).
 */
import { exceljs } from '../../../core/export/bibliotheken.ts';
import type { Db } from '../../../core/db/db.ts';
import type { Konto } from '../../../core/authz/policy.ts';
import { csvDatei, zelle, type Zellwert } from '../../../core/export/zelle.ts';
import { uebernahmen as t } from '../ui/texte.ts';
import * as repo from './export.repository.ts';

export type Art = 'projekte' | 'rueckmeldungen';
const tag = (d: Date | string | null) => (d == null ? null : new Date(d).toISOString().slice(0, 10));

export async function tabelle(db: Db, konto: Konto, art: Art): Promise<{ kopf: string[]; zeilen: Zellwert[][] }> {
  const e = t.export;
  if (art === 'projekte') {
    const rows = await repo.projekte(db, konto);
    return {
      kopf: e.kopfProjekte,
      zeilen: rows.map((r) => [r.id, r.kommune, r.kommune_id, r.loesung, r.loesung_version, r.herkunft, t.phase[r.phase], r.abbruch_grund, tag(r.golive_am), tag(r.erstellt_am), tag(r.aktualisiert_am)]),
    };
  }
  const rows = await repo.rueckmeldungen(db, konto);
  return {
    kopf: e.kopfRueckmeldungen,
    zeilen: rows.map((r) => [r.uebernahme_id, r.kommune, r.kommune_id, r.loesung, t.anlass[r.anlass], Number(r.aufwand_personentage), r.kosten_euro, r.wirkungsstufe, r.anpassungen, r.belege, r.oeffentlich ? e.ja : e.nein, tag(r.erstellt_am)]),
  };
}

export function alsCsv(x: { kopf: string[]; zeilen: Zellwert[][] }): string {
  return csvDatei(x.kopf, x.zeilen, ';', { format: (n) => String(n).replace('.', ',') });
}

export async function alsXlsx(x: { kopf: string[]; zeilen: Zellwert[][] }, blatt: string): Promise<Buffer> {
  const wb = new (exceljs().Workbook)();
  const ws = wb.addWorksheet(blatt);
  ws.addRow(x.kopf);
  ws.getRow(1).font = { bold: true };
  for (const z of x.zeilen) ws.addRow(z.map((w) => (typeof w === 'number' ? w : zelle(w))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
