import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';

/**
 * Heavy export libraries load on first use, not when the server starts: exceljs and pdfkit together cost
 * about half a second of every start (measured with `node --import tsx`), and most starts never write a PDF
 * or a workbook. Both are CommonJS, so a synchronous require keeps the callers synchronous.
 */
const laden = createRequire(import.meta.url);

export const exceljs = (): typeof ExcelJS => laden('exceljs') as typeof ExcelJS;
export const pdfkit = (): typeof PDFDocument => laden('pdfkit') as typeof PDFDocument;
