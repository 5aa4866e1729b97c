/**
 * Dateien in Zeilen lesen: CSV mit csv-parse (Trennzeichen ; oder , erkannt an der Kopfzeile), XLSX mit exceljs
 * (erstes Arbeitsblatt). Zellen werden zu Text; Zahlen aus Excel ohne Tausenderpunkt, Daten als JJJJ-MM-TT.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { exceljs } from '../../../core/export/bibliotheken.ts';

export function leseCsv(text: string): string[][] {
  const ohneBom = text.replace(/^\uFEFF/, '');
  const kopf = ohneBom.split(/\r?\n/, 1)[0] ?? '';
  const trenner = (kopf.match(/;/g)?.length ?? 0) >= (kopf.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(ohneBom, { delimiter: trenner, relax_column_count: true, skip_empty_lines: false, trim: true }) as string[][];
}

function zellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'object') {
    if ('result' in v) return zellText(v.result as ExcelJS.CellValue);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

export async function leseXlsx(base64: string): Promise<string[][]> {
  const wb = new (exceljs().Workbook)();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const blatt = wb.worksheets[0];
  if (!blatt) return [];
  const zeilen: string[][] = [];
  blatt.eachRow({ includeEmpty: true }, (row, nr) => {
    const werte = (row.values as ExcelJS.CellValue[]).slice(1);
    zeilen[nr - 1] = werte.map(zellText);
  });
  for (let i = 0; i < zeilen.length; i++) zeilen[i] ??= [];
  return zeilen;
}
