// What the annotator is given: where the inventory is and which tables were read from it.

import type { Lang } from '../diagnostics/types.js';
import type { TableSource } from '../model/types.js';

/** One table of the inventory as the model records it; only its file and sheet are used. */
export type AnnotateTable = Pick<TableSource, 'file' | 'sheet'> & Partial<Pick<TableSource, 'kind' | 'headerRow'>>;

export interface AnnotateInput {
  /** The inventory as findings name it (`InventoryCheck.source`): a workbook, a CSV file or a CSV folder. */
  readonly source: string;
  /** The same path, absolute, to read from. */
  readonly absolutePath: string;
  /** `Inventory.tables`: for a CSV folder, each table's file becomes one sheet of the copy. */
  readonly tables: readonly AnnotateTable[];
}

export interface AnnotateOptions {
  readonly lang: Lang;
  /** At most this many cells get a note and highlight (default 100,000); every finding is still listed. */
  readonly maxAnnotatedCells?: number;
}
