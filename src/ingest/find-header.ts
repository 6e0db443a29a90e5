// Finds the header row under any title rows, reads a two-row header (group header over sub-headers), and maps
// each column to its canonical field.

import { fieldForHeader } from '../model/fields.js';
import type { TableKind } from '../model/tables.js';
import { columnLetter } from './column-letter.js';
import { lastFilledIndex, type GridRow } from './grid.js';
import { knownFields } from './table-kind.js';

/** Known columns a row needs to be taken as the header row. */
const minKnownForHeader = 2;

/** Tells whether a cell's value was copied from a merged block anchored in another column of the same row. */
export type IsMergeCopy = (seq: number, column: number) => boolean;

export interface HeaderColumn {
  readonly letter: string;
  readonly header: string;
  readonly field: string | undefined;
}

export interface HeaderMatch {
  /** Index, in the candidates given, of the header row. */
  readonly index: number;
  readonly headerRow: number;
  /** The sub-header row of a two-row header, when there is one; data start below it. */
  readonly subHeader?: GridRow;
  readonly columns: readonly HeaderColumn[];
  /** Columns whose field an earlier column already has: [column index, index of the first]. */
  readonly duplicates: readonly (readonly [number, number])[];
}

/** Looser header search for a table whose kind the caller already knows (a plain list read with `assumeTable`). */
export interface HeaderSearch {
  /** Known columns the header row needs; default 2. */
  readonly minKnown?: number;
  /** A field the header row must have. */
  readonly requireField?: string;
}

/**
 * The header among the candidate rows (the first non-empty rows of a sheet): the first with at least two known
 * columns. Rows above it are titles and are skipped.
 */
export function findHeader(
  kind: TableKind,
  candidates: readonly GridRow[],
  isMergeCopy: IsMergeCopy = () => false,
  search: HeaderSearch = {},
): HeaderMatch | undefined {
  const minKnown = search.minKnown ?? minKnownForHeader;
  const index = candidates.findIndex((candidate) => {
    const fields = knownFields(kind, candidate.cells);
    return fields.size >= minKnown && (search.requireField === undefined || fields.has(search.requireField));
  });
  const top = candidates[index];
  if (top === undefined) return undefined;
  const next = candidates[index + 1];
  const below = next !== undefined && next.seq === top.seq + 1 ? next : undefined;

  const width = Math.max(lastFilledIndex(top.cells), below === undefined ? -1 : lastFilledIndex(below.cells)) + 1;
  const topText = (c: number): string => top.cells[c] ?? '';
  const belowText = (c: number): string => below?.cells[c] ?? '';
  // A column may take its name from the row below when its own header cell is empty, unknown, or part of a
  // group header merged across several columns ("责任事项" over "责任事项内容 | 责任事项依据").
  const mayUseBelow = (c: number): boolean =>
    topText(c) === '' ||
    fieldForHeader(kind, topText(c)) === undefined ||
    isMergeCopy(top.seq, c) ||
    (c + 1 < width && isMergeCopy(top.seq, c + 1) && topText(c + 1) === topText(c));

  let useBelow = false;
  if (below !== undefined) {
    let known = 0;
    let unknown = 0;
    let fills = 0;
    for (let c = 0; c < width; c++) {
      const text = belowText(c);
      if (text === '' || text === topText(c)) continue; // empty, or a vertical merge filled down
      const field = fieldForHeader(kind, text);
      if (field === undefined) unknown++;
      else {
        known++;
        if (mayUseBelow(c)) fills++;
      }
    }
    useBelow = fills >= 1 && known >= unknown;
  }

  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const fromBelow = useBelow && belowText(c) !== '' && fieldForHeader(kind, belowText(c)) !== undefined && mayUseBelow(c);
    const header = fromBelow ? belowText(c) : topText(c) !== '' ? topText(c) : useBelow ? belowText(c) : '';
    const field = header === '' || (!fromBelow && isMergeCopy(top.seq, c)) ? undefined : fieldForHeader(kind, header);
    columns.push({ letter: columnLetter(c), header, field });
  }

  const duplicates: [number, number][] = [];
  const firstOf = new Map<string, number>();
  for (const [c, column] of columns.entries()) {
    if (column.field === undefined) continue;
    const first = firstOf.get(column.field);
    if (first === undefined) firstOf.set(column.field, c);
    else {
      duplicates.push([c, first]);
      columns[c] = { ...column, field: undefined };
    }
  }

  const match: { -readonly [K in keyof HeaderMatch]: HeaderMatch[K] } = { index, headerRow: top.row, columns, duplicates };
  if (useBelow && below !== undefined) match.subHeader = below;
  return match;
}
