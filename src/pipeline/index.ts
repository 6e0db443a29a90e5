// One inventory through the pipeline (read → normalise → schema → model → rules), for the API and batch workers.

export { loadInventory } from './load-inventory.js';
export type { LoadOptions, LoadedInventory } from './load-inventory.js';
export { checkInventory, checkModel } from './check-inventory.js';
export type { CheckOptions, CheckProgress, CheckedModel, InventoryCheck, UnreadableInput } from './check-inventory.js';
