// One inventory's check: load → index → rules. The unit of work of `checkInventory`, of a batch worker and of a
// single-inventory `check` (which runs in-process, without the facts only batch rules need).

import type { RuleSettings } from '../config/settings.js';
import type { ToolkitError } from '../diagnostics/errors.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { buildTableIndex, type TableIndex } from '../model/build-index.js';
import type { TableKind } from '../model/tables.js';
import type { Inventory } from '../model/types.js';
import { inventoryFacts } from '../rules/batch/facts.js';
import type { InventoryFacts } from '../rules/batch/define-batch-rule.js';
import { builtInRules } from '../rules/index.js';
import { runRules, type SeveritySetting } from '../rules/run-rules.js';
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
  const loaded = await loadInventory(path, options);
  const { inventory } = loaded;
  // Each power's citations are parsed once for all rules and then let go (`recent`), not kept for the run.
  const index = buildTableIndex(inventory, 'recent');
  const problems = runRules(inventory, index, builtInRules, {
    lang: options.lang ?? 'zh',
    ...(options.severities ? { severities: options.severities } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const rows: Partial<Record<TableKind, number>> = {};
  for (const table of inventory.tables) rows[table.kind] = (rows[table.kind] ?? 0) + table.rowCount;
  return { inventory, index, rows, diagnostics: sortDiagnostics([...loaded.diagnostics, ...problems]) };
}

/** Reads and checks one inventory, with the facts batch rules need of it. */
export async function checkInventory(path: string, options: CheckOptions = {}): Promise<InventoryCheck> {
  const { inventory, index, rows, diagnostics } = await checkModel(path, options);
  return { source: inventory.source, inventory, rows, diagnostics, facts: inventoryFacts(inventory, index) };
}
