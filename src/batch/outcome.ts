// Checks one inventory and reduces the result to plain data: the unit of work of a worker and of the fallback.

import { checkSummary, type CheckOptions, type CheckSummary } from '../pipeline/index.js';
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

/** Keeps what a report needs: the summary has no model (the powers streamed through the rules and were let go). */
function summariseCheck(check: CheckSummary): Omit<BatchInventory, 'index'> {
  const tables: TableSummary[] = check.tables.map((table) => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    kind: table.kind,
    rowCount: table.rowCount,
  }));
  return {
    source: check.source,
    ...(check.department === undefined ? {} : { department: check.department }),
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
    const check = await checkSummary(source, options, { facts: !alone });
    const inventory = summariseCheck(check);
    return check.facts === undefined ? { kind: 'alone', inventory } : { kind: 'checked', inventory, facts: check.facts };
  } catch (error) {
    return { kind: 'failed', error: serialiseError(error, source) };
  }
}
