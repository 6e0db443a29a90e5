// Merged cells: a merged block's value belongs to every cell it covers; and when a block in a table's identifying
// column spans several rows (one power with three 实施依据 lines in three rows), those rows are one record.

import type { TableKind } from '../model/tables.js';
import type { GridRow } from './grid.js';

/** A merged block, 0-based rows (= GridRow.seq) and columns, inclusive. */
export interface MergeRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

/** A record that may stand for several source rows. */
export interface GroupedRow {
  readonly row: number;
  readonly cells: string[];
  readonly extraRows: number;
}

/**
 * Columns whose vertical merge makes one record of several rows, and columns that must then hold one value over
 * those rows. A 主项 name merged over sub-items with their own codes is a fill-down, not one record; a step's
 * power code merged over all its steps is a fill-down too, so steps group on the step id.
 */
const identity: Readonly<Record<TableKind, { readonly merge: readonly string[]; readonly single: readonly string[] }>> = {
  powers: { merge: ['code', 'name'], single: ['code', 'name', 'subItem'] },
  posts: { merge: ['id'], single: ['id', 'name'] },
  steps: { merge: ['stepId'], single: ['powerCode', 'stepId'] },
  bases: { merge: ['title'], single: ['title'] },
  officers: { merge: ['certificateNo'], single: ['certificateNo', 'name'] },
};

/** Copies each merged block's anchor value into every cell it covers, clipped to the rows and width given. */
export function fillMerges(grid: string[][], merges: readonly MergeRange[], width: number): void {
  for (const merge of merges) {
    const value = grid[merge.s.r]?.[merge.s.c] ?? '';
    if (value === '') continue;
    const lastRow = Math.min(merge.e.r, grid.length - 1);
    const lastColumn = Math.min(merge.e.c, width - 1);
    for (let r = merge.s.r; r <= lastRow; r++) {
      const cells = grid[r];
      if (cells === undefined) continue;
      while (cells.length <= lastColumn) cells.push('');
      for (let c = merge.s.c; c <= lastColumn; c++) cells[c] = value;
    }
  }
}

/** One value for a column over several rows: the common value, or the distinct lines joined by "\n". */
function combine(values: readonly string[]): string {
  const first = values[0] ?? '';
  if (values.every((value) => value === first)) return first;
  const lines: string[] = [];
  for (const value of values) if (value !== '' && value !== lines[lines.length - 1]) lines.push(value);
  return lines.join('\n');
}

/**
 * The data rows with merged records folded: rows covered by a vertical merge in an identifying column become one
 * record at the first row, with `extraRows` saying how many rows it absorbed.
 */
export function groupMergedRows(
  kind: TableKind,
  fields: readonly (string | undefined)[],
  rows: readonly GridRow[],
  merges: readonly MergeRange[],
): GroupedRow[] {
  const first = rows[0]?.seq ?? 0;
  const last = rows[rows.length - 1]?.seq ?? -1;
  const bySeq = new Map(rows.map((row) => [row.seq, row] as const));
  const columnsOf = (names: readonly string[]): number[] =>
    fields.flatMap((field, c) => (field !== undefined && names.includes(field) ? [c] : []));
  const mergeColumns = new Set(columnsOf(identity[kind].merge));
  const singleColumns = columnsOf(identity[kind].single);

  const groups: [number, number][] = [];
  for (const merge of merges) {
    if (merge.e.r <= merge.s.r || !mergeColumns.has(merge.s.c) || merge.s.r < first) continue;
    const end = Math.min(merge.e.r, last);
    const single = singleColumns.every((c) => {
      const values = new Set<string>();
      for (let r = merge.s.r; r <= end; r++) {
        const value = bySeq.get(r)?.cells[c] ?? '';
        if (value !== '') values.add(value);
      }
      return values.size <= 1;
    });
    if (single && end > merge.s.r) groups.push([merge.s.r, end]);
  }
  groups.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const starts = new Map<number, number>();
  let covered = -1;
  for (const [start, end] of groups) {
    if (start <= covered) continue;
    starts.set(start, end);
    covered = end;
  }

  const out: GroupedRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const end = starts.get(row.seq);
    if (end === undefined) {
      out.push({ row: row.row, cells: [...row.cells], extraRows: 0 });
      continue;
    }
    const members: GridRow[] = [];
    while (i < rows.length && (rows[i]?.seq ?? Infinity) <= end) members.push(rows[i++] as GridRow);
    i--;
    const width = Math.max(...members.map((member) => member.cells.length));
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push(combine(members.map((member) => member.cells[c] ?? '')));
    out.push({ row: row.row, cells, extraRows: end - row.seq });
  }
  return out;
}
