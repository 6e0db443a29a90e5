// Builds a copy of a classified input with the type filled in where it was empty and the classifier's view added
// as three columns (分类结果, 置信度, 分类理由). Returns bytes; the CLI writes them. The input is only read.

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../output/load-exceljs.js';
import { typeLabel } from '../classify/index.js';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual, Lang } from '../diagnostics/types.js';
import { describeReaderError, guardWorkbookBytes, streamCsvRows, type RawTable } from '../ingest/index.js';
import { csvDocument } from '../output/safe-cell.js';
import { fixZipTimestamps } from '../template/zip-timestamps.js';
import type { ClassifiedRow } from './classify-inputs.js';

export type CopyFormat = 'xlsx' | 'csv' | 'tsv';

export interface AnnotateOptions {
  /** Folder the table's `file` is relative to. */
  readonly cwd: string;
  readonly lang: Lang;
  readonly format: CopyFormat;
  /** Whether an empty type cell of this row may be filled; by default every classified row. */
  readonly fill?: (row: ClassifiedRow) => boolean;
}

/** Headers of the added columns. */
export const addedHeaders: readonly Bilingual[] = [
  { zh: '分类结果', en: 'classified type' },
  { zh: '置信度', en: 'confidence' },
  { zh: '分类理由', en: 'reason' },
];

/** The values of the added columns for one row: label, confidence, reason (CSV makes them formula-safe as it writes). */
function addedCells(row: ClassifiedRow, lang: Lang): [string, number, string] {
  const { classification } = row;
  return [typeLabel(classification.type).zh, classification.confidence, classification.reason[lang]];
}

const fixedDate = new Date('2024-01-01T00:00:00Z');

const workbookExtensions = new Set(['xlsx', 'xlsm']);

/** The input's format for copying: xlsx via exceljs, CSV/TSV re-written; others cannot be copied faithfully. */
export function copyableFormat(file: string): 'xlsx' | 'csv' | undefined {
  const extension = file.toLowerCase().split('.').pop() ?? '';
  if (workbookExtensions.has(extension)) return 'xlsx';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  return undefined;
}

/** Rows classified from `table`, by their first Excel row. */
function rowsOf(table: RawTable, rows: readonly ClassifiedRow[]): Map<number, ClassifiedRow> {
  return new Map(rows.filter((row) => row.file === table.file && row.sheet === table.sheet).map((row) => [row.row, row]));
}

/**
 * A copy of `table`'s file with the classifier's view added. xlsx input keeps its formatting (exceljs, read
 * whole, which is safe for CJK); CSV/TSV input is re-written as UTF-8 with a BOM, every cell formula-safe.
 */
export async function annotateCopy(table: RawTable, rows: readonly ClassifiedRow[], options: AnnotateOptions): Promise<Uint8Array> {
  const source = copyableFormat(table.file);
  if (source === undefined) {
    throw new ToolkitError('bad-arguments', {
      zh: `--write 只能复制 .xlsx 或 CSV/TSV 文件，${table.file} 不是；请先在 Excel 中另存为 .xlsx`,
      en: `--write can copy only .xlsx or CSV/TSV files, not ${table.file}; save it as .xlsx in Excel first`,
    });
  }
  if (source === 'xlsx' && options.format !== 'xlsx') {
    throw new ToolkitError('bad-arguments', {
      zh: `${table.file} 是工作簿，--write 的输出文件也须为 .xlsx`,
      en: `${table.file} is a workbook, so the --write output must be .xlsx too`,
    });
  }
  const byRow = rowsOf(table, rows);
  const path = resolve(options.cwd, table.file);
  return source === 'xlsx' ? annotateWorkbook(path, table, byRow, options) : annotateCsv(path, table, byRow, options);
}

