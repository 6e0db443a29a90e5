// RawTable rows → candidate row objects keyed by canonical field, ready for the schema check.

import type { RawTable } from '../ingest/types.js';
import { fieldDef } from './fields.js';
import { parseValue, typeNotesForwardReview, type ActTypeReading, type ParsedValue } from './parse-value.js';
import type { RowRef, TableSource } from './types.js';

export interface CandidateRow {
  /** Canonical field → parsed value; a null-prototype object so no header can reach Object.prototype. */
  readonly values: Record<string, ParsedValue>;
  /** Canonical field → the cell text as read, for diagnostics. */
  readonly texts: Record<string, string>;
  readonly extra?: ReadonlyMap<string, string>;
  readonly source: RowRef;
}

export interface NormalisedTable {
  readonly source: TableSource;
  readonly rows: readonly CandidateRow[];
}

export function tableSourceOf(table: RawTable): TableSource {
  const columnOf = new Map<string, string>();
  for (const column of table.columns) {
    if (column.field !== undefined && !columnOf.has(column.field)) columnOf.set(column.field, column.letter);
  }
  return {
    kind: table.kind,
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    headerRow: table.headerRow,
    columnOf,
    rowCount: table.rows.length,
  };
}

export function normaliseTable(table: RawTable, reading: ActTypeReading = {}): NormalisedTable {
  const source = tableSourceOf(table);
  // Resolve each column once, not per row: the first column of a field wins (ingest warned about the rest).
  const seen = new Set<string>();
  const plan = table.columns.map((column, index) => {
    if (column.field === undefined || seen.has(column.field)) {
      return { index, field: undefined, kind: undefined, header: column.header };
    }
    seen.add(column.field);
    return { index, field: column.field, kind: fieldDef(table.kind, column.field)?.kind, header: column.header };
  });

  const rows = table.rows.map((raw): CandidateRow => {
    const values: Record<string, ParsedValue> = Object.create(null) as Record<string, ParsedValue>;
    const texts: Record<string, string> = Object.create(null) as Record<string, string>;
    let extra: Map<string, string> | undefined;
    for (const column of plan) {
      const text = (raw.cells[column.index] ?? '').trim();
      if (text === '') continue;
      if (column.field === undefined || column.kind === undefined) {
        (extra ??= new Map()).set(column.header, text);
        continue;
      }
      values[column.field] = parseValue(column.kind, text, reading);
      texts[column.field] = text;
    }
    // "行政许可（审核转报）" keeps its type and sets the 审核转报 attribute unless a column states it.
    const typeText = texts['type'];
    if (typeText !== undefined && values['forwardReview'] === undefined && typeNotesForwardReview(typeText)) {
      values['forwardReview'] = true;
    }
    return { values, texts, ...(extra ? { extra } : {}), source: { table: source, row: raw.row } };
  });
  return { source, rows };
}
