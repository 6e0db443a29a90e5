// What the reader hands on: tables of string cells with their spreadsheet positions. Nothing of law.

import type { Diagnostic } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';

export interface RawColumn {
  /** Column letter as Excel shows it ("A", "AB"); for CSV the letter the column would have in Excel. */
  readonly letter: string;
  /** Header text as written in the file (line breaks kept). */
  readonly header: string;
  /** Canonical field (src/model/fields.ts) or undefined for an unknown column, which is kept. */
  readonly field: string | undefined;
}

export interface RawRow {
  /** 1-based row number as Excel shows it (for CSV: line record number, header = its own row). */
  readonly row: number;
  /** One string per column of `RawTable.columns`, "" for empty; dates already ISO (YYYY-MM-DD) when the cell was a date. */
  readonly cells: readonly string[];
  /** Rows after `row` that merged cells fold into this record (one power spread over several rows). */
  readonly extraRows?: number;
}

/** A table as located, before its rows are read. */
export interface RawTableHead {
  readonly kind: TableKind;
  /** File as the user gave it, POSIX separators. */
  readonly file: string;
  /** Sheet name; absent for CSV. */
  readonly sheet?: string;
  /** 1-based row of the header (a title row above it is skipped). */
  readonly headerRow: number;
  /**
   * In a RawTable every column; in a head only the header's, since a later row may hold cells to the right of
   * them (those columns have no header and no field).
   */
  readonly columns: readonly RawColumn[];
}

export interface RawTable extends RawTableHead {
  readonly rows: readonly RawRow[];
}

/**
 * Takes a table's records one at a time as they are read, instead of a RawTable that holds them all: how a large
 * CSV is normalised and checked without its raw cells ever being in memory at once.
 */
export interface RowSink {
  add(row: RawRow): void;
  /** After the last record, with how many were added. */
  finish(rowCount: number): void;
}

/** Opens the sink for one table once its header is found. */
export type OpenRowSink = (head: RawTableHead) => RowSink;

/** One inventory as read: a workbook or a folder of CSV files. */
export interface RawInventory {
  /** The path the user gave (file or folder), POSIX separators. */
  readonly source: string;
  readonly tables: readonly RawTable[];
  /** Ingest findings: unknown columns (warning), unrecognised sheets (info), … */
  readonly diagnostics: readonly Diagnostic[];
}
