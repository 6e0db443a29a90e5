// Checked rows → one Inventory of typed records per workbook / CSV folder.

import type { TableKind } from './tables.js';
import type { Inventory, PowerRecord, RecordOf, TableSource } from './types.js';
import type { ParsedValue } from './parse-value.js';
import type { RowRef } from './types.js';

/** One checked row: its accepted values, where it is, and its unknown columns. */
export interface ValidRow {
  readonly values: Readonly<Record<string, ParsedValue>>;
  readonly source: RowRef;
  readonly extra?: ReadonlyMap<string, string>;
}

export interface ValidRows {
  readonly kind: TableKind;
  readonly source: TableSource;
  readonly rows: ReadonlyArray<ValidRow>;
  readonly omitted?: ReadonlyArray<{ readonly values: Readonly<Record<string, ParsedValue>> }>;
}

/** Takes one table's checked rows as they come: records for the model, and rows left out of it. */
export interface TableRecords {
  add(row: ValidRow): void;
  /** A row left out of the model for a missing identity field (other tables may still refer to it). */
  omit(row: { readonly values: Readonly<Record<string, ParsedValue>> }): void;
}

/**
 * Builds an Inventory table by table, row by row, so a streamed table's records are made as its rows are checked
 * (no array of checked rows beside the records). Several tables of the same kind (e.g. two 执法事项 sheets) are
 * concatenated in the order they are opened.
 */
export class InventoryBuilder {
  private readonly records = { bases: [], powers: [], posts: [], officers: [], steps: [] } as {
    [K in TableKind]: Array<RecordOf<K>>;
  };
  private readonly tables: TableSource[] = [];
  private readonly omittedPowerCodes: string[] = [];
  private readonly omittedPostNames: string[] = [];

  /** With `powersTo`, each power record goes there as it is made and the model's powers stay empty. */
  constructor(private readonly powersTo?: (power: PowerRecord) => void) {}

  openTable(kind: TableKind, source: TableSource): TableRecords {
    this.tables.push(source);
    const bucket = this.records[kind] as Array<Record<string, unknown>>;
    const omittedKeys = kind === 'powers' ? this.omittedPowerCodes : kind === 'posts' ? this.omittedPostNames : undefined;
    const keyField = kind === 'powers' ? 'code' : 'name';
    const { powersTo } = this;
    // The schema check guaranteed the shape for this table; the casts name that guarantee.
    const recordOf = (row: ValidRow): Record<string, unknown> => ({ ...row.values, source: row.source, ...(row.extra ? { extra: row.extra } : {}) });
    return {
      add: kind === 'powers' && powersTo !== undefined
        ? (row) => powersTo(recordOf(row) as unknown as PowerRecord)
        : (row) => void bucket.push(recordOf(row)),
      omit: (row) => {
        const key = row.values[keyField];
        if (omittedKeys !== undefined && typeof key === 'string') omittedKeys.push(key);
      },
    };
  }

  addTable(table: ValidRows): void {
    const records = this.openTable(table.kind, table.source);
    for (const row of table.rows) records.add(row);
    for (const row of table.omitted ?? []) records.omit(row);
  }

  /** The inventory so far without its powers: every table opened, with the records of all but a streamed powers table. */
  view(sourcePath: string): Omit<Inventory, 'powers'> {
    const { bases, posts, officers, steps } = this.records;
    return {
      source: sourcePath, tables: this.tables, bases, posts, officers, steps,
      omittedKeys: { powerCodes: this.omittedPowerCodes, postNames: this.omittedPostNames },
    };
  }

  /** `inFileOrder`: list the tables by file (stably), as a folder lists them, whatever order they were read in. */
  finish(sourcePath: string, inFileOrder = false): Inventory {
    const byFile = (a: TableSource, b: TableSource): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
    return {
      source: sourcePath,
      tables: inFileOrder ? [...this.tables].sort(byFile) : this.tables,
      ...this.records,
      omittedKeys: { powerCodes: this.omittedPowerCodes, postNames: this.omittedPostNames },
    };
  }
}

/** Several tables of the same kind (e.g. two 执法事项 sheets) are concatenated in reading order. */
export function buildInventory(sourcePath: string, tables: readonly ValidRows[]): Inventory {
  const builder = new InventoryBuilder();
  for (const table of tables) builder.addTable(table);
  return builder.finish(sourcePath);
}
