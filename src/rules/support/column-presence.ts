// A column a whole table lacks is one finding at its header row, not one per row.

import type { SourceLocation } from '../../diagnostics/types.js';
import type { TableSource } from '../../model/types.js';

/** Where to report a column a table does not have: its header row. */
export function headerAt(table: TableSource, field: string): SourceLocation & { field: string } {
  return { file: table.file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }), row: table.headerRow, field };
}

/** The tables of `kind` that have no column for `field`. */
export function tablesWithout(tables: readonly TableSource[], kind: TableSource['kind'], field: string): Set<TableSource> {
  return new Set(tables.filter((t) => t.kind === kind && !t.columnOf.has(field)));
}
