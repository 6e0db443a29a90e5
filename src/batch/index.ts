// The batch stage's public surface: check many inventories in parallel on worker threads, or one shard of them
// for a job runner, and merge the shards' outcome files.

export { checkBatch } from './check-batch.js';
export { checkShardSources, type ShardCheck, type ShardOptions } from './check-shard.js';
export { findOutcomeFiles } from './find-outcome-files.js';
export { mergeOutcomeFiles, type MergeOptions, type OutcomeFile } from './merge-outcomes.js';
export { outcomeLines, type OutcomeEntry, type OutcomeHeader } from './outcome-file.js';
export { readShard, shareOf, type ShardSpec } from './shard.js';
export type { BatchInventory, BatchOptions, BatchResult, BatchUnreadable, TableSummary } from './types.js';
