// One inventory's check: load → index → rules. The unit of work of `checkInventory`, of a batch worker and of a
// single-inventory `check` (which runs in-process, without the facts only batch rules need).

import type { RuleSettings } from '../config/settings.js';
import type { ToolkitError } from '../diagnostics/errors.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { buildTableIndex, type TableIndex } from '../model/build-index.js';
import type { TableKind } from '../model/tables.js';
import type { Inventory, PowerRecord, TableSource } from '../model/types.js';
import { FactsCollector } from '../rules/batch/facts.js';
import type { InventoryFacts } from '../rules/batch/define-batch-rule.js';
import { builtInRules } from '../rules/index.js';
import { RuleRun, type SeveritySetting } from '../rules/run-rules.js';
import { loadInventory, type LoadOptions } from './load-inventory.js';

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

/** An inventory checked, with the index its rules used (for the batch facts, when they are wanted). */
export interface CheckedModel {
  readonly inventory: Inventory;
  readonly index: TableIndex;
  readonly rows: Readonly<Partial<Record<TableKind, number>>>;
  /** Reading, schema and rule findings, sorted by file, sheet, row, column. */
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads and checks one inventory with the built-in rules. Throws ToolkitError when it cannot be read. */
export async function checkModel(path: string, options: CheckOptions = {}): Promise<CheckedModel> {
  const { gathered: _none, ...checked } = await checkWholeModel(path, options, () => ({ add: () => undefined, finish: () => undefined }));
  return checked;
}

/** Reads and checks one inventory, with the facts batch rules need of it. */
export async function checkInventory(path: string, options: CheckOptions = {}): Promise<InventoryCheck> {
  const { inventory, rows, diagnostics, gathered } = await checkWholeModel(path, options, (source, index) => new FactsCollector(source, index));
  return { source: inventory.source, inventory, rows, diagnostics, facts: gathered };
}

/** Something more to take from each power while the rules visit it (its citations are parsed then). */
interface PowerGatherer<T> {
  add(power: PowerRecord): void;
  finish(): T;
}

async function checkWholeModel<T>(
  path: string, options: CheckOptions, gatherer: (source: string, index: TableIndex) => PowerGatherer<T>,
): Promise<CheckedModel & { readonly gathered: T }> {
  const loaded = await loadInventory(path, options);
  const { inventory } = loaded;
  // Each power's citations are parsed once for all rules and then let go (`recent`), not kept for the run.
  const index = buildTableIndex(inventory, 'recent');
  const run = builtInRuleRun(options);
  run.start(inventory, index);
  const gather = gatherer(inventory.source, index);
  for (const power of inventory.powers) {
    run.visit(power);
    gather.add(power);
  }
  const problems = run.finish(inventory.omittedKeys.powerCodes);
  return { inventory, index, rows: rowsOf(inventory.tables), diagnostics: sortDiagnostics([...loaded.diagnostics, ...problems]), gathered: gather.finish() };
}

/** A run of the built-in rules with the check's language, severities and settings. */
export function builtInRuleRun(options: CheckOptions): RuleRun {
  return new RuleRun(builtInRules, {
    lang: options.lang ?? 'zh',
    ...(options.severities ? { severities: options.severities } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
}

/** Records read per table kind. */
export function rowsOf(tables: readonly TableSource[]): Partial<Record<TableKind, number>> {
  const rows: Partial<Record<TableKind, number>> = {};
  for (const table of tables) rows[table.kind] = (rows[table.kind] ?? 0) + table.rowCount;
  return rows;
}
