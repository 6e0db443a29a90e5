// Turns a record's RowRef into the cell a user can find.

import type { SourceLocation } from '../diagnostics/types.js';
import type { RowRef } from './types.js';

/** The location of a record, pointing at the column of `field` when the table has it. */
export function at(ref: RowRef, field?: string): SourceLocation & { field?: string } {
  const column = field === undefined ? undefined : ref.table.columnOf.get(field);
  return {
    file: ref.table.file,
    ...(ref.table.sheet === undefined ? {} : { sheet: ref.table.sheet }),
    row: ref.row,
    ...(column === undefined ? {} : { column }),
    ...(field === undefined ? {} : { field }),
  };
}
