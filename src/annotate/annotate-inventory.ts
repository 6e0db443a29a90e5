// Builds the annotated copy of an inventory that a legal office sends back to the department: every finding as a
// note and highlight on its cell, and a 审核意见 sheet listing them all. Returns bytes; the input is only read.

import { posix } from 'node:path';
import type ExcelJS from 'exceljs';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { fixZipTimestamps } from '../template/zip-timestamps.js';
import { addFindingsSheet } from './findings-sheet.js';
import { loadCopy } from './load-copy.js';
import { markCells } from './mark-cells.js';
import { claimSheetName } from './sheet-names.js';
import type { AnnotateInput, AnnotateOptions } from './types.js';
import { annotateWords } from './words.js';

/** Cells given a note and highlight unless the caller says otherwise. */
export const DEFAULT_MAX_ANNOTATED_CELLS = 100_000;

/** The time written into the copy's document properties, so that the same input gives the same bytes. */
const FIXED_TIME = new Date('2024-01-01T00:00:00Z');

/**
 * The bytes of an .xlsx copy of the inventory with `diagnostics` attached to their cells and listed on a first
 * sheet 审核意见 ("Review findings" in English) with links to the cells. An .xlsx input keeps its formatting;
 * an .xls/.ods workbook or a CSV folder is copied as cell values, one sheet per sheet or CSV file, every value at
 * the row and column the findings name. Same input and findings, same bytes.
 * Throws ToolkitError `input-unreadable` when the input cannot be read.
 */
export async function annotateInventory(
  input: AnnotateInput,
  diagnostics: readonly Diagnostic[],
  options: AnnotateOptions,
): Promise<Uint8Array> {
  const words = annotateWords[options.lang];
  const copy = await loadCopy(input);
  const listName = claimSheetName(words.sheetName, copy.takenNames);
  const findings = inSheetOrder(sortDiagnostics(diagnostics), copy.workbook.worksheets, copy.sheetFor);
  const marked = markCells(findings, copy.sheetFor, {
    words,
    listName,
    maxCells: options.maxAnnotatedCells ?? DEFAULT_MAX_ANNOTATED_CELLS,
  });
  const remarks: string[] = [];
  if (marked.annotatedCells < marked.findingCells) remarks.push(words.cellsCapped(marked.annotatedCells, marked.findingCells));
  if (copy.valuesOnly) remarks.push(words.valuesOnly);
  addFindingsSheet(copy.workbook, findings, {
    name: listName,
    words,
    placements: marked.placements,
    sheetLabel: (d) => d.sheet ?? (d.file === input.source ? '' : posix.basename(d.file)),
    remarks,
  });
  return writeDeterministic(copy.workbook, !copy.valuesOnly);
}

/** Findings in the order of the copy's sheets (those on no sheet first), keeping the given order within a sheet. */
function inSheetOrder(
  findings: readonly Diagnostic[],
  sheets: readonly ExcelJS.Worksheet[],
  sheetFor: (diagnostic: Diagnostic) => ExcelJS.Worksheet | undefined,
): Diagnostic[] {
  const position = new Map(sheets.map((sheet, i) => [sheet.id, i]));
  const rank = new Map(findings.map((d) => [d, position.get(sheetFor(d)?.id ?? -1) ?? -1]));
  return [...findings].sort((a, b) => (rank.get(a) ?? -1) - (rank.get(b) ?? -1));
}

/**
 * The workbook as .xlsx bytes with fixed document times and zip entry times. A workbook loaded from the input
 * keeps the creation time it has; a new one (or one without) gets the fixed time instead of the current one.
 */
async function writeDeterministic(workbook: ExcelJS.Workbook, loaded: boolean): Promise<Uint8Array> {
  workbook.creator ||= 'quanze';
  workbook.lastModifiedBy = 'quanze';
  const created: unknown = workbook.created;
  if (!loaded || !(created instanceof Date) || Number.isNaN(created.getTime())) workbook.created = FIXED_TIME;
  workbook.modified = FIXED_TIME;
  const written = await workbook.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(written as ArrayBuffer));
}