async function annotateWorkbook(
  path: string, table: RawTable, byRow: ReadonlyMap<number, ClassifiedRow>, options: AnnotateOptions,
): Promise<Uint8Array> {
  const bytes = await readFile(path);
  // exceljs inflates whole entries: the same guard as reading, in case the file changed since it was read.
  await guardWorkbookBytes(bytes, table.file);
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer).catch((error: unknown) => {
    const detail = describeReaderError(error, 'exceljs');
    throw new ToolkitError('input-unreadable', {
      zh: `无法读取 ${table.file} 来写出副本（${detail.zh}）：请在Excel中打开并另存为 .xlsx 后再试`,
      en: `cannot read ${table.file} to write its copy (${detail.en}): open it in Excel, save it again as .xlsx and retry`,
    }, { cause: error });
  });
  const sheet = table.sheet === undefined ? workbook.worksheets[0] : workbook.getWorksheet(table.sheet);
  if (sheet === undefined) {
    throw new ToolkitError('input-unreadable', {
      zh: `${table.file} 中找不到工作表“${table.sheet ?? ''}”`,
      en: `${table.file} has no sheet "${table.sheet ?? ''}"`,
    });
  }
  const first = sheet.columnCount + 1;
  const header = sheet.getRow(table.headerRow);
  const headerStyle = header.getCell(Math.max(1, first - 1)).style;
  addedHeaders.forEach((text, i) => {
    const cell = header.getCell(first + i);
    cell.value = text[options.lang];
    cell.style = { ...headerStyle };
  });
  sheet.getColumn(first).width = 14;
  sheet.getColumn(first + 1).width = 8;
  sheet.getColumn(first + 2).width = 60;
  const typeLetter = table.columns.find((column) => column.field === 'type')?.letter;
  for (const raw of table.rows) {
    const row = byRow.get(raw.row);
    if (row === undefined) continue;
    const target = sheet.getRow(raw.row);
    const [label, confidence, reason] = addedCells(row, options.lang);
    target.getCell(first).value = label;
    target.getCell(first + 1).value = confidence;
    target.getCell(first + 1).numFmt = '0.00';
    target.getCell(first + 2).value = reason;
    target.getCell(first + 2).alignment = { wrapText: true, vertical: 'top' };
    if (typeLetter !== undefined && row.declaredText === undefined && (options.fill?.(row) ?? true)) {
      target.getCell(typeLetter).value = label;
    }
  }
  return writeWorkbook(workbook);
}

async function annotateCsv(
  path: string, table: RawTable, byRow: ReadonlyMap<number, ClassifiedRow>, options: AnnotateOptions,
): Promise<Uint8Array> {
  const typeIndex = table.columns.findIndex((column) => column.field === 'type');
  const width = table.columns.length;
  const records: string[][] = [];
  for await (const record of streamCsvRows(path)) {
    const cells = record.cells.map((cell) => cell.replace(/\r\n?/g, '\n'));
    const row = byRow.get(record.row);
    if (record.row === table.headerRow) {
      records.push([...padTo(cells, width), ...addedHeaders.map((text) => text[options.lang])]);
    } else if (row !== undefined) {
      const [label, confidence, reason] = addedCells(row, options.lang);
      const padded = padTo(cells, width);
      if (typeIndex >= 0 && row.declaredText === undefined && (options.fill?.(row) ?? true)) padded[typeIndex] = label;
      records.push([...padded, label, confidence.toFixed(2), reason]);
    } else {
      records.push(cells);
    }
  }
  if (options.format === 'xlsx') return csvToWorkbook(records);
  return new TextEncoder().encode(csvDocument(records, options.format === 'tsv' ? '\t' : ','));
}

/** A CSV list copied into a new workbook, for `--write out.xlsx` from a CSV input. */
async function csvToWorkbook(records: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.created = fixedDate;
  workbook.modified = fixedDate;
  const sheet = workbook.addWorksheet('执法事项');
  // Strings in a workbook are never formulas: the user's text is kept exactly (no ' prefix, which is CSV's).
  for (const record of records) sheet.addRow([...record]);
  return writeWorkbook(workbook);
}

/** Same input, same bytes: zip entry times fixed (core properties keep what the input had). */
async function writeWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer));
}

function padTo(cells: readonly string[], width: number): string[] {
  const out = [...cells];
  while (out.length < width) out.push('');
  return out;
}
