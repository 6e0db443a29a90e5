// Builds a CheckReport from a run's findings and row counts, so every caller counts the same way.

import { countBySeverity, sortDiagnostics, type SheetRank } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckReport, FileSummary, TableRowCounts } from './types.js';

/** A file the run read, with rows per table (before any finding is counted). */
export interface FileRows {
  readonly file: string;
  readonly rows: TableRowCounts;
  /** Sheets in workbook order, when known. */
  readonly sheets?: readonly string[];
}

const sumRows = (rows: TableRowCounts): number =>
  Object.values(rows).reduce<number>((total, n) => total + (n ?? 0), 0);

/**
 * Count findings per file and in total. A file that only appears in a diagnostic (one that could
 * not be read, say) is listed too, with no rows.
 */
export function createCheckReport(diagnostics: readonly Diagnostic[], inputs: readonly FileRows[]): CheckReport {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const rowsByFile = new Map<string, TableRowCounts>();
  const sheetsByFile = new Map<string, string[]>();
  for (const input of inputs) {
    rowsByFile.set(input.file, { ...rowsByFile.get(input.file), ...input.rows });
    if (input.sheets) sheetsByFile.set(input.file, [...(sheetsByFile.get(input.file) ?? []), ...input.sheets]);
  }
  for (const file of byFile.keys()) if (!rowsByFile.has(file)) rowsByFile.set(file, {});

  const files: FileSummary[] = [...rowsByFile.keys()].sort().map((file) => ({
    file,
    rows: rowsByFile.get(file) ?? {},
    ...(sheetsByFile.has(file) ? { sheets: sheetsByFile.get(file) ?? [] } : {}),
    ...countBySeverity(byFile.get(file) ?? []),
  }));
  return {
    summary: {
      files: files.length,
      rows: files.reduce((total, f) => total + sumRows(f.rows), 0),
      ...countBySeverity(diagnostics),
    },
    diagnostics: sortDiagnostics(diagnostics, sheetRankOf(files)),
    files,
  };
}

/** Rank of each sheet in its workbook, from the files' sheet lists. */
export function sheetRankOf(files: readonly FileSummary[]): SheetRank {
  const ranks = new Map<string, Map<string, number>>();
  for (const f of files) if (f.sheets) ranks.set(f.file, new Map(f.sheets.map((sheet, i) => [sheet, i])));
  return (file, sheet) => ranks.get(file)?.get(sheet);
}
