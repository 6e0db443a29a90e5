// Turns command-line inputs (files, folders, simple globs) into the sorted list of inventories to read.
// node:fs glob is not stable in Node 20.19, so a small matcher for *, ** and ? lives here.

import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { makeError } from './messages.js';
import { csvExtensions, displayPath, extensionOf, isIgnoredName, toPosix, workbookExtensions } from './paths.js';

/** True when a path segment holds a wildcard. */
function hasWildcard(segment: string): boolean {
  return /[*?]/.test(segment);
}

/** A RegExp for one path segment: * any run of characters, ? one character, all else literal. */
function segmentPattern(segment: string): RegExp {
  const body = segment.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'u');
}

async function listDir(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => !isIgnoredName(entry.name));
  } catch {
    return [];
  }
}

/** Paths under `base` matching the remaining segments; "**" matches zero or more folders. */
async function matchSegments(base: string, segments: readonly string[], out: Set<string>): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    out.add(base);
    return;
  }
  if (segment === '**') {
    await matchSegments(base, rest, out);
    for (const entry of await listDir(base)) {
      if (entry.isDirectory()) await matchSegments(join(base, entry.name), segments, out);
    }
    return;
  }
  if (!hasWildcard(segment)) {
    const next = join(base, segment);
    if (rest.length === 0) {
      try {
        await stat(next);
        out.add(next);
      } catch {
        // no such path: the glob simply does not match it
      }
      return;
    }
    await matchSegments(next, rest, out);
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of await listDir(base)) {
    if (!pattern.test(entry.name)) continue;
    if (rest.length > 0 && !entry.isDirectory()) continue;
    await matchSegments(join(base, entry.name), rest, out);
  }
}

/** Absolute paths a glob matches, sorted. */
async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const posix = toPosix(pattern);
  const segments = posix.split('/');
  const firstWild = segments.findIndex(hasWildcard);
  const fixed = segments.slice(0, firstWild).join('/');
  const base = fixed === '' ? (isAbsolute(posix) ? '/' : cwd) : resolve(cwd, fixed);
  const out = new Set<string>();
  await matchSegments(base, segments.slice(firstWild).filter((segment) => segment !== ''), out);
  return [...out].sort();
}

/**
 * The inventories in a folder: each workbook; else the folder itself when it holds CSV/TSV files; and,
 * recursively, those of its subfolders.
 */
async function inventoriesIn(dir: string, out: Set<string>): Promise<void> {
  const entries = await listDir(dir);
  let hasCsv = false;
  let hasWorkbook = false;
  for (const entry of entries) {
    const extension = extensionOf(entry.name);
    if (entry.isFile() && workbookExtensions.has(extension)) {
      out.add(join(dir, entry.name));
      hasWorkbook = true;
    } else if (entry.isFile() && csvExtensions.has(extension)) hasCsv = true;
  }
  // CSV files beside workbooks are taken as exports of them, not as an inventory of their own.
  if (hasCsv && !hasWorkbook) out.add(dir);
  for (const entry of entries) if (entry.isDirectory()) await inventoriesIn(join(dir, entry.name), out);
}

/**
 * Expands files, folders and globs (*, **, ?) into a sorted, de-duplicated list of inventories, shown relative
 * to `cwd` when under it. A file stands for itself; a folder stands for the inventories it holds.
 * Throws `input-not-found` for a path or glob that names nothing.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const matches = hasWildcard(input) ? await expandGlob(input, cwd) : [resolve(cwd, input)];
    if (matches.length === 0) throw makeError('input-not-found', { file: toPosix(input) });
    for (const match of matches) {
      let isDirectory: boolean;
      try {
        isDirectory = (await stat(match)).isDirectory();
      } catch (error) {
        throw makeError('input-not-found', { file: toPosix(input) }, error);
      }
      if (isDirectory) await inventoriesIn(match, out);
      else if (!isIgnoredName(match.split(/[\\/]/).pop() ?? '')) out.add(match);
    }
  }
  return [...out].map((path) => displayPath(path, cwd)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
