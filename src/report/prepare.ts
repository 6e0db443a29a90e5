// The common first step of every formatter: printable file names, stable order, every file listed.

import { countBySeverity, sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic, SourceLocation } from '../diagnostics/types.js';
import { sheetRankOf } from './create-report.js';
import { displayFile } from './location.js';
import type { CheckReport, FileSummary, FormatterContext } from './types.js';

const compareFiles = (a: FileSummary, b: FileSummary): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

function relocate<T extends SourceLocation>(location: T, cwd: string): T {
  return { ...location, file: displayFile(location.file, cwd) };
}

/**
 * The report as formatters print it: file names relative to `cwd` with POSIX separators,
 * diagnostics in `sortDiagnostics` order, files sorted by name, and any file that has findings
 * but no summary given one — so no formatter depends on how the caller ordered things.
 */
export function prepareReport(report: CheckReport, context: Pick<FormatterContext, 'cwd'>): CheckReport {
  const files = new Map<string, FileSummary>();
  for (const f of report.files) {
    const file = displayFile(f.file, context.cwd);
    if (!files.has(file)) files.set(file, { ...f, file });
  }
  const diagnostics = sortDiagnostics(
    report.diagnostics.map((d): Diagnostic => {
      const moved = relocate(d, context.cwd);
      return d.related ? { ...moved, related: d.related.map((r) => relocate(r, context.cwd)) } : moved;
    }),
    sheetRankOf([...files.values()]),
  );
  for (const d of diagnostics) {
    if (!files.has(d.file)) {
      const own = diagnostics.filter((x) => x.file === d.file);
      files.set(d.file, { file: d.file, rows: {}, ...countBySeverity(own) });
    }
  }
  return { summary: report.summary, diagnostics, files: [...files.values()].sort(compareFiles) };
}

/** Diagnostics grouped by file, in the order given. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}
