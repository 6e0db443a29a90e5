// Reads a workbook into RawTables — .xlsx/.xlsm with our own OOXML reader (./ooxml), .xls, .ods and what that reader
// declines with SheetJS — after refusing what is not a workbook, is encrypted, or would inflate beyond the limits
// (guardWorkbookBytes, for every reader of workbook bytes), and a sheet whose used range is too large to hold.

import { readFile } from 'node:fs/promises';
import * as XLSX from 'xlsx';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { TableAssembler } from './assemble-table.js';
import { cellText, type SheetCell } from './cell-dates.js';
import { isBlankRow, lastFilledIndex, type GridRow } from './grid.js';
import { defaultLimits, type IngestLimits } from './limits.js';
import { headerSearchRows, locateTable, skippedDiagnostic } from './locate-table.js';
import { instructionSheetNames } from '../model/tables.js';
import { fillMerges, groupMergedRows, type MergeRange } from './merge-records.js';
import { makeDiagnostic, makeError } from './messages.js';
import { isEncryptedPackage, isOtherOfficeDocument, sniffFormat } from './sniff-file.js';
import type { RawTable } from './types.js';
import type { TableKind } from '../model/tables.js';
import { inspectZip, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-guard.js';
import { findZipLie, type ZipLie } from './zip-inflate.js';
import { describeReaderError } from './reader-errors.js';
import { isOoxmlWorkbook, openOoxml, type OpenedWorkbook, type WorkbookSheet } from './ooxml/open-ooxml.js';

export interface WorkbookResult {
  readonly tables: readonly RawTable[];
  readonly diagnostics: readonly Diagnostic[];
  readonly sheetNames: readonly string[];
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** SheetJS options: values only, no formula evaluation surprises, number formats kept to recognise dates. */
export const workbookReadOptions: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellFormula: false,
  cellHTML: false,
  cellNF: true,
  cellDates: false,
  cellStyles: false,
  bookVBA: false,
  WTF: false,
};

/** Refuses, with a ToolkitError, bytes that are not a workbook we may safely parse; the zip entries when a zip. */
function checkWorkbookBytes(bytes: Uint8Array, file: string, limits: IngestLimits): readonly ZipEntry[] | undefined {
  const format = sniffFormat(bytes);
  if (format === 'pdf') {
    throw makeError('input-not-spreadsheet', { file, detail: { zh: '这是PDF文档', en: 'it is a PDF document' } });
  }
  if (format === 'other') {
    throw makeError('input-not-spreadsheet', { file, detail: { zh: '文件内容不是工作簿格式', en: 'its content is not a workbook format' } });
  }
  if (format === 'cfb') {
    if (isEncryptedPackage(bytes)) throw makeError('input-encrypted', { file });
    if (isOtherOfficeDocument(bytes)) {
      throw makeError('input-not-spreadsheet', { file, detail: { zh: '这是Word或PowerPoint文档', en: 'it is a Word or PowerPoint document' } });
    }
    return undefined;
  }
  if (format !== 'zip') return undefined;
  let entries;
  try {
    const directory = readZipDirectory(bytes);
    if (directory.zip64End !== undefined) {
      throw makeError('input-zip-bomb', {
        file,
        detail: {
          zh: `使用了工作簿从不需要的zip64目录结尾（${directory.zip64End}），不同的读取程序会读出不同的内容`,
          en: `it relies on a zip64 end of directory, which no workbook needs (${directory.zip64End}), so readers would see different entries`,
        },
      });
    }
    entries = directory.entries;
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    throw makeError('input-unreadable', { file, detail: { zh: `压缩结构损坏：${error.text.zh}`, en: `damaged zip: ${error.text.en}` } }, error);
  }
  const names = new Set(entries.map((entry) => entry.name));
  const isWorkbook = names.has('xl/workbook.xml') || names.has('xl/workbook.bin') || names.has('content.xml');
  if (!isWorkbook) {
    const detail = names.has('word/document.xml')
      ? { zh: '这是Word文档', en: 'it is a Word document' }
      : names.has('ppt/presentation.xml')
        ? { zh: '这是PowerPoint文档', en: 'it is a PowerPoint document' }
        : { zh: '压缩包中没有工作簿', en: 'a zip archive with no workbook in it' };
    throw makeError('input-not-spreadsheet', { file, detail });
  }
  const verdict = inspectZip(entries, limits.maxCompressionRatio, limits.ratioCheckFromBytes);
  if (verdict.totalUncompressed > limits.maxUncompressedBytes) {
    throw makeError('input-too-large', {
      file,
      detail: {
        zh: `解压后共${mb(verdict.totalUncompressed)}，上限${mb(limits.maxUncompressedBytes)}`,
        en: `${mb(verdict.totalUncompressed)} uncompressed, limit ${mb(limits.maxUncompressedBytes)}`,
      },
    });
  }
  if (verdict.bomb !== undefined) {
    const { name, compressed, uncompressed } = verdict.bomb;
    const ratio = Math.round(uncompressed / Math.max(compressed, 1));
    throw makeError('input-zip-bomb', {
      file,
      detail: {
        zh: `压缩包内“${name}”由${mb(compressed)}解压为${mb(uncompressed)}，压缩比${ratio}:1，超过${limits.maxCompressionRatio}:1，疑似压缩炸弹`,
        en: `entry "${name}" inflates from ${mb(compressed)} to ${mb(uncompressed)}, ratio ${ratio}:1 over ${limits.maxCompressionRatio}:1`,
      },
    });
  }
  return entries;
}

const bytesText = (n: number): string => n.toLocaleString('en-US');

/** The one-line refusal for a zip whose entries inflate to more than they declare or than the budget allows. */
function lieError(lie: ZipLie, file: string, limits: IngestLimits): ToolkitError {
  const { entry, declared, inflated, consumed } = lie;
  const detail = lie.kind === 'size'
    ? {
      zh: `压缩包内“${entry}”声明解压后${bytesText(declared)}字节，实际解压已超过${bytesText(inflated)}字节，声明的大小是假的`,
      en: `entry "${entry}" declares ${bytesText(declared)} bytes uncompressed but inflates to more than ${bytesText(inflated)}: its declared size is false`,
    }
    : lie.kind === 'total'
      ? {
        zh: `解压到“${entry}”时已超过${mb(limits.maxUncompressedBytes)}的上限`,
        en: `inflating it passes the ${mb(limits.maxUncompressedBytes)} limit at entry "${entry}"`,
      }
      : {
        zh: `压缩包内“${entry}”实际由${mb(consumed)}解压为${mb(inflated)}，压缩比超过${limits.maxCompressionRatio}:1`,
        en: `entry "${entry}" really inflates from ${mb(consumed)} to ${mb(inflated)}, a ratio over ${limits.maxCompressionRatio}:1`,
      };
  return makeError('input-zip-bomb', { file, detail });
}

/**
 * Refuses, with a ToolkitError, bytes that are not a workbook we may safely open: not a workbook, encrypted, too
 * large, or a zip bomb, honest or lying about its sizes (every entry is inflated with a byte budget, counting
 * only). Every path that hands workbook bytes to SheetJS or exceljs calls this first. A damaged deflate stream
 * is left to the reader's own error.
 */
export async function guardWorkbookBytes(bytes: Uint8Array, file: string, limits: IngestLimits = defaultLimits): Promise<void> {
  await guardedEntries(bytes, file, limits);
}

/** guardWorkbookBytes, giving the zip's entries once they have passed (undefined for a workbook that is no zip). */
async function guardedEntries(bytes: Uint8Array, file: string, limits: IngestLimits): Promise<readonly ZipEntry[] | undefined> {
  const entries = checkWorkbookBytes(bytes, file, limits);
  if (entries === undefined) return undefined;
  const lie = await findZipLie(bytes, limits, entries);
  if (lie !== undefined) throw lieError(lie, file, limits);
  return entries;
}

/** Parses workbook bytes, turning every SheetJS failure into a ToolkitError that keeps the cause. */
function parseWorkbook(bytes: Uint8Array, file: string): XLSX.WorkBook {
  try {
    return XLSX.read(bytes, workbookReadOptions);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // A password-protected .xls is an OLE file whose stream SheetJS cannot decrypt. In a zip, "encryption" only
    // means damaged flag bits: Excel never encrypts a workbook at the zip level.
    if (sniffFormat(bytes) === 'cfb' && /password|encrypt/i.test(text)) throw makeError('input-encrypted', { file }, error);
    throw makeError('input-unreadable', { file, detail: describeReaderError(error, 'SheetJS') }, error);
  }
}

/** A workbook opened by SheetJS, as the sheets readWorkbook walks. */
function sheetJsWorkbook(bytes: Uint8Array, file: string): OpenedWorkbook {
  const workbook = parseWorkbook(bytes, file);
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const sheets: WorkbookSheet[] = [];
  for (const [i, name] of workbook.SheetNames.entries()) {
    const sheet = workbook.Sheets[name];
    if (sheet === undefined) continue;
    sheets.push({
      name,
      hidden: (workbook.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0,
      cells: () => {
        const data = (sheet['!data'] ?? []) as ((SheetCell | undefined)[] | undefined)[];
        return { rows: data.map((row) => row?.map((cell) => cellText(cell, date1904))), merges: (sheet['!merges'] ?? []) as MergeRange[] };
      },
    });
  }
  return { sheetNames: workbook.SheetNames, sheets };
}

/**
 * Refuses a sheet whose grid would hold more than `limit` cell positions: every row up to its last cell, and the
 * cells its merges would fill. Counted from array lengths, before anything is filled in.
 */
function refuseHugeRange(
  rows: readonly (readonly (string | undefined)[] | undefined)[],
  merges: readonly MergeRange[],
  where: { readonly file: string; readonly sheet: string; readonly limit: number },
): void {
  let positions = 0;
  let width = 0;
  for (const row of rows) {
    const length = row?.length ?? 0;
    positions += Math.max(length, 1);
    if (length > width) width = length;
  }
  for (const merge of merges) {
    const height = Math.min(merge.e.r, rows.length - 1) - merge.s.r + 1;
    const span = Math.min(merge.e.c, width - 1) - merge.s.c + 1;
    if (height > 0 && span > 0) positions += height * span;
    if (positions > where.limit) break;
  }
  if (positions <= where.limit) return;
  const count = (n: number): string => n.toLocaleString('en-US');
  throw makeError('input-used-range', {
    file: where.file,
    sheet: where.sheet,
    detail: {
      zh: `${count(rows.length)}行、最宽${count(width)}列，合计超过${count(where.limit)}个单元格位置`,
      en: `${count(rows.length)} rows up to ${count(width)} columns wide, over ${count(where.limit)} cell positions in all`,
    },
  });
}

/** A sheet's rows of texts as a grid: holes as '', trailing empty cells and rows dropped, merges filled in. */
function sheetGrid(rows: readonly (readonly (string | undefined)[] | undefined)[], merges: readonly MergeRange[]): string[][] {
  const grid: string[][] = [];
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const source = rows[r];
    const cells: string[] = [];
    if (source !== undefined) {
      for (let c = 0; c < source.length; c++) cells.push(source[c] ?? '');
      cells.length = lastFilledIndex(cells) + 1;
    }
    grid.push(cells);
    if (cells.length > width) width = cells.length;
  }
  while (grid.length > 0 && (grid[grid.length - 1]?.length ?? 0) === 0) grid.pop();
  fillMerges(grid, merges, width);
  return grid;
}

/** Reads one sheet into a table, or explains why it is skipped. */
interface SheetContext {
  readonly file: string;
  readonly lang: Lang;
  readonly limits: IngestLimits;
  readonly assume?: TableKind | undefined;
}

function readSheet(sheet: WorkbookSheet, context: SheetContext): { table?: RawTable; diagnostics: Diagnostic[] } {
  const { file, lang, limits, assume } = context;
  const { name } = sheet;
  const cells = sheet.cells();
  const merges = cells.merges;
  refuseHugeRange(cells.rows, merges, { file, sheet: name, limit: limits.maxSheetCells });
  const grid = sheetGrid(cells.rows, merges);
  const rows: GridRow[] = grid.map((cells, seq) => ({ row: seq + 1, seq, cells }));
  const candidates = rows.filter((row) => !isBlankRow(row.cells)).slice(0, headerSearchRows);
  const searchEnd = (candidates[candidates.length - 1]?.seq ?? 0) + 1;
  // Cells of a header row copied from a merge anchored in another column (a group header over sub-headers).
  const copies = new Set<number>();
  for (const merge of merges) {
    if (merge.s.r > searchEnd || merge.e.c === merge.s.c) continue;
    for (let r = merge.s.r; r <= Math.min(merge.e.r, searchEnd); r++) {
      for (let c = merge.s.c + 1; c <= merge.e.c; c++) copies.add(r * 16384 + c);
    }
  }
  const located = locateTable(name, candidates, (seq, c) => copies.has(seq * 16384 + c), assume);
  if (located.status !== 'table') {
    // quanze's own template carries an instructions sheet; it is not data and needs no finding.
    if (located.status === 'unknown' && instructionSheetNames.has(name.trim())) return { diagnostics: [] };
    return { diagnostics: [skippedDiagnostic(located, { file, sheet: name, name }, lang)] };
  }
  const { kind, header } = located;
  const lastHeader = header.subHeader ?? candidates[header.index];
  const dataRows = rows.slice((lastHeader?.seq ?? 0) + 1);
  const assembler = new TableAssembler({ kind, file, sheet: name, lang, limits, header });
  const fields = header.columns.map((column) => column.field);
  for (const record of groupMergedRows(kind, fields, dataRows, merges)) assembler.add(record.row, record.cells, record.extraRows);
  const { table, diagnostics } = assembler.finish();
  return { table, diagnostics };
}

/**
 * Reads every sheet of a workbook that is one of the five tables; with `assume`, also sheets that are not but
 * whose header has that table's identity column.
 */
export async function readWorkbook(
  path: string, file: string, lang: Lang, limits: IngestLimits, assume?: TableKind,
): Promise<WorkbookResult> {
  const bytes = await readFile(path);
  const entries = await guardedEntries(bytes, file, limits);
  const context: SheetContext = { file, lang, limits, assume };
  if (entries !== undefined && isOoxmlWorkbook(entries)) {
    try {
      return readSheets(openOoxml(bytes, entries, { file, maxStrings: limits.maxSheetCells }), context);
    } catch (error) {
      // Whatever our own reader cannot take (or trips on) SheetJS reads, as it read every workbook before.
      if (error instanceof ToolkitError) throw error;
    }
  }
  return readSheets(sheetJsWorkbook(bytes, file), context);
}

function readSheets(workbook: OpenedWorkbook, context: SheetContext): WorkbookResult {
  const tables: RawTable[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const sheet of workbook.sheets) {
    // A hidden sheet is an old version or the source of a dropdown, not part of the published list: say so, skip it.
    if (sheet.hidden) {
      diagnostics.push(makeDiagnostic('ingest/hidden-sheet', context.lang, { file: context.file, sheet: sheet.name }, { name: sheet.name }));
      continue;
    }
    const result = readSheet(sheet, context);
    if (result.table !== undefined) tables.push(result.table);
    diagnostics.push(...result.diagnostics);
  }
  return { tables, diagnostics, sheetNames: workbook.sheetNames };
}

/**
 * The sheets of workbook bytes as grids, read by our own OOXML reader or by SheetJS: what readWorkbook builds its
 * tables from. For tests that hold the two readers to the same grids. Throws UnsupportedWorkbook when `reader` is
 * 'ooxml' and the workbook is one it leaves to SheetJS.
 */
export function workbookGrids(bytes: Uint8Array, reader: 'ooxml' | 'sheetjs'): { name: string; hidden: boolean; grid: string[][] }[] {
  const opened = reader === 'ooxml'
    ? openOoxml(bytes, readZipDirectory(bytes).entries, { file: 'workbook', maxStrings: defaultLimits.maxSheetCells })
    : sheetJsWorkbook(bytes, 'workbook');
  return opened.sheets.map((sheet) => {
    const cells = sheet.cells();
    return { name: sheet.name, hidden: sheet.hidden, grid: sheetGrid(cells.rows, cells.merges) };
  });
}
