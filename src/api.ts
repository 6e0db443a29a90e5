// The library's verbs. One inventory's check (read → normalise → schema → model → rules) is in pipeline/; here
// are the verbs over inputs: many inventories, batches on worker threads, editions.

import type { RuleSettings } from './config/settings.js';
import { ToolkitError } from './diagnostics/errors.js';
import { expandInputs } from './ingest/index.js';
import {
  checkBatch, checkShardSources, findOutcomeFiles, mergeOutcomeFiles, type BatchResult, type MergeOptions, type ShardCheck, type ShardOptions,
} from './batch/index.js';
import { addInventory, emptyEdition, type Edition } from './diff/index.js';
import { loadInventory, type CheckOptions, type LoadedInventory, type LoadOptions, type UnreadableInput } from './pipeline/index.js';

export { checkInventory, loadInventory } from './pipeline/index.js';
export type { CheckOptions, CheckProgress, InventoryCheck, LoadOptions, LoadedInventory, UnreadableInput } from './pipeline/index.js';

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

/** What `check` returns: per inventory its rows, tables and findings (the model stays in the worker). */
export type CheckResult = BatchResult;

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

/**
 * Checks one shard of a run split over machines or jobs: the share `options.shard` ("K/N", K from 1) of the inventories
 * the inputs name, dealt by a stable hash of each path so every shard, given the same inputs, knows its own share and
 * no two overlap. The result holds the lines of the outcome file (`outcomeLines(header, entries)`) that
 * `mergeOutcomes` combines, and the share's own findings (without the batch rules, which need every shard).
 */
export async function checkShard(inputs: readonly string[], options: ShardOptions): Promise<ShardCheck> {
  const sources = await expandInputs([...inputs], options.cwd ?? process.cwd());
  return checkShardSources(sources, options);
}

/**
 * Merges the outcome files of every shard of one run (files, or folders of `.jsonl` files) into the result one
 * `check` over all the inputs gives, batch rules included. Throws `bad-arguments` for files of different runs or a
 * shard missing or given twice, `input-unreadable` for a malformed line, and, like `check`, the error of a run's
 * only inventory when it could not be read.
 */
export async function mergeOutcomes(inputs: readonly string[], options: MergeOptions & { readonly cwd?: string } = {}): Promise<CheckResult> {
  const files = await findOutcomeFiles(inputs, options.cwd ?? process.cwd());
  const result = await mergeOutcomeFiles(files, options);
  const [only] = result.unreadable;
  if (result.inventories.length === 0 && result.unreadable.length === 1 && only) throw only.error;
  return result;
}
