// Limits that keep a hostile or runaway file from exhausting memory. A library caller may change them
// (readInventory's `limits`); the CLI has no option for them, so its refusals say what to do with the file
// (split it, save it again, shorten the cell) and never "raise the limit".

export interface IngestLimits {
  /** Largest workbook file read at all (bytes). */
  readonly maxWorkbookBytes: number;
  /** Largest CSV/TSV file (bytes); CSV is streamed, so this is about run time, not memory. */
  readonly maxCsvBytes: number;
  /** Largest total uncompressed size of a zipped workbook's entries (bytes). */
  readonly maxUncompressedBytes: number;
  /** Largest uncompressed : compressed ratio of a large zip entry (zip bomb guard). */
  readonly maxCompressionRatio: number;
  /** An entry counts as large, and its ratio is checked, from this uncompressed size (bytes). */
  readonly ratioCheckFromBytes: number;
  /** Longest cell (characters); Excel itself stops at 32,767. */
  readonly maxCellChars: number;
  /**
   * Most cell positions a worksheet's grid may hold (each row to its last cell, plus the cells its merges fill): a
   * value in column XFD of every row would otherwise make a 200 KB file need gigabytes.
   */
  readonly maxSheetCells: number;
}

export const defaultLimits: IngestLimits = {
  maxWorkbookBytes: 200 * 1024 * 1024,
  maxCsvBytes: 4 * 1024 * 1024 * 1024,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckFromBytes: 10 * 1024 * 1024,
  maxCellChars: 32_767,
  // 10⁶ rows of 50 columns: more than a 200 MB workbook can hold.
  maxSheetCells: 50_000_000,
};

/** Defaults with the caller's overrides on top. */
export function resolveLimits(overrides: Partial<IngestLimits> = {}): IngestLimits {
  return { ...defaultLimits, ...overrides };
}
