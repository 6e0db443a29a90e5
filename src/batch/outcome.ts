// Checks one inventory and reduces the result to plain data: the unit of work of a worker and of the fallback.

import { checkModel, type CheckedModel, type CheckOptions } from '../pipeline/index.js';
import { inventoryFacts } from '../rules/batch/facts.js';
import type { InventoryFacts } from '../rules/batch/define-batch-rule.js';
import { serialiseError, type SerialisedError } from './serialise-error.js';
import type { BatchInventory, TableSummary } from './types.js';

/** The options a worker receives: CheckOptions without the progress callback, which cannot cross threads. */
export type WorkerCheckOptions = Omit<CheckOptions, 'onProgress'>;

export type CheckOutcome =
  | {
      readonly kind: 'checked';
      readonly inventory: Omit<BatchInventory, 'index'>;
      /** What batch rules need of the inventory; they run on the main thread once all are in. */
      readonly facts: InventoryFacts;
    }
  | { readonly kind: 'alone'; readonly inventory: Omit<BatchInventory, 'index'> }
  | { readonly kind: 'failed'; readonly error: SerialisedError };

/** The department most powers name (ties: first seen), or undefined. */
function mainDepartment(check: CheckedModel): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const power of check.inventory.powers) {
    if (power.department === undefined || power.department === '') continue;
    const count = (counts.get(power.department) ?? 0) + 1;
    counts.set(power.department, count);
    if (count > bestCount) {
      best = power.department;
      bestCount = count;
    }
  }
  return best;
}

/** Keeps what a report needs and drops the model, which may be hundreds of MB. */
function summariseCheck(check: CheckedModel): Omit<BatchInventory, 'index'> {
  const tables: TableSummary[] = check.inventory.tables.map((table) => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    kind: table.kind,
    rowCount: table.rowCount,
  }));
  const department = mainDepartment(check);
  return {
    source: check.inventory.source,
    ...(department === undefined ? {} : { department }),
    rows: check.rows,
    tables,
    diagnostics: check.diagnostics,
  };
}

/**
 * Checks one inventory; never throws. `alone` (the only inventory of a run) leaves out the facts batch rules need:
 * no batch rule can fire on one inventory.
 */
export async function checkOutcome(source: string, options: WorkerCheckOptions, alone = false): Promise<CheckOutcome> {
  try {
    const check = await checkModel(source, options);
    const inventory = summariseCheck(check);
    return alone ? { kind: 'alone', inventory } : { kind: 'checked', inventory, facts: inventoryFacts(check.inventory, check.index) };
  } catch (error) {
    return { kind: 'failed', error: serialiseError(error, source) };
  }
}
