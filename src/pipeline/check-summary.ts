// A check that keeps no model: the powers stream from the reader through every rule and are let go, so what stays
// is the other tables, small lookups and the findings. What `check` (the batch and its workers) needs.

import type { Diagnostic } from '../diagnostics/types.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { buildTableIndex } from '../model/build-index.js';
import type { TableKind } from '../model/tables.js';
import type { PowerRecord, TableSource } from '../model/types.js';
import type { InventoryFacts } from '../rules/batch/define-batch-rule.js';
import { FactsCollector } from '../rules/batch/facts.js';
import { builtInRuleRun, rowsOf, type CheckOptions } from './check-inventory.js';
import { streamInventory } from './load-inventory.js';

/** One inventory checked, without its records. */
export interface CheckSummary {
  readonly source: string;
  /** The department (实施主体) most powers name (ties: the first to reach the count), when they name one. */
  readonly department?: string;
  /** Records read per table. */
  readonly rows: Readonly<Partial<Record<TableKind, number>>>;
  readonly tables: readonly TableSource[];
  /** Reading, schema and rule findings, sorted by file, sheet, row, column. */
  readonly diagnostics: readonly Diagnostic[];
  /** What batch rules need of the inventory, when asked for. */
  readonly facts?: InventoryFacts;
}

export interface SummaryWanted {
  /** Gather what batch rules need of the inventory. */
  readonly facts: boolean;
  /**
   * Called once every table is read and the last power has been through the rules, before the rules' last step:
   * when the check holds the most (the other tables, the rules' lookups, the findings), for a test to measure it.
   */
  readonly onPowersChecked?: () => void;
}

/** The department most powers name, counted as they go by. */
class DepartmentCount {
  private readonly counts = new Map<string, number>();
  private bestCount = 0;
  best: string | undefined;

  add(power: PowerRecord): void {
    if (power.department === undefined || power.department === '') return;
    const count = (this.counts.get(power.department) ?? 0) + 1;
    this.counts.set(power.department, count);
    if (count > this.bestCount) {
      this.best = power.department;
      this.bestCount = count;
    }
  }
}

/**
 * Reads and checks one inventory with the built-in rules, keeping no power record (see `streamInventory`); the same
 * findings as `checkModel`. `facts`: gather what batch rules need. Throws ToolkitError when it cannot be read.
 */
export async function checkSummary(path: string, options: CheckOptions = {}, wanted: SummaryWanted): Promise<CheckSummary> {
  const run = builtInRuleRun(options);
  const department = new DepartmentCount();
  let facts: FactsCollector | undefined;
  const loaded = await streamInventory(path, options, {
    start: (inventory) => {
      // Each power's citations are parsed once for all rules and the facts, then let go.
      const index = buildTableIndex(inventory, 'recent');
      if (wanted.facts) facts = new FactsCollector(inventory.source, index);
      run.start(inventory, index);
    },
    add: (power) => {
      run.visit(power);
      department.add(power);
      facts?.add(power);
    },
  });
  const { inventory } = loaded;
  wanted.onPowersChecked?.();
  const problems = run.finish(inventory.omittedKeys.powerCodes);
  return {
    source: inventory.source,
    ...(department.best === undefined ? {} : { department: department.best }),
    rows: rowsOf(inventory.tables),
    tables: inventory.tables,
    diagnostics: sortDiagnostics([...loaded.diagnostics, ...problems]),
    ...(facts === undefined ? {} : { facts: facts.finish() }),
  };
}
