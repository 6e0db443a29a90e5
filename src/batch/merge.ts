// The main thread's share of a batch: outcomes arrive in any order and are merged in input order as soon as
// they can be, so the batch rules run while workers are still checking and each inventory's facts are let go
// at once. What is left when the last outcome arrives is one sort.

import { sortDiagnostics } from '../diagnostics/sort.js';
import { builtInBatchRules } from '../rules/batch/index.js';
import type { BatchRule } from '../rules/batch/define-batch-rule.js';
import { openBatchRules, type BatchRulesOptions } from '../rules/batch/run-batch-rules.js';
import type { CheckOutcome } from './outcome.js';
import type { PoolTask } from './pool.js';
import { reviveError } from './serialise-error.js';
import type { BatchInventory, BatchResult, BatchUnreadable } from './types.js';

export interface BatchMerger {
  /** Takes the outcome of one task; each task's exactly once, in any order. */
  accept(task: PoolTask, outcome: CheckOutcome): void;
  /** The batch's result, once every task's outcome is in. */
  result(): BatchResult;
}

type Settled = { readonly inventory: BatchInventory } | { readonly unreadable: BatchUnreadable };

/**
 * A merger of the outcomes of `total` tasks (indexes 0 … total − 1), running `batchRules` over them (none for the
 * report of one shard, whose batch rules run when the shards are merged).
 */
export function createMerger(total: number, options: BatchRulesOptions, batchRules: readonly BatchRule[] = builtInBatchRules): BatchMerger {
  const settled: (Settled | undefined)[] = new Array<Settled | undefined>(total);
  const waiting = new Map<number, { readonly task: PoolTask; readonly outcome: CheckOutcome }>();
  const rules = openBatchRules(batchRules, options);
  let next = 0;

  const settle = (task: PoolTask, outcome: CheckOutcome): Settled => {
    if (outcome.kind === 'failed') return { unreadable: { source: task.source, index: task.index, error: reviveError(outcome.error) } };
    if (outcome.kind === 'checked') rules.add(outcome.facts); // in input order: "first claimed by" depends on it
    return { inventory: { ...outcome.inventory, index: task.index } };
  };

  return {
    accept(task, outcome) {
      if (!Number.isInteger(task.index) || task.index < 0 || task.index >= total) throw new Error(`batch: no task at ${task.index}`);
      if (task.index < next || waiting.has(task.index)) throw new Error(`batch: a second outcome for ${task.source}`);
      waiting.set(task.index, { task, outcome });
      for (let ready = waiting.get(next); ready !== undefined; ready = waiting.get(next)) {
        waiting.delete(next);
        settled[next] = settle(ready.task, ready.outcome);
        next++;
      }
    },
    result() {
      const inventories: BatchInventory[] = [];
      const unreadable: BatchUnreadable[] = [];
      for (let index = 0; index < total; index++) {
        const done = settled[index];
        if (done === undefined) throw new Error(`batch: no outcome for task ${index}`); // the pool guarantees one
        if ('inventory' in done) inventories.push(done.inventory);
        else unreadable.push(done.unreadable);
      }
      const diagnostics = sortDiagnostics([...inventories.flatMap((inventory) => inventory.diagnostics), ...rules.diagnostics()]);
      return { inventories, unreadable, diagnostics };
    },
  };
}
