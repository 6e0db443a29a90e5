// Reads ONE inventory: a workbook, a folder of CSV/TSV files (one table per file), or a single CSV/TSV file.

import { readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { readCsvTable } from './csv.js';
import { resolveLimits, type IngestLimits } from './limits.js';
import { acceptedNames } from './locate-table.js';
import { tableKindFromName } from './table-kind.js';
import { makeError, notRegularFile } from './messages.js';
import { describeReaderError } from './reader-errors.js';
import { csvExtensions, displayPath, extensionOf, isIgnoredName, workbookExtensions } from './paths.js';
import type { OpenRowSink, RawInventory, RawTable } from './types.js';
import type { TableKind } from '../model/tables.js';
import { readWorkbook } from './xlsx.js';

export interface ReadInventoryOptions {
  /** Directory relative paths are resolved against and shown relative to; default `process.cwd()`. */
  readonly cwd?: string;
  /** Overrides of the hostile-input limits. */
  readonly limits?: Partial<IngestLimits>;
  /** Language of the diagnostics' messages and hints; default Chinese. */
  readonly lang?: Lang;
  /**
   * When no sheet or file is recognised as a table, read the first one whose header row has this table's
   * identity column (名称 for powers) as this table instead of throwing `no-tables`: how `quanze classify`
   * reads a plain list such as `list.csv` with only 名称 and 类型 columns.
   */
  readonly assumeTable?: TableKind;
  /**
   * Each CSV table's records go to the sink this opens, as they are read, and the table is left out of `tables`
   * (a workbook's sheets, parsed whole by SheetJS anyway, still come as RawTables). Not used by the second,
   * `assumeTable` pass.
   */
  readonly openSink?: OpenRowSink;
  /**
   * In a folder, the files named as this table are read after the others (in name order among themselves), so a
   * caller streaming that table has every other table in hand by then. Findings and `found` are as in name order.
   */
  readonly readLast?: TableKind;
  /** Called just before the last file of the inventory is read (the only one, for a file given alone). */
  readonly onLastMember?: () => void;
}

interface Collected {
  readonly tables: RawTable[];
  /** CSV tables whose rows went to a sink. */
  readonly streamed: number;
  readonly diagnostics: Diagnostic[];
  readonly found: string[];
}

const mb = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`;

/** Stats a path, or throws `input-not-found` / `input-unreadable`. */
async function statInput(absolute: string, file: string): Promise<Stats> {
  try {
    return await stat(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw makeError('input-not-found', { file }, error);
    throw makeError('input-unreadable', { file, detail: describeReaderError(error) }, error);
  }
}

/** A pipe, device or socket would block the read or never end: refused by what it is, not by its name. */
function refuseIrregular(stats: Stats, file: string): void {
  if (stats.isFile() || stats.isDirectory()) return;
  throw makeError('input-not-spreadsheet', { file, detail: notRegularFile });
}

/** Refuses an empty or oversized file before reading it. */
function checkSize(stats: Stats, file: string, max: number): void {
  if (stats.size === 0) throw makeError('input-empty', { file });
  if (stats.size > max) {
    throw makeError('input-too-large', {
      file,
      detail: { zh: `文件${mb(stats.size)}，上限${mb(max)}`, en: `${mb(stats.size)}, limit ${mb(max)}` },
    });
  }
}

/** Wraps anything but a ToolkitError (an fs failure mid-read) so no raw stack trace escapes. */
function wrapUnexpected(error: unknown, file: string): ToolkitError {
  if (error instanceof ToolkitError) return error;
  return makeError('input-unreadable', { file, detail: describeReaderError(error) }, error);
}

/** How findings and results name the inventory at `path`: relative to `cwd` (default the working directory). */
export function inventorySource(path: string, cwd: string = process.cwd()): string {
  return displayPath(resolve(cwd, path), cwd);
}

/** `names` with the files named as table `last` moved to the end, each group in its own order. */
function readingOrder(names: readonly string[], last: TableKind): string[] {
  const isLast = (name: string): boolean => tableKindFromName(basename(name, extname(name))) === last;
  return [...names.filter((name) => !isLast(name)), ...names.filter(isLast)];
}

/**
 * Reads one inventory into raw tables of string cells with their positions.
 * Throws `ToolkitError` when the input cannot be read at all; problems inside it are diagnostics.
 */
export async function readInventory(path: string, options: ReadInventoryOptions = {}): Promise<RawInventory> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const limits = resolveLimits(options.limits);
  const absolute = resolve(cwd, path);
  const source = inventorySource(path, cwd);
  const stats = await statInput(absolute, source);
  refuseIrregular(stats, source);
  const collect = async (assume: TableKind | undefined, openSink: OpenRowSink | undefined): Promise<Collected> => {
    const tables: RawTable[] = [];
    let streamed = 0;
    const diagnostics: Diagnostic[] = [];
    const found: string[] = [];
    try {
      if (stats.isDirectory()) {
        const names = (await readdir(absolute)).filter((name) => !isIgnoredName(name) && csvExtensions.has(extensionOf(name))).sort();
        // Only the streaming pass reorders: the `assumeTable` pass picks the first table in name order.
        const streaming = openSink !== undefined;
        const order = options.readLast === undefined || !streaming ? names : readingOrder(names, options.readLast);
        for (const [position, name] of order.entries()) {
          if (streaming && position === order.length - 1) options.onLastMember?.();
          const member = join(absolute, name);
          const file = displayPath(member, cwd);
          const memberStats = await statInput(member, file);
          refuseIrregular(memberStats, file);
          checkSize(memberStats, file, limits.maxCsvBytes);
          const result = await readCsvTable(member, file, lang, limits, assume, openSink);
          found.push(name);
          if (result.table !== undefined) tables.push(result.table);
          if (result.streamed) streamed++;
          diagnostics.push(...result.diagnostics);
        }
        // `found` names the files as a folder listing does, whatever the reading order.
        if (order !== names) found.sort();
      } else {
        if (openSink !== undefined) options.onLastMember?.();
        const extension = extensionOf(absolute);
        if (workbookExtensions.has(extension)) {
          checkSize(stats, source, limits.maxWorkbookBytes);
          const result = await readWorkbook(absolute, source, lang, limits, assume);
          found.push(...result.sheetNames);
          tables.push(...result.tables);
          diagnostics.push(...result.diagnostics);
        } else if (csvExtensions.has(extension)) {
          checkSize(stats, source, limits.maxCsvBytes);
          const result = await readCsvTable(absolute, source, lang, limits, assume, openSink);
          found.push(source);
          if (result.table !== undefined) tables.push(result.table);
          if (result.streamed) streamed++;
          diagnostics.push(...result.diagnostics);
        } else {
          if (stats.size === 0) throw makeError('input-empty', { file: source });
          throw makeError('input-not-spreadsheet', {
            file: source,
            detail: { zh: `不支持的扩展名“${extension || '（无）'}”`, en: `unsupported extension "${extension || '(none)'}"` },
          });
        }
      }
    } catch (error) {
      throw wrapUnexpected(error, source);
    }
    return { tables, streamed, diagnostics, found };
  };
  const pass = await collect(undefined, options.openSink);
  let { tables, diagnostics, found } = pass;
  const { streamed } = pass;
  if (tables.length === 0 && streamed === 0 && options.assumeTable !== undefined) {
    // Second pass only when nothing was recognised, so a real inventory is never read differently.
    const assumed = await collect(options.assumeTable, undefined);
    const first = assumed.tables.find((table) => table.kind === options.assumeTable);
    if (first !== undefined) {
      const isFirst = (d: Diagnostic): boolean => d.file === first.file && d.sheet === first.sheet;
      diagnostics = [...diagnostics.filter((d) => !isFirst(d)), ...assumed.diagnostics.filter(isFirst)];
      tables = [first];
      found = assumed.found;
    }
  }
  if (tables.length === 0 && streamed === 0) {
    const none = { zh: '无', en: 'nothing' };
    throw makeError('no-tables', {
      file: source,
      found: found.length === 0 ? none : found.join(', '),
      accepted: { zh: acceptedNames('zh'), en: acceptedNames('en') },
    });
  }
  return { source, tables, diagnostics };
}
