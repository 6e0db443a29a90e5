// Reading one inventory into the canonical model: read → normalise → schema → model.

import type { RuleSettings } from '../config/settings.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { inventorySource, readInventory, type ReadInventoryOptions } from '../ingest/index.js';
import type { OpenRowSink, RawTable } from '../ingest/types.js';
import { InventoryBuilder } from '../model/build-model.js';
import { normaliseTable, TableNormaliser } from '../model/normalise.js';
import type { ActTypeReading } from '../model/parse-value.js';
import type { Inventory, PowerRecord } from '../model/types.js';
import { checkRows, RowChecker } from '../validate/check-rows.js';

export interface LoadOptions {
  readonly lang?: Lang;
  /** Where legacy 非行政许可审批 rows go (the configuration's act-type variant); default 其他行政权力. */
  readonly actTypes?: ActTypeReading;
  /** Paths in findings are relative to this folder. */
  readonly cwd?: string;
}

export interface LoadedInventory {
  readonly inventory: Inventory;
  /** Findings of reading and of the schema check. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Where a streamed powers table goes: `start` once every other table is in (and the powers tables are opened), then
 * each power record in reading order. The record is not kept.
 */
export interface PowerStream {
  start(inventory: Omit<Inventory, 'powers'>): void;
  add(power: PowerRecord): void;
}

/**
 * Reads one workbook or CSV folder into the canonical model. Throws ToolkitError when it cannot be read.
 *
 * A CSV table's records are normalised and schema-checked as the reader yields them, so its raw cells are never
 * all in memory (a 10⁶-power file has about a gigabyte of them); a workbook's sheets, which SheetJS parses whole
 * anyway, come as RawTables and each is let go as soon as its rows are checked. The findings are in the order the
 * whole-table path gives: reading's, then each table's schema findings.
 */
export async function loadInventory(path: string, options: LoadOptions & { readonly settings?: RuleSettings } = {}): Promise<LoadedInventory> {
  return readModel(path, options, undefined);
}

/**
 * Reads one inventory as `loadInventory` does, but hands its power records to `stream` instead of keeping them: the
 * inventory returned has no powers. A folder's powers file is read last, so every other table is in when its first
 * record comes and no power is held; powers read before that (a second powers table, a workbook's sheet, a file
 * named as no table) wait in a queue until then. Tables are listed in the order `loadInventory` gives.
 */
export async function streamInventory(
  path: string, options: LoadOptions & { readonly settings?: RuleSettings }, stream: PowerStream,
): Promise<LoadedInventory> {
  return readModel(path, options, stream);
}

/** Powers held until the stream may start, then passed straight through. */
class PowerFeed {
  private queue: PowerRecord[] | undefined = [];

  constructor(
    private readonly stream: PowerStream,
    private readonly view: () => Omit<Inventory, 'powers'>,
  ) {}

  get started(): boolean {
    return this.queue === undefined;
  }

  readonly add = (power: PowerRecord): void => {
    if (this.queue === undefined) this.stream.add(power);
    else this.queue.push(power);
  };

  start(): void {
    const { queue } = this;
    if (queue === undefined) return;
    this.queue = undefined;
    this.stream.start(this.view());
    for (const power of queue) this.stream.add(power);
  }
}

async function readModel(
  path: string, options: LoadOptions & { readonly settings?: RuleSettings }, stream: PowerStream | undefined,
): Promise<LoadedInventory> {
  const lang = options.lang ?? 'zh';
  const reading = options.actTypes ?? options.settings?.actTypes ?? {};
  const source = inventorySource(path, options.cwd);
  let feed: PowerFeed | undefined;
  const builder = new InventoryBuilder(stream === undefined ? undefined : (power) => feed?.add(power));
  if (stream !== undefined) feed = new PowerFeed(stream, () => builder.view(source));
  let lastMember = false;
  const streams: RowChecker[] = [];
  // Each record is made as its row is checked: no array of checked rows is held beside the records.
  const openSink: OpenRowSink = (head) => {
    const normaliser = new TableNormaliser(head, reading);
    const checker = new RowChecker(normaliser, lang, builder.openTable(head.kind, normaliser.source));
    streams.push(checker);
    // The last file's powers table: every other table is in, so its records need not wait.
    if (lastMember && head.kind === 'powers') feed?.start();
    return { add: (row) => checker.add(normaliser.add(row)), finish: (count) => normaliser.finish(count) };
  };
  const reader = stream === undefined ? {} : { readLast: 'powers' as const, onLastMember: () => void (lastMember = true) };
  const { tables, diagnostics } = await readTables(path, lang, options.cwd, openSink, reader);
  for (const checker of streams) diagnostics.push(...checker.finish().diagnostics);
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (table === undefined) continue;
    tables[i] = undefined;
    const rows = checkRows(normaliseTable(table, reading), lang);
    diagnostics.push(...rows.diagnostics);
    builder.addTable(rows.value);
  }
  feed?.start();
  // A folder's powers file was read last: its tables are listed in file order again, as loadInventory lists them.
  return { inventory: builder.finish(source, stream !== undefined), diagnostics };
}

/** The inventory as read, with its tables in an array the caller empties as it goes. */
async function readTables(
  path: string, lang: Lang, cwd: string | undefined, openSink: OpenRowSink,
  order: Pick<ReadInventoryOptions, 'readLast' | 'onLastMember'>,
): Promise<{ source: string; tables: Array<RawTable | undefined>; diagnostics: Diagnostic[] }> {
  const raw = await readInventory(path, { lang, openSink, ...order, ...(cwd === undefined ? {} : { cwd }) });
  return { source: raw.source, tables: [...raw.tables], diagnostics: [...raw.diagnostics] };
}
