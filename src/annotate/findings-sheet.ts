// The 审核意见 sheet: one line per finding with a link to its cell, above them a summary line; first and active.

import type ExcelJS from 'exceljs';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { MAX_CELL_TEXT } from './load-copy.js';
import { severityFill, type Placement } from './mark-cells.js';
import { internalLinkFormula } from './sheet-names.js';
import type { AnnotateWords } from './words.js';

/** Rows above the list: the summary line, then the header. */
const HEADER_ROW = 2;
/** Findings that fit below the header in one sheet. */
export const MAX_LISTED = 1_048_576 - HEADER_ROW;

const columnWidths = [6, 8, 16, 9, 28, 60, 50, 30] as const;
const wrapped = new Set([6, 7, 8]);

export interface FindingsSheetOptions {
  readonly name: string;
  readonly words: AnnotateWords;
  readonly placements: ReadonlyMap<Diagnostic, Placement>;
  /** Where each unplaced finding is, in words (a file of a CSV folder, say). */
  readonly sheetLabel: (diagnostic: Diagnostic) => string;
  /** Sentences added to the summary line (notes capped, values only). */
  readonly remarks: readonly string[];
}

/** Adds the findings sheet in front of the others and makes it the tab the workbook opens on. */
export function addFindingsSheet(
  workbook: ExcelJS.Workbook,
  diagnostics: readonly Diagnostic[],
  options: FindingsSheetOptions,
): ExcelJS.Worksheet {
  const { words } = options;
  const others = workbook.worksheets;
  const sheet = workbook.addWorksheet(options.name, {
    views: [selectable({ state: 'frozen', ySplit: HEADER_ROW, activeCell: `A${HEADER_ROW + 1}` }, true)],
  });
  putFirst(workbook, sheet, others);

  const listed = diagnostics.slice(0, MAX_LISTED);
  const remarks = [...options.remarks];
  if (listed.length < diagnostics.length) remarks.push(words.listCapped(listed.length, diagnostics.length));
  const summary = sheet.getCell('A1');
  summary.value = ([diagnostics.length === 0 ? words.noFindings : words.summary(countSeverities(diagnostics)), ...remarks].join(words.sentenceGap));
  summary.font = { bold: true };
  summary.alignment = { vertical: 'middle', wrapText: true };
  sheet.mergeCells(1, 1, 1, columnWidths.length);
  sheet.getRow(1).height = remarks.length > 0 ? 48 : 30;

  const header = sheet.getRow(HEADER_ROW);
  words.headers.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    cell.border = { bottom: { style: 'thin' } };
    cell.alignment = { vertical: 'middle' };
  });
  columnWidths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });

  listed.forEach((diagnostic, i) => {
    writeFinding(sheet.getRow(HEADER_ROW + 1 + i), i + 1, diagnostic, options);
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW + Math.max(1, listed.length), column: columnWidths.length } };
  return sheet;
}

function writeFinding(row: ExcelJS.Row, index: number, diagnostic: Diagnostic, options: FindingsSheetOptions): void {
  const { words } = options;
  const placement = options.placements.get(diagnostic);
  row.getCell(1).value = index;
  const severity = row.getCell(2);
  severity.value = words.severity[diagnostic.severity];
  severity.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: severityFill[diagnostic.severity] } };
  row.getCell(3).value = text(placement?.sheet.name ?? options.sheetLabel(diagnostic));
  const link = row.getCell(4);
  if (placement !== undefined) {
    // A HYPERLINK formula rather than exceljs's hyperlink value: exceljs writes an internal target both as an
    // external relationship and as the location, which Excel joins into a link that goes nowhere.
    link.value = { formula: internalLinkFormula(placement.sheet.name, placement.address, placement.address), result: placement.address };
    link.font = { color: { argb: 'FF0563C1' }, underline: true };
  } else if (diagnostic.row !== undefined) {
    link.value = text(words.row(diagnostic.row));
  }
  row.getCell(5).value = text(diagnostic.ruleId);
  row.getCell(6).value = text(diagnostic.message);
  if (diagnostic.hint !== undefined && diagnostic.hint !== '') row.getCell(7).value = text(diagnostic.hint);
  if (diagnostic.value !== undefined && diagnostic.value !== '') row.getCell(8).value = text(diagnostic.value);
  row.eachCell((cell, column) => {
    cell.alignment = { vertical: 'top', wrapText: wrapped.has(column) };
  });
}

/** Text that fits in a cell; a string cell never runs as a formula, so the text is kept as it is. */
function text(value: string): string {
  return value.slice(0, MAX_CELL_TEXT);
}

function countSeverities(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity] += 1;
  return counts;
}

/**
 * Orders `sheet` before `others` and selects it. exceljs sorts sheets by an `orderNo` it keeps but does not type,
 * and writes `tabSelected` from each sheet's first view, so the other sheets' selection is cleared.
 */
function putFirst(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, others: readonly ExcelJS.Worksheet[]): void {
  const ordered = (s: ExcelJS.Worksheet): { orderNo: number } => s as unknown as { orderNo: number };
  ordered(sheet).orderNo = Math.min(0, ...others.map((s) => ordered(s).orderNo)) - 1;
  for (const other of others) {
    // A sheet read without <sheetViews> has null views, whatever the typings say.
    const views = (other.views as Partial<ExcelJS.WorksheetView>[] | null | undefined) ?? [];
    other.views = views.map((view) => selectable(view, false));
  }
  // A loaded workbook without <bookViews> has none, whatever the typings say.
  const loaded: readonly ExcelJS.WorkbookView[] = (workbook.views as ExcelJS.WorkbookView[] | undefined) ?? [];
  const views = loaded.length > 0 ? loaded : [{ x: 0, y: 0, width: 12000, height: 24000, visibility: 'visible' }];
  workbook.views = views.map((view) => ({ ...view, firstSheet: 0, activeTab: 0 }) as ExcelJS.WorkbookView);
}

/** A sheet view with `tabSelected`, which exceljs reads and writes but leaves out of its typings. */
function selectable(view: Partial<ExcelJS.WorksheetView>, tabSelected: boolean): Partial<ExcelJS.WorksheetView> {
  const withSelection: Partial<ExcelJS.WorksheetView> & { tabSelected: boolean } = { ...view, tabSelected };
  return withSelection;
}
