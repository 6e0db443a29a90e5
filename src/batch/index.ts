// The batch stage's public surface: check many inventories in parallel on worker threads.

export { checkBatch } from './check-batch.js';
export type { BatchInventory, BatchOptions, BatchResult, BatchUnreadable, TableSummary } from './types.js';
