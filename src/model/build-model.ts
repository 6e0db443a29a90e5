// Checked rows → one Inventory of typed records per workbook / CSV folder.

import type { TableKind } from './tables.js';
import type { Inventory, RecordOf, TableSource } from './types.js';
import type { ParsedValue } from './parse-value.js';
import type { RowRef } from './types.js';

export interface ValidRows {
  readonly kind: TableKind;
  readonly source: TableSource;
  readonly rows: ReadonlyArray<{
    readonly values: Readonly<Record<string, ParsedValue>>;
    readonly source: RowRef;
    readonly extra?: ReadonlyMap<string, string>;
  }>;
  readonly omitted?: ReadonlyArray<{ readonly values: Readonly<Record<string, ParsedValue>> }>;
}

/** Several tables of the same kind (e.g. two 执法事项 sheets) are concatenated in reading order. */
export function buildInventory(sourcePath: string, tables: readonly ValidRows[]): Inventory {
  const records = { bases: [], powers: [], posts: [], officers: [], steps: [] } as {
    [K in TableKind]: Array<RecordOf<K>>;
  };
  for (const table of tables) {
    const bucket = records[table.kind] as Array<Record<string, unknown>>;
    for (const row of table.rows) {
      // The schema check guaranteed the shape for this table; the cast names that guarantee.
      bucket.push({ ...row.values, source: row.source, ...(row.extra ? { extra: row.extra } : {}) });
    }
  }
  const omittedText = (kind: TableKind, field: string): string[] =>
    tables
      .filter((t) => t.kind === kind)
      .flatMap((t) => (t.omitted ?? []).map((row) => row.values[field]))
      .filter((value): value is string => typeof value === 'string');
  return {
    source: sourcePath,
    tables: tables.map((t) => t.source),
    ...records,
    omittedKeys: { powerCodes: omittedText('powers', 'code'), postNames: omittedText('posts', 'name') },
  };
}
