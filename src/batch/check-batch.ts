// Checks many inventories on a pool of worker threads, one inventory per task, with results in input order.
// Run from TypeScript source (tests) the worker script cannot load, so the same work is done in-process.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CheckProgress } from '../pipeline/index.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { createMerger } from './merge.js';
import type { CheckOutcome, WorkerCheckOptions } from './outcome.js';
import { runPool, type PoolTask } from './pool.js';
import { largestFirst } from './schedule.js';
import type { BatchOptions, BatchResult } from './types.js';

/** The compiled worker script beside this module, or undefined when running from source or it is missing. */
function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith('.js')) return undefined;
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

function poolSize(workers: number | undefined, total: number): number {
  if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) {
    throw new ToolkitError('bad-arguments', {
      zh: `工作线程数须为正整数，而不是 ${workers}`,
      en: `the number of workers must be a positive integer, not ${workers}`,
    });
  }
  return Math.max(1, Math.min(workers ?? availableParallelism(), total));
}

/** How `checkOutcomes` runs: the check's options, the pool's size, and what to tell the caller. */
export interface OutcomesRun {
  readonly options: WorkerCheckOptions;
  readonly workers?: number | undefined;
  /** The only inventory of the whole run: no batch rule can fire on it, so its facts are not gathered. */
  readonly alone: boolean;
  readonly onStart?: (task: PoolTask) => void;
  readonly onOutcome: (task: PoolTask, outcome: CheckOutcome) => void;
}

/**
 * Checks the inventory of each task on `workers` worker threads (in-process when there is one task or no worker
 * script) and hands each outcome to `onOutcome` as it comes, in any order. Never rejects for an inventory: one that
 * cannot be read, or whose check fails unexpectedly, comes as a `failed` outcome.
 */
export async function checkOutcomes(tasks: readonly PoolTask[], run: OutcomesRun): Promise<void> {
  const size = poolSize(run.workers, tasks.length);
  // One inventory is checked in-process: a worker would only add its start-up and copying the result back.
  const workerUrl = tasks.length <= 1 ? undefined : workerScript();
  if (workerUrl === undefined) {
    // Loaded only here: on the worker path the main thread never needs the checking code itself.
    const { checkOutcome } = await import('./outcome.js');
    for (const task of tasks) {
      run.onStart?.(task);
      run.onOutcome(task, await checkOutcome(task.source, run.options, run.alone));
    }
    return;
  }
  // Largest first, so the last inventory to finish is a small one and no core idles long at the end.
  await runPool(await largestFirst(tasks), {
    workerUrl,
    workerData: run.options,
    size,
    ...(run.onStart === undefined ? {} : { onStart: run.onStart }),
    onOutcome: run.onOutcome,
  });
}

/**
 * Checks each inventory of `sources` (as `expandInputs` returns them) on `workers` worker threads.
 * An inventory that cannot be read, or whose check fails unexpectedly, becomes an `unreadable` entry and the
 * others are still checked. Results come in input order whatever the order of completion; `onProgress`
 * reports each inventory as a worker starts and finishes it.
 */
export async function checkBatch(sources: readonly string[], options: BatchOptions = {}): Promise<BatchResult> {
  const { onProgress, workers, ...rest } = options;
  const tasks: PoolTask[] = sources.map((source, index) => ({ index, source }));
  const total = tasks.length;
  const merger = createMerger(total, { lang: options.lang ?? 'zh', ...(options.severities ? { severities: options.severities } : {}) });
  const report = (kind: CheckProgress['kind'], task: PoolTask): void =>
    onProgress?.({ kind, source: task.source, index: task.index, total });
  await checkOutcomes(tasks, {
    options: rest,
    workers,
    alone: total === 1,
    onStart: (task) => report('start', task),
    onOutcome: (task, outcome) => {
      merger.accept(task, outcome);
      report('done', task);
    },
  });
  return merger.result();
}
