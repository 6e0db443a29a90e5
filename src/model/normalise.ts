// RawTable rows → candidate row objects keyed by canonical field, ready for the schema check.

import type { RawTable } from '../ingest/types.js';
import { fieldDef, fieldsByTable } from './fields.js';
import { parseValue, typeNotesForwardReview, type ActTypeReading, type ParsedValue } from './parse-value.js';
import type { TableKind } from './tables.js';
import type { RowRef, TableSource } from './types.js';

export interface CandidateRow {
  /**
   * Canonical field → parsed value. Only canonical field names (fields.ts) are ever keys, so no header can reach
   * Object.prototype; the object is a plain one with fast properties (see setterFor).
   */
  readonly values: Record<string, ParsedValue>;
  /** The row's cells as read; a rejected value's text is taken from here (NormalisedTable.textOf) for its finding. */
  readonly cells: readonly string[];
  readonly extra?: ReadonlyMap<string, string>;
  readonly source: RowRef;
}

export interface NormalisedTable {
  readonly source: TableSource;
  readonly rows: readonly CandidateRow[];
  /** The cell text of a field as read (trimmed), '' when the table has no such column or the cell is empty. */
  readonly textOf: (row: CandidateRow, field: string) => string;
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

type Setter = (values: Record<string, ParsedValue>, field: string, value: ParsedValue) => void;

const setters = new Map<TableKind, Setter>();

/**
 * Stores a value under its field name with a named property store. V8 turns an object that gets more than about
 * 16 properties through computed (`values[field] = …`) stores into a dictionary (a hash table, ~1.6 KB for a
 * power's 24 fields against ~250 bytes with fast properties), which is what ran 10⁶-power inventories out of
 * memory. The setter is generated from the table's canonical field names (fields.ts, plain identifiers), so the
 * code is a fixed list of `case 'code': values.code = value` lines, compiled once per table kind.
 */
function setterFor(kind: TableKind): Setter {
  let setter = setters.get(kind);
  if (setter === undefined) {
    const names = fieldsByTable[kind].map((field) => field.name);
    if (!names.every((name) => /^[a-zA-Z][a-zA-Z0-9]*$/.test(name))) throw new Error(`field names of ${kind} are not plain identifiers`);
    const cases = names.map((name) => `case '${name}': values.${name} = value; return;`).join('\n');
    setter = new Function('values', 'field', 'value', `switch (field) {\n${cases}\ndefault: throw new Error('unknown field ' + field);\n}`) as Setter;
    setters.set(kind, setter);
  }
  return setter;
}

export function normaliseTable(table: RawTable, reading: ActTypeReading = {}): NormalisedTable {
  const source = tableSourceOf(table);
  // Resolve each column once, not per row: the first column of a field wins (ingest warned about the rest).
  const seen = new Set<string>();
  const columnIndex = new Map<string, number>();
  const plan = table.columns.map((column, index) => {
    if (column.field === undefined || seen.has(column.field)) {
      return { index, field: undefined, kind: undefined, header: column.header };
    }
    seen.add(column.field);
    columnIndex.set(column.field, index);
    return { index, field: column.field, kind: fieldDef(table.kind, column.field)?.kind, header: column.header };
  });
  const set = setterFor(table.kind);
  const typeColumn = columnIndex.get('type');
  const textAt = (cells: readonly string[], index: number | undefined): string => (index === undefined ? '' : (cells[index] ?? '').trim());

  const rows = table.rows.map((raw): CandidateRow => {
    const values: Record<string, ParsedValue> = {};
    let extra: Map<string, string> | undefined;
    for (const column of plan) {
      const text = (raw.cells[column.index] ?? '').trim();
      if (text === '') continue;
      if (column.field === undefined || column.kind === undefined) {
        (extra ??= new Map()).set(column.header, text);
        continue;
      }
      set(values, column.field, parseValue(column.kind, text, reading));
    }
    // "行政许可（审核转报）" keeps its type and sets the 审核转报 attribute unless a column states it.
    const typeText = textAt(raw.cells, typeColumn);
    if (typeText !== '' && values['forwardReview'] === undefined && typeNotesForwardReview(typeText)) {
      set(values, 'forwardReview', true);
    }
    return { values, cells: raw.cells, ...(extra ? { extra } : {}), source: { table: source, row: raw.row } };
  });
  return { source, rows, textOf: (row, field) => textAt(row.cells, columnIndex.get(field)) };
}
