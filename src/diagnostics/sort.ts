// Deterministic order and counts for diagnostics, so the same input gives byte-identical reports.

import type { Diagnostic, Severity } from './types.js';

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Column letters compare by length first so "Z" < "AA". */
function compareColumns(a = '', b = ''): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function compareStrings(a = '', b = ''): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Position of a sheet in its workbook, when known, so findings follow the workbook's tab order. */
export type SheetRank = (file: string, sheet: string) => number | undefined;

function compareSheets(a: Diagnostic, b: Diagnostic, rank?: SheetRank): number {
  const ra = rank && a.sheet !== undefined ? rank(a.file, a.sheet) : undefined;
  const rb = rank && b.sheet !== undefined ? rank(b.file, b.sheet) : undefined;
  // Known sheets in tab order first, then any other sheet by name: a total order either way.
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return compareStrings(a.sheet, b.sheet);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic, rank?: SheetRank): number {
  return (
    compareStrings(a.file, b.file) ||
    compareSheets(a, b, rank) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    compareColumns(a.column, b.column) ||
    severityRank[a.severity] - severityRank[b.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

export function sortDiagnostics(diagnostics: readonly Diagnostic[], rank?: SheetRank): Diagnostic[] {
  return [...diagnostics].sort((a, b) => compareDiagnostics(a, b, rank));
}

export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): SeverityCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
