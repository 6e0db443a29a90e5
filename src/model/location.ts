// Turns a record's RowRef into the cell a user can find.

import type { SourceLocation } from '../diagnostics/types.js';
import type { RowRef } from './types.js';

/** The location of a record, pointing at the column of `field` when the table has it. */
export function at(ref: RowRef, field?: string): SourceLocation & { field?: string } {
  const column = field === undefined ? undefined : ref.table.columnOf.get(field);
  // Built key by key (in the order file, sheet, row, column, field) rather than with conditional spreads: batch facts
  // and every finding call this, once per power on a 10⁶-power inventory, and each spread allocates a literal.
  const location: { file: string; sheet?: string; row?: number; column?: string; field?: string } = { file: ref.table.file };
  if (ref.table.sheet !== undefined) location.sheet = ref.table.sheet;
  location.row = ref.row;
  if (column !== undefined) location.column = column;
  if (field !== undefined) location.field = field;
  return location;
}
