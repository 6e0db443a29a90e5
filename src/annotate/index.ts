// The annotated workbook's public surface: a copy of an inventory with its findings on the cells.

export { annotateInventory, DEFAULT_MAX_ANNOTATED_CELLS } from './annotate-inventory.js';
export type { AnnotateInput, AnnotateOptions, AnnotateTable } from './types.js';
