// One inventory through the pipeline (read → normalise → schema → model → rules), for the API and batch workers.

export { loadInventory, streamInventory } from './load-inventory.js';
export { checkSummary } from './check-summary.js';
export type { CheckSummary } from './check-summary.js';
export type { LoadOptions, LoadedInventory, PowerStream } from './load-inventory.js';
export { checkInventory, checkModel } from './check-inventory.js';
export type { CheckOptions, CheckProgress, CheckedModel, InventoryCheck, UnreadableInput } from './check-inventory.js';
