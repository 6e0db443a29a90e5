// One shard of a run split over machines: checks its share of the inputs and keeps each inventory's compact outcome
// (findings, row counts, the facts batch rules need) for `quanze merge`, which runs the batch rules over all shards.

import type { CheckProgress } from '../pipeline/index.js';
import { checkOutcomes } from './check-batch.js';
import { createMerger } from './merge.js';
import type { CheckOutcome } from './outcome.js';
import { inputsDigest, optionsDigest, outcomeFormat, type OutcomeEntry, type OutcomeHeader } from './outcome-file.js';
import type { PoolTask } from './pool.js';
import { shareOf, toShard, type ShardSpec } from './shard.js';
import { toolVersion } from './tool-version.js';
import type { BatchOptions, BatchResult } from './types.js';

export interface ShardOptions extends BatchOptions {
  /** Which share: `"K/N"` or `{ index: K, count: N }`, K counted from 1. */
  readonly shard: string | ShardSpec;
}

/** What one shard found: the lines of its outcome file, and its share's own result for a report of the share. */
export interface ShardCheck {
  readonly header: OutcomeHeader;
  /** The share's inventories in input order, each with its position in the whole input list. */
  readonly entries: readonly OutcomeEntry[];
  /** The share alone: its inventories' findings, without the batch rules (those need every shard: merge runs them). */
  readonly result: BatchResult;
}

/**
 * Checks the share `options.shard` of `sources` (the whole run's inputs, as `expandInputs` returns them, the same
 * list in every shard). `onProgress` counts within the share.
 */
export async function checkShardSources(sources: readonly string[], options: ShardOptions): Promise<ShardCheck> {
  const { onProgress, workers, shard: given, ...checkOptions } = options;
  const shard = toShard(given);
  const share = shareOf(sources, shard);
  const tasks: PoolTask[] = share.map((index) => ({ index, source: sources[index] ?? '' }));
  const local = new Map(share.map((index, at) => [index, at]));
  const outcomes = new Array<CheckOutcome | undefined>(tasks.length);
  const lang = options.lang ?? 'zh';
  const report = (kind: CheckProgress['kind'], task: PoolTask): void =>
    onProgress?.({ kind, source: task.source, index: local.get(task.index) ?? 0, total: tasks.length });

  await checkOutcomes(tasks, {
    options: checkOptions,
    workers,
    alone: sources.length === 1,
    onStart: (task) => report('start', task),
    onOutcome: (task, outcome) => {
      outcomes[local.get(task.index) ?? 0] = outcome;
      report('done', task);
    },
  });

  const entries = tasks.map((task, at): OutcomeEntry => {
    const outcome = outcomes[at];
    if (outcome === undefined) throw new Error(`shard: no outcome for ${task.source}`); // checkOutcomes gives each one
    return { index: task.index, source: task.source, outcome };
  });
  const merger = createMerger(entries.length, { lang }, []);
  for (const [at, entry] of entries.entries()) merger.accept({ index: at, source: entry.source }, entry.outcome);
  const header: OutcomeHeader = {
    quanze: 'check-outcome',
    format: outcomeFormat,
    version: toolVersion,
    shard: shard.index,
    shards: shard.count,
    total: sources.length,
    inventories: entries.length,
    inputs: inputsDigest(sources),
    options: optionsDigest({ ...checkOptions, lang }),
    lang,
    severities: options.severities ?? {},
  };
  return { header, entries, result: merger.result() };
}
