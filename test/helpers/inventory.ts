// Builds in-memory inventories for rule tests: rows as plain objects, sources as a workbook would give them.

import { fieldsByTable } from '../../src/model/fields.js';
import type { TableKind } from '../../src/model/tables.js';
import { tableKinds, tableLabels } from '../../src/model/tables.js';
import type { Inventory, RowTypes, TableSource } from '../../src/model/types.js';

export type TableRows = { readonly [K in TableKind]?: ReadonlyArray<Partial<RowTypes[K]>> };

const letter = (index: number): string => {
  let n = index + 1;
  let text = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    text = String.fromCharCode(65 + rem) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
};

/** Each table becomes a sheet named by its Chinese label, header in row 1, fields in template order. */
export function inventoryOf(tables: TableRows, file = 'test.xlsx'): Inventory {
  const sources: TableSource[] = [];
  const records: Record<string, unknown[]> = { bases: [], powers: [], posts: [], officers: [], steps: [] };
  for (const kind of tableKinds) {
    const rows = tables[kind];
    if (!rows) continue;
    const source: TableSource = {
      kind,
      file,
      sheet: tableLabels[kind].zh,
      headerRow: 1,
      columnOf: new Map(fieldsByTable[kind].map((field, i) => [field.name, letter(i)])),
      rowCount: rows.length,
    };
    sources.push(source);
    records[kind] = rows.map((row, i) => ({ ...row, source: { table: source, row: i + 2 } }));
  }
  return { source: file, tables: sources, omittedKeys: { powerCodes: [], postNames: [] }, ...(records as unknown as Omit<Inventory, 'source' | 'tables' | 'omittedKeys'>) };
}

/** The same inventory with some columns of a table missing, as a published list without them would read. */
export function withoutColumns(inventory: Inventory, kind: TableKind, fields: readonly string[]): Inventory {
  const tables = inventory.tables.map((t) =>
    t.kind === kind ? { ...t, columnOf: new Map([...t.columnOf].filter(([field]) => !fields.includes(field))) } : t,
  );
  const swap = new Map(inventory.tables.map((t, i) => [t, tables[i]!] as const));
  const move = <R extends { source: { table: TableSource; row: number } }>(records: readonly R[]): R[] =>
    records.map((r) => ({ ...r, source: { ...r.source, table: swap.get(r.source.table) ?? r.source.table } }));
  return {
    ...inventory,
    tables,
    bases: move(inventory.bases),
    powers: move(inventory.powers),
    posts: move(inventory.posts),
    officers: move(inventory.officers),
    steps: move(inventory.steps),
  };
}

export const columnOf = (kind: TableKind, field: string): string =>
  letter(fieldsByTable[kind].findIndex((f) => f.name === field));
