// Helpers for the annotate tests: run the check and the annotator on a path, and read the copy back.

import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { annotateInventory, type AnnotateOptions } from '../../src/annotate/index.js';
import { checkInventory } from '../../src/api.js';
import { defaultSettings } from '../../src/config/settings.js';
import type { Diagnostic, Lang } from '../../src/diagnostics/types.js';

export const root = new URL('../../', import.meta.url).pathname;

export interface Annotated {
  readonly source: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly bytes: Uint8Array;
  readonly annotate: (diagnostics: readonly Diagnostic[], options?: Partial<AnnotateOptions>) => Promise<Uint8Array>;
}

/** Checks `path` (relative to the repository) with the reference date fixed, then annotates it. */
export async function checkAndAnnotate(path: string, lang: Lang = 'zh'): Promise<Annotated> {
  const result = await checkInventory(path, { lang, cwd: root, settings: { ...defaultSettings(new Date('2026-01-01')) } });
  const input = { source: result.source, absolutePath: resolve(root, path), tables: result.inventory.tables };
  const annotate = (diagnostics: readonly Diagnostic[], options: Partial<AnnotateOptions> = {}) =>
    annotateInventory(input, diagnostics, { lang, ...options });
  return { source: result.source, diagnostics: result.diagnostics, bytes: await annotate(result.diagnostics), annotate };
}

export async function loadExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

export function readSheetJs(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'buffer', cellFormula: true });
}

/** Rows of a SheetJS sheet as arrays of raw values, empty cells as undefined. */
export function valuesOf(book: XLSX.WorkBook, sheet: string): unknown[][] {
  const ws = book.Sheets[sheet];
  if (ws === undefined) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, blankrows: true, defval: undefined });
}

export interface ListedFinding {
  readonly index: unknown;
  readonly severity: string;
  readonly sheet: string;
  /** The cell column's formula, if it is a link. */
  readonly link?: { readonly sheet: string; readonly address: string; readonly text: string };
  readonly cellText: string;
  readonly rule: string;
  readonly message: string;
  readonly hint: string;
  readonly value: string;
}

const linkPattern = /^HYPERLINK\("#'((?:[^'"]|''|"")+)'!([A-Z]+[0-9]+)","([^"]*)"\)$/;

/** The findings sheet's rows below its summary line and header, as SheetJS reads them. */
export function listedFindings(book: XLSX.WorkBook, name: string): ListedFinding[] {
  const ws = book.Sheets[name];
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  const range = XLSX.utils.decode_range(ws['!ref'] ?? 'A1');
  const out: ListedFinding[] = [];
  const text = (r: number, c: number): string => String(ws[XLSX.utils.encode_cell({ r, c })]?.v ?? '');
  for (let r = 2; r <= range.e.r; r += 1) {
    const linkCell = ws[XLSX.utils.encode_cell({ r, c: 3 })];
    const match = typeof linkCell?.f === 'string' ? linkPattern.exec(linkCell.f) : null;
    out.push({
      index: ws[XLSX.utils.encode_cell({ r, c: 0 })]?.v,
      severity: text(r, 1),
      sheet: text(r, 2),
      ...(match ? { link: { sheet: (match[1] ?? '').replace(/''/g, "'").replace(/""/g, '"'), address: match[2] ?? '', text: match[3] ?? '' } } : {}),
      cellText: text(r, 3),
      rule: text(r, 4),
      message: text(r, 5),
      hint: text(r, 6),
      value: text(r, 7),
    });
  }
  return out;
}

/** A note's text, whichever shape exceljs gives it. */
export function noteOf(cell: ExcelJS.Cell): string {
  const note: unknown = cell.note;
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && 'texts' in note && Array.isArray(note.texts)) {
    return note.texts.map((run: { text?: string }) => run.text ?? '').join('');
  }
  return '';
}

/** The ARGB of a cell's solid fill, if any. */
export function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.Fill | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}
