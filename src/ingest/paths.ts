// File names as diagnostics show them, and which files are inventories.

import { extname, isAbsolute, relative, sep } from 'node:path';

/** Extensions read with SheetJS. */
export const workbookExtensions: ReadonlySet<string> = new Set(['.xlsx', '.xlsm', '.xls', '.ods']);
/** Extensions read as delimited text, one table per file. */
export const csvExtensions: ReadonlySet<string> = new Set(['.csv', '.tsv']);

/** The lower-case extension of a path. */
export function extensionOf(path: string): string {
  return extname(path).toLowerCase();
}

/** Excel's "~$name.xlsx" lock files and dotfiles are never inventories. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** POSIX separators, whatever the platform. */
export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/** A path for messages: relative to `cwd` when under it, else absolute; POSIX separators. */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === '') return '.';
  return toPosix(rel.startsWith('..') || isAbsolute(rel) ? absolute : rel);
}
