// The ingest stage's public surface: read inventories into raw tables of string cells with their positions.

export type { RawColumn, RawInventory, RawRow, RawTable } from './types.js';
export { inventorySource, readInventory, type ReadInventoryOptions } from './read-inventory.js';
export { expandInputs } from './expand-inputs.js';
export { streamCsvRows, type CsvRow, type CsvStreamOptions } from './csv.js';
export { defaultLimits, type IngestLimits } from './limits.js';
export { diagnosticTexts, type IngestRuleId } from './messages.js';
export { columnLetter } from './column-letter.js';
export { guardWorkbookBytes, workbookReadOptions } from './xlsx.js';
export { describeReaderError } from './reader-errors.js';
