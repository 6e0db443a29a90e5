// Loads the inventory into an exceljs workbook to annotate: the .xlsx itself (formatting kept), or a copy of the
// cell values of an .xls/.ods workbook or of CSV files, each cell at the row and column the findings name.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, posix } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadExcelJs, type ExcelJsModule } from '../output/load-exceljs.js';
import * as XLSX from 'xlsx';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { describeReaderError, guardWorkbookBytes, streamCsvRows, workbookReadOptions } from '../ingest/index.js';
import { claimSheetName } from './sheet-names.js';
import type { AnnotateInput } from './types.js';

/** Excel's limit on the text of one cell. */
export const MAX_CELL_TEXT = 32_767;

export interface WorkbookCopy {
  readonly workbook: ExcelJS.Workbook;
  /** The copy's sheet a finding points into, if it has one. */
  readonly sheetFor: (diagnostic: Diagnostic) => ExcelJS.Worksheet | undefined;
  /** True when only cell values could be copied (the input is not .xlsx, or exceljs could not read it). */
  readonly valuesOnly: boolean;
  /** Lower-cased names of the copy's sheets, to name a new sheet without a clash. */
  readonly takenNames: Set<string>;
}

/** Reads the input (never writes it) into a workbook ready to annotate. */
export async function loadCopy(input: AnnotateInput): Promise<WorkbookCopy> {
  const stats = await stat(input.absolutePath).catch((error: unknown) => {
    throw unreadable(input.source, error);
  });
  const extension = extname(input.absolutePath).toLowerCase();
  if (stats.isDirectory() || extension === '.csv' || extension === '.tsv') return copyCsvTables(input);
  const bytes = await readFile(input.absolutePath).catch((error: unknown) => {
    throw unreadable(input.source, error);
  });
  // exceljs and SheetJS inflate whole entries: the same guard as reading, whatever the check already did.
  await guardWorkbookBytes(bytes, input.source);
  if (extension === '.xlsx' || extension === '.xlsm') {
    const loaded = await loadXlsx(bytes);
    if (loaded !== undefined) return loaded;
  }
  return copyWorkbookValues(bytes, input.source, await loadExcelJs());
}

function unreadable(file: string, error: unknown): ToolkitError {
  // Our words in Chinese; the library's own text only in the English.
  const detail = describeReaderError(error, 'SheetJS');
  return new ToolkitError(
    'input-unreadable',
    { zh: `无法读取 ${file} 来生成批注副本：${detail.zh}`, en: `cannot read ${file} to annotate it: ${detail.en}` },
    { cause: error },
  );
}

/** The workbook itself, with its formatting; undefined when exceljs cannot parse what SheetJS could. */
async function loadXlsx(bytes: Buffer): Promise<WorkbookCopy | undefined> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // The non-streaming reader: the streaming one mishandles shared strings in some CJK workbooks.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return undefined;
  }
  const takenNames = new Set(workbook.worksheets.map((sheet) => sheet.name.toLowerCase()));
  return {
    workbook,
    sheetFor: (d) => (d.sheet === undefined ? undefined : workbook.getWorksheet(d.sheet)),
    valuesOnly: false,
    takenNames,
  };
}

/** Every sheet of an .xls/.ods (or an .xlsx exceljs cannot read) as values, merged ranges kept. */
function copyWorkbookValues(bytes: Buffer, file: string, excel: ExcelJsModule): WorkbookCopy {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(bytes, workbookReadOptions);
  } catch (error) {
    throw unreadable(file, error);
  }
  const workbook = new excel.Workbook();
  const takenNames = new Set<string>();
  const byName = new Map<string, ExcelJS.Worksheet>();
  for (const name of book.SheetNames) {
    const source = book.Sheets[name];
    if (source === undefined) continue;
    const sheet = workbook.addWorksheet(claimSheetName(name, takenNames));
    byName.set(name, sheet);
    copySheetValues(source, sheet);
  }
  return { workbook, sheetFor: (d) => (d.sheet === undefined ? undefined : byName.get(d.sheet)), valuesOnly: true, takenNames };
}

function copySheetValues(source: XLSX.WorkSheet, sheet: ExcelJS.Worksheet): void {
  const rows = (source['!data'] ?? []) as readonly (readonly (XLSX.CellObject | undefined)[] | undefined)[];
  rows.forEach((cells, r) => {
    cells?.forEach((cell, c) => {
      if (cell === undefined || cell.t === 'z') return;
      const target = sheet.getCell(r + 1, c + 1);
      if (cell.t === 'n' && typeof cell.v === 'number') {
        target.value = cell.v;
        if (typeof cell.z === 'string' && cell.z !== 'General') target.numFmt = cell.z;
      } else if (cell.t === 'b' && typeof cell.v === 'boolean') {
        target.value = cell.v;
      } else {
        // Strings, and error values shown as their text (#N/A); never a formula.
        const text = cell.t === 'e' ? (cell.w ?? '') : String(cell.v ?? '');
        if (text !== '') target.value = text.slice(0, MAX_CELL_TEXT);
      }
    });
  });
  for (const range of source['!merges'] ?? []) {
    try {
      sheet.mergeCells(range.s.r + 1, range.s.c + 1, range.e.r + 1, range.e.c + 1);
    } catch {
      // An overlapping merge, which Excel would not have written; the cells stay unmerged.
    }
  }
  fitColumns(sheet);
}

/** A CSV folder (or one CSV file) as one sheet per table, each record at the row number findings give it. */
async function copyCsvTables(input: AnnotateInput): Promise<WorkbookCopy> {
  const workbook = new (await loadExcelJs()).Workbook();
  const takenNames = new Set<string>();
  const byFile = new Map<string, ExcelJS.Worksheet>();
  for (const table of input.tables) {
    if (byFile.has(table.file)) continue;
    const path = tablePath(input, table.file);
    const sheet = workbook.addWorksheet(claimSheetName(basename(table.file, extname(table.file)), takenNames));
    byFile.set(table.file, sheet);
    try {
      for await (const record of streamCsvRows(path)) {
        record.cells.forEach((text, c) => {
          // Written as a string: an xlsx string cell never runs as a formula, and the value stays as the user wrote it.
          if (text !== '') sheet.getCell(record.row, c + 1).value = text.replace(/\r\n?/g, '\n').slice(0, MAX_CELL_TEXT);
        });
      }
    } catch (error) {
      throw unreadable(table.file, error);
    }
    fitColumns(sheet);
  }
  return { workbook, sheetFor: (d) => byFile.get(d.file), valuesOnly: true, takenNames };
}

/** Where a table's file is on disk: findings name it relative to the inventory's `source`. */
function tablePath(input: AnnotateInput, file: string): string {
  if (file === input.source) return input.absolutePath;
  return isAbsolute(file) ? file : join(input.absolutePath, posix.relative(input.source, file));
}

/** Column widths from the text they hold (CJK characters count double), between 6 and 60. */
function fitColumns(sheet: ExcelJS.Worksheet): void {
  const widths: number[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell, c) => {
      const longest = Math.max(...String(cell.value ?? '').split('\n').map(displayWidth));
      widths[c] = Math.max(widths[c] ?? 0, longest);
    });
  });
  widths.forEach((width, c) => {
    if (width !== undefined) sheet.getColumn(c).width = Math.min(60, Math.max(6, width + 2));
  });
}

function displayWidth(line: string): number {
  let width = 0;
  for (const char of line.slice(0, 200)) width += (char.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return width;
}
