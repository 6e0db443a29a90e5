// Turns command-line inputs (files, folders, simple globs) into the sorted list of inventories to read.
// node:fs glob is not stable in Node 20.19, so a small matcher for *, ** and ? lives here.

import { readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type { Bilingual } from '../diagnostics/types.js';
import { makeError, notRegularFile } from './messages.js';
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

/** A folder entry, a symbolic link taken as what it points to (a dangling one is neither file nor folder). */
interface FolderEntry {
  readonly name: string;
  /** A link to nothing: no glob matches it, and a folder's description counts it among the odd items. */
  readonly broken?: boolean;
  isFile(): boolean;
  isDirectory(): boolean;
}

async function listDir(dir: string): Promise<FolderEntry[]> {
  let entries;
  try {
    entries = (await readdir(dir, { withFileTypes: true })).filter((entry) => !isIgnoredName(entry.name));
  } catch {
    return [];
  }
  return Promise.all(entries.map(async (entry): Promise<FolderEntry> => {
    if (!entry.isSymbolicLink()) return entry;
    const target = await stat(join(dir, entry.name)).catch(() => undefined);
    return { name: entry.name, broken: target === undefined, isFile: () => target?.isFile() ?? false, isDirectory: () => target?.isDirectory() ?? false };
  }));
}

/** False when `dir` (followed through links) was walked already: a link back up must not loop. */
async function firstVisit(dir: string, seen: Set<string>): Promise<boolean> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) return false;
  seen.add(real);
  return true;
}

/** Paths under `base` matching the remaining segments; "**" matches zero or more folders. */
async function matchSegments(base: string, segments: readonly string[], out: Set<string>, seen = new Set<string>()): Promise<void> {
  const [segment, ...rest] = segments;
  if (segment === undefined) {
    out.add(base);
    return;
  }
  if (segment === '**') {
    if (!(await firstVisit(base, seen))) return;
    await matchSegments(base, rest, out, seen);
    for (const entry of await listDir(base)) {
      if (entry.isDirectory()) await matchSegments(join(base, entry.name), segments, out, seen);
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
    await matchSegments(next, rest, out, seen);
    return;
  }
  const pattern = segmentPattern(segment);
  for (const entry of await listDir(base)) {
    if (!pattern.test(entry.name) || entry.broken === true) continue;
    if (rest.length > 0 && !entry.isDirectory()) continue;
    await matchSegments(join(base, entry.name), rest, out, seen);
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
async function inventoriesIn(dir: string, out: Set<string>, seen = new Set<string>()): Promise<void> {
  if (!(await firstVisit(dir, seen))) return;
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
  for (const entry of entries) if (entry.isDirectory()) await inventoriesIn(join(dir, entry.name), out, seen);
}

/** What a folder holds, for a message: "3 个 .txt 文件、1 个子文件夹" / "3 .txt files, 1 folder"; or "empty". */
export async function describeFolder(dir: string): Promise<Bilingual> {
  const counts = new Map<string, number>();
  let folders = 0;
  let others = 0;
  for (const entry of await listDir(dir)) {
    if (entry.isDirectory()) folders++;
    else if (entry.isFile()) {
      const extension = extensionOf(entry.name) || '(none)';
      counts.set(extension, (counts.get(extension) ?? 0) + 1);
    } else others++;
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (const [extension, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    zh.push(`${n} 个${extension === '(none)' ? '无扩展名的' : ` ${extension} `}文件`);
    en.push(`${n} ${extension === '(none)' ? 'file' : `${extension} file`}${n === 1 ? '' : 's'}${extension === '(none)' ? ' without extension' : ''}`);
  }
  if (folders > 0) {
    zh.push(`${folders} 个子文件夹（其中也没有清单）`);
    en.push(`${folders} folder${folders === 1 ? '' : 's'} (with none in them either)`);
  }
  if (others > 0) {
    zh.push(`${others} 个不是普通文件的项（管道、设备、失效的链接等）`);
    en.push(others === 1 ? '1 item that is not a regular file (a pipe, device, broken link …)' : `${others} items that are not regular files (pipes, devices, broken links …)`);
  }
  if (zh.length === 0) return { zh: '文件夹是空的', en: 'the folder is empty' };
  return { zh: `其中只有${zh.join('、')}`, en: `it holds only ${en.join(', ')}` };
}

/**
 * Expands files, folders and globs (*, **, ?) into a sorted, de-duplicated list of inventories, shown relative
 * to `cwd` when under it. A file stands for itself; a folder stands for the inventories it holds.
 * Throws `input-not-found` for a path or glob that names nothing, `no-inventory` for a folder (or a glob of
 * folders) without any inventory in it, and `input-not-spreadsheet` for a pipe, device or socket.
 */
export async function expandInputs(inputs: readonly string[], cwd: string): Promise<string[]> {
  const out = new Set<string>();
  for (const input of inputs) {
    const matches = hasWildcard(input) ? await expandGlob(input, cwd) : [resolve(cwd, input)];
    if (matches.length === 0) throw makeError('input-not-found', { file: toPosix(input) });
    const before = out.size;
    const folders: string[] = [];
    for (const match of matches) {
      let stats;
      try {
        stats = await stat(match);
      } catch (error) {
        throw makeError('input-not-found', { file: toPosix(input) }, error);
      }
      if (stats.isDirectory()) {
        const had = out.size;
        await inventoriesIn(match, out);
        if (out.size === had) folders.push(match);
      } else if (!stats.isFile()) {
        throw makeError('input-not-spreadsheet', { file: displayPath(match, cwd), detail: notRegularFile });
      } else if (!isIgnoredName(match.split(/[\\/]/).pop() ?? '')) out.add(match);
    }
    // A folder that holds no inventory would otherwise pass as "no problems": a green build over nothing.
    const [first] = folders;
    if (out.size === before && first !== undefined) {
      const seen = folders.length === 1
        ? await describeFolder(first)
        : { zh: `${folders.length} 个文件夹，都没有清单`, en: `${folders.length} folders, none with an inventory` };
      throw makeError('no-inventory', { file: matches.length === 1 ? displayPath(first, cwd) : toPosix(input), seen });
    }
  }
  return [...out].map((path) => displayPath(path, cwd)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
