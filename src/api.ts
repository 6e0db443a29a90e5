// The library's verbs. The whole check pipeline reads top to bottom: read → normalise → schema → model → rules.

import type { RuleSettings } from './config/settings.js';
import { ToolkitError } from './diagnostics/errors.js';
import { sortDiagnostics } from './diagnostics/sort.js';
import type { Diagnostic, Lang } from './diagnostics/types.js';
import { expandInputs, readInventory } from './ingest/index.js';
import type { RawTable } from './ingest/types.js';
import { buildIndex } from './model/build-index.js';
import { buildInventory } from './model/build-model.js';
import { normaliseTable } from './model/normalise.js';
import type { ActTypeReading } from './model/parse-value.js';
import type { TableKind } from './model/tables.js';
import type { Inventory } from './model/types.js';
import { checkBatch, type BatchResult } from './batch/index.js';
import { addInventory, emptyEdition, type Edition } from './diff/index.js';
import { inventoryFacts } from './rules/batch/facts.js';
import type { InventoryFacts } from './rules/batch/define-batch-rule.js';
import { builtInRules } from './rules/index.js';
import { runRules, type SeveritySetting } from './rules/run-rules.js';
import { checkRows, type CheckedTable } from './validate/check-rows.js';

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

/** Reads one workbook or CSV folder into the canonical model. Throws ToolkitError when it cannot be read. */
export async function loadInventory(path: string, options: LoadOptions & { readonly settings?: RuleSettings } = {}): Promise<LoadedInventory> {
  const lang = options.lang ?? 'zh';
  const { source, tables, diagnostics } = await readTables(path, lang, options.cwd);
  const reading = options.actTypes ?? options.settings?.actTypes ?? {};
  const checked: CheckedTable[] = [];
  // Each RawTable is let go as soon as its rows are checked, so the raw cells of one table, not of all, are
  // held beside the records (a 10⁶-power inventory has about a gigabyte of them).
  for (let i = 0; i < tables.length; i++) {
    const table = tables[i];
    if (table === undefined) continue;
    tables[i] = undefined;
    const rows = checkRows(normaliseTable(table, reading), lang);
    diagnostics.push(...rows.diagnostics);
    checked.push(rows.value);
  }
  return { inventory: buildInventory(source, checked), diagnostics };
}

/** The inventory as read, with its tables in an array the caller empties as it goes. */
async function readTables(path: string, lang: Lang, cwd: string | undefined): Promise<{ source: string; tables: Array<RawTable | undefined>; diagnostics: Diagnostic[] }> {
  const raw = await readInventory(path, { lang, ...(cwd === undefined ? {} : { cwd }) });
  return { source: raw.source, tables: [...raw.tables], diagnostics: [...raw.diagnostics] };
}

export interface LoadedInventories {
  /** In the sorted order `expandInputs` gives. */
  readonly inventories: readonly LoadedInventory[];
  /** Inventories that could not be read, each with why; the others are still loaded. */
  readonly unreadable: readonly UnreadableInput[];
}

/**
 * Loads every inventory the inputs name (files, folders, globs), one after another, for the verbs that read whole
 * models (stats, diff). A single input that cannot be read throws; in a batch it is listed in `unreadable`.
 */
export async function loadInventories(
  inputs: readonly string[], options: LoadOptions & { readonly settings?: RuleSettings } = {},
): Promise<LoadedInventories> {
  const cwd = options.cwd ?? process.cwd();
  const sources = await expandInputs([...inputs], cwd);
  const inventories: LoadedInventory[] = [];
  const unreadable: UnreadableInput[] = [];
  for (const source of sources) {
    try {
      inventories.push(await loadInventory(source, { ...options, cwd }));
    } catch (error) {
      if (!(error instanceof ToolkitError) || sources.length === 1) throw error;
      unreadable.push({ source, error });
    }
  }
  return { inventories, unreadable };
}

export interface ReadEdition {
  readonly edition: Edition;
  /** Errors found while reading (rows or cells left out), summed over the inventories. */
  readonly errors: number;
}

/**
 * Reads one edition — a workbook, a CSV folder, or a folder or glob of them (a batch) — for `diffEditions`, one
 * inventory at a time: each model is reduced to what a diff compares and let go before the next is read, so two
 * large editions never sit in memory as models at once. An inventory that cannot be read throws: a diff without
 * it would report all its powers as removed or added.
 */
export async function readEdition(input: string, options: LoadOptions & { readonly settings?: RuleSettings } = {}): Promise<ReadEdition> {
  const cwd = options.cwd ?? process.cwd();
  const edition = emptyEdition();
  let errors = 0;
  for (const source of await expandInputs([input], cwd)) {
    const loaded = await loadInventory(source, { ...options, cwd });
    errors += loaded.diagnostics.filter((d) => d.severity === 'error').length;
    addInventory(edition, loaded.inventory);
  }
  return { edition, errors };
}

export interface CheckOptions extends LoadOptions {
  /** Per-rule severity overrides ("off" turns a rule off). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  /** Profile, thresholds and reference date (default: national profile, today). */
  readonly settings?: RuleSettings;
  /** Called as each inventory starts and ends, for progress display. */
  readonly onProgress?: (event: CheckProgress) => void;
}

export type CheckProgress =
  | { readonly kind: 'start'; readonly source: string; readonly index: number; readonly total: number }
  | { readonly kind: 'done'; readonly source: string; readonly index: number; readonly total: number };

export interface InventoryCheck {
  readonly source: string;
  readonly inventory: Inventory;
  /** Records read per table. */
  readonly rows: Readonly<Partial<Record<TableKind, number>>>;
  readonly diagnostics: readonly Diagnostic[];
  /** What batch rules (one power claimed by several departments …) need of this inventory. */
  readonly facts: InventoryFacts;
}

export interface UnreadableInput {
  readonly source: string;
  readonly error: ToolkitError;
}

/** What `check` returns: per inventory its rows, tables and findings (the model stays in the worker). */
export type CheckResult = BatchResult;

export async function checkInventory(path: string, options: CheckOptions = {}): Promise<InventoryCheck> {
  const loaded = await loadInventory(path, options);
  const { inventory } = loaded;
  const index = buildIndex(inventory);
  const problems = runRules(inventory, index, builtInRules, {
    lang: options.lang ?? 'zh',
    ...(options.severities ? { severities: options.severities } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const rows: Partial<Record<TableKind, number>> = {};
  for (const table of inventory.tables) rows[table.kind] = (rows[table.kind] ?? 0) + table.rowCount;
  return {
    source: inventory.source,
    inventory,
    rows,
    diagnostics: sortDiagnostics([...loaded.diagnostics, ...problems]),
    facts: inventoryFacts(inventory, index),
  };
}

/**
 * Checks every inventory the inputs name (files, folders, globs), spread over worker threads
 * (`workers`, default one per core). A single input that cannot be read throws; in a batch it is
 * listed in `unreadable` and the others are still checked.
 */
export async function check(inputs: readonly string[], options: CheckOptions & { readonly workers?: number } = {}): Promise<CheckResult> {
  const sources = await expandInputs([...inputs], options.cwd ?? process.cwd());
  const result = await checkBatch(sources, options);
  const [only] = result.unreadable;
  if (sources.length === 1 && only) throw only.error;
  return result;
}
