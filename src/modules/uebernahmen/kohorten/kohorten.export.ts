/** The cohort board as CSV (semicolon, BOM) and XLSX (exceljs); text cells through core's `zelle()`. */
import { exceljs } from '../../../core/export/bibliotheken.ts';
import { csvDatei, zelle, type Zellwert } from '../../../core/export/zelle.ts';
import { kohortenTexte as t } from '../ui/texte-kohorten.ts';
import { uebernahmen as u } from '../ui/texte.ts';
import type { Board } from './kohorten.schemas.ts';

export function tabelle(b: Board): { kopf: string[]; zeilen: Zellwert[][] } {
  return {
    kopf: t.export.kopf,
    zeilen: b.mitglieder.map((m) => [
      b.titel, b.loesung.titel, m.kommune.name, m.kommune.id, t.status[m.status], m.phase ? (u.phase as Record<string, string>)[m.phase] ?? m.phase : null,
      m.offeneMeilensteine, m.letzteRueckmeldung, b.transferplanBis, b.reviewAm,
    ]),
  };
}

export const alsCsv = (x: { kopf: string[]; zeilen: Zellwert[][] }) => csvDatei(x.kopf, x.zeilen, ';');

export async function alsXlsx(x: { kopf: string[]; zeilen: Zellwert[][] }): Promise<Buffer> {
  const wb = new (exceljs().Workbook)();
  const ws = wb.addWorksheet(t.export.blatt);
  ws.addRow(x.kopf);
  ws.getRow(1).font = { bold: true };
  for (const z of x.zeilen) ws.addRow(z.map((w) => (typeof w === 'number' ? w : zelle(w))));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
