// RawTable rows → candidate row objects keyed by canonical field, ready for the schema check.

import type { RawRow, RawTable, RawTableHead } from '../ingest/types.js';
import { fieldDef, fieldsByTable, type FieldKind } from './fields.js';
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

type OpenTableSource = { -readonly [K in keyof TableSource]: TableSource[K] };

/** The table's source, its row count set once the last row is in (records point at this one object). */
function tableSourceOf(table: RawTableHead): OpenTableSource {
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
    rowCount: 0,
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

/**
 * A copy of a string that holds on to nothing else. A CSV cell of 13 characters or more is a slice of the
 * megabyte of decoded text it was read from; a record keeping the slice keeps that whole text alive, so a
 * 10⁶-power file stayed in memory after its RawTables were let go. Shorter strings are copies already.
 */
const detached = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));

const detachedValue = (value: ParsedValue): ParsedValue =>
  typeof value === 'string' ? detached(value) : typeof value === 'boolean' ? value : value.map(detached);

/** Distinct texts a column may keep shared before it is treated as one of mostly distinct values. */
const sharedLimit = 1 << 16;

/**
 * Parses a column's cells, sharing one value between the cells of the same text: inventories repeat 部门, 承办机构,
 * 责任事项 and 追责情形 texts in most rows, and a shared string costs its memory once. A column that turns out to
 * hold mostly distinct texts (codes, citations) stops sharing after 4,096 cells. List values are not shared, so no
 * two records hold the same array.
 */
class ColumnValues {
  private shared: Map<string, ParsedValue> | undefined;
  private cells = 0;

  constructor(
    private readonly kind: FieldKind,
    private readonly reading: ActTypeReading,
  ) {
    this.shared = kind === 'list' ? undefined : new Map();
  }

  valueOf(text: string): ParsedValue {
    const shared = this.shared;
    if (shared === undefined) return detachedValue(parseValue(this.kind, text, this.reading));
    let value = shared.get(text);
    if (value === undefined) {
      const key = detached(text);
      value = this.kind === 'text' ? key : detachedValue(parseValue(this.kind, text, this.reading));
      if (shared.size < sharedLimit) shared.set(key, value);
    }
    if (++this.cells === 4096 && shared.size > 2048) this.shared = undefined;
    return value;
  }
}

interface ColumnPlan {
  readonly index: number;
  readonly field: string | undefined;
  readonly values: ColumnValues | undefined;
  readonly header: string;
}

const textAt = (cells: readonly string[], index: number | undefined): string => (index === undefined ? '' : (cells[index] ?? '').trim());

/**
 * Normalises a table's rows one at a time, in reading order (what `normaliseTable` does for a whole RawTable), so
 * rows streamed from a CSV reader are normalised as they come. `finish` sets the row count on the table's source.
 */
export class TableNormaliser {
  readonly source: TableSource;
  private readonly open: OpenTableSource;
  private readonly plan: readonly ColumnPlan[];
  private readonly columnIndex = new Map<string, number>();
  private readonly set: Setter;
  private readonly typeColumn: number | undefined;

  /** `head.columns` may stop short of a row's last cells: those columns have no header and no field. */
  constructor(head: RawTableHead, reading: ActTypeReading = {}) {
    this.open = tableSourceOf(head);
    this.source = this.open;
    // Resolve each column once, not per row: the first column of a field wins (ingest warned about the rest).
    const seen = new Set<string>();
    this.plan = head.columns.map((column, index): ColumnPlan => {
      const unknown = { index, field: undefined, values: undefined, header: column.header };
      if (column.field === undefined || seen.has(column.field)) return unknown;
      seen.add(column.field);
      const kind = fieldDef(head.kind, column.field)?.kind;
      if (kind === undefined) return unknown;
      this.columnIndex.set(column.field, index);
      return { index, field: column.field, values: new ColumnValues(kind, reading), header: column.header };
    });
    this.set = setterFor(head.kind);
    this.typeColumn = this.columnIndex.get('type');
  }

  add(raw: RawRow): CandidateRow {
    const values: Record<string, ParsedValue> = {};
    let extra: Map<string, string> | undefined;
    for (const column of this.plan) {
      const text = (raw.cells[column.index] ?? '').trim();
      if (text === '') continue;
      if (column.field === undefined || column.values === undefined) {
        (extra ??= new Map()).set(column.header, detached(text));
        continue;
      }
      this.set(values, column.field, column.values.valueOf(text));
    }
    // Cells right of the header's columns (only when the head was given before the rows): unknown, no header.
    for (let index = this.plan.length; index < raw.cells.length; index++) {
      const text = (raw.cells[index] ?? '').trim();
      if (text !== '') (extra ??= new Map()).set('', detached(text));
    }
    // "行政许可（审核转报）" keeps its type and sets the 审核转报 attribute unless a column states it.
    const typeText = textAt(raw.cells, this.typeColumn);
    if (typeText !== '' && values['forwardReview'] === undefined && typeNotesForwardReview(typeText)) {
      this.set(values, 'forwardReview', true);
    }
    return { values, cells: raw.cells, ...(extra ? { extra } : {}), source: { table: this.source, row: raw.row } };
  }

  /** The cell text of a field as read (trimmed), '' when the table has no such column or the cell is empty. */
  readonly textOf = (row: CandidateRow, field: string): string => textAt(row.cells, this.columnIndex.get(field));

  finish(rowCount: number): void {
    this.open.rowCount = rowCount;
  }
}

export function normaliseTable(table: RawTable, reading: ActTypeReading = {}): NormalisedTable {
  const normaliser = new TableNormaliser(table, reading);
  const rows = table.rows.map((raw) => normaliser.add(raw));
  normaliser.finish(table.rows.length);
  return { source: normaliser.source, rows, textOf: normaliser.textOf };
}
