// Spreadsheet positions as users read them (执法事项!C14) and file names as reports print them.

import path from 'node:path';

import type { SourceLocation } from '../diagnostics/types.js';

/** Column letter to 1-based number: A → 1, Z → 26, AA → 27. Undefined when not letters. */
export function columnNumber(letters: string | undefined): number | undefined {
  if (letters === undefined || !/^[A-Za-z]{1,3}$/.test(letters)) return undefined;
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

/** Excel quotes a sheet name in a reference unless it is a plain word; a quote inside is doubled. */
export function quoteSheet(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet)
    ? sheet
    : `'${sheet.replaceAll("'", "''")}'`;
}

/**
 * The cell in A1 notation: "C14"; a whole row "14:14"; a whole column "C:C"; "" when neither is
 * known (a finding about the file or sheet as a whole).
 */
export function cellRef(location: Pick<SourceLocation, 'row' | 'column'>): string {
  const { row, column } = location;
  if (row !== undefined && column) return `${column}${row}`;
  if (row !== undefined) return `${row}:${row}`;
  if (column) return `${column}:${column}`;
  return '';
}

/** "执法事项!C14" for a workbook, "C14" for a CSV, "执法事项" for a whole sheet, "" for a whole file. */
export function sheetCellRef(location: Pick<SourceLocation, 'sheet' | 'row' | 'column'>): string {
  const cell = cellRef(location);
  if (location.sheet === undefined) return cell;
  const sheet = quoteSheet(location.sheet);
  return cell ? `${sheet}!${cell}` : sheet;
}

const windowsAbsolute = /^[A-Za-z]:[\\/]/;

/**
 * The file as reports print it: POSIX separators, and relative to `cwd` when it is an absolute
 * path on the same root, so reports carry no machine-specific paths. Pure string work: both
 * paths are absolute before `relative` sees them, so the process's own directory never matters.
 */
export function displayFile(file: string, cwd: string): string {
  if (file.startsWith('/') && cwd.startsWith('/')) {
    return path.posix.relative(cwd, file) || '.';
  }
  if (windowsAbsolute.test(file) && windowsAbsolute.test(cwd)) {
    const relative = path.win32.relative(cwd, file);
    // A file on another drive has no relative form; keep it as given.
    return (windowsAbsolute.test(relative) ? file : relative || '.').replaceAll('\\', '/');
  }
  return file.replaceAll('\\', '/');
}
