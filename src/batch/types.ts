// What a batch check hands back: per inventory only what a report needs (no model), so results cross threads cheaply.

import type { CheckOptions, UnreadableInput } from '../pipeline/index.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';

/** One table as read: enough for the per-file rows of a report, without its records. */
export interface TableSummary {
  readonly file: string;
  /** Sheet name; absent for CSV. */
  readonly sheet?: string;
  readonly kind: TableKind;
  /** Number of data records read. */
  readonly rowCount: number;
}

/** One inventory's outcome in a batch. */
export interface BatchInventory {
  /** The inventory as given (workbook or CSV folder). */
  readonly source: string;
  /** Position of this inventory in the `sources` given to `checkBatch`. */
  readonly index: number;
  /** The department (实施主体) most powers name, when they name one. */
  readonly department?: string;
  /** Records read per table. */
  readonly rows: Readonly<Partial<Record<TableKind, number>>>;
  readonly tables: readonly TableSummary[];
  /** Findings of this inventory, sorted by file, sheet, row, column (batch rules' findings are in BatchResult only). */
  readonly diagnostics: readonly Diagnostic[];
}

export interface BatchUnreadable extends UnreadableInput {
  /** Position of this inventory in the `sources` given to `checkBatch`. */
  readonly index: number;
}

export interface BatchResult {
  /** Inventories that were read and checked, in input order. */
  readonly inventories: readonly BatchInventory[];
  /** Inventories that could not be read or whose check failed, in input order; the others are still checked. */
  readonly unreadable: readonly BatchUnreadable[];
  /** All findings, the batch rules' included, sorted by file, sheet, row, column. */
  readonly diagnostics: readonly Diagnostic[];
}

export interface BatchOptions extends CheckOptions {
  /** Worker threads; default min(available cores, number of inventories). */
  readonly workers?: number;
}
