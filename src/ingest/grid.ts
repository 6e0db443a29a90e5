// The shape both readers hand to header detection and table assembly: rows of trimmed string cells.

/** One source row: CSV record or worksheet row. */
export interface GridRow {
  /** 1-based row number as a user sees it (Excel row; for CSV the record number, as Excel shows the file). */
  readonly row: number;
  /** Position in the source, 0-based and consecutive, blank rows included: tells adjacent rows apart. */
  readonly seq: number;
  readonly cells: readonly string[];
  /** Cells the reader cut short before their end (CSV): cell index → the length the cell really has. */
  readonly clipped?: ReadonlyMap<number, number> | undefined;
}

/** True when every cell is empty. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== '') return false;
  return true;
}

/** Index of the last non-empty cell, or -1. */
export function lastFilledIndex(cells: readonly string[]): number {
  for (let i = cells.length - 1; i >= 0; i--) if (cells[i] !== '') return i;
  return -1;
}
