// Which of the five tables a sheet or CSV file is: by its name first, by its header row otherwise.

import { fieldForHeader, fieldsByTable } from '../model/fields.js';
import { tableKinds, tableNameAliases, type TableKind } from '../model/tables.js';
import { identityFields } from '../model/types.js';
import type { GridRow } from './grid.js';

/** Name normalised for comparison: NFKC (full → half width), no whitespace, lower case. */
function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/[\s\u3000]+/g, '').toLowerCase();
}

/**
 * The table a sheet or file name announces. An exact alias wins; otherwise the longest alias contained in the
 * name, so "附件1 执法事项清单" and "2024权责清单" are read, and "执法岗位清单" is posts rather than anything
 * matching only "岗位".
 */
export function tableKindFromName(name: string): TableKind | undefined {
  const key = normaliseName(name);
  if (key === '') return undefined;
  let best: { kind: TableKind; length: number } | undefined;
  for (const kind of tableKinds) {
    for (const alias of tableNameAliases[kind]) {
      const normalised = normaliseName(alias);
      if (normalised === key) return kind;
      if (key.includes(normalised) && (best === undefined || normalised.length > best.length)) {
        best = { kind, length: normalised.length };
      }
    }
  }
  return best?.kind;
}

/** The distinct known fields a row's cells name in a table. */
export function knownFields(kind: TableKind, cells: readonly string[]): Set<string> {
  const fields = new Set<string>();
  for (const cell of cells) {
    if (cell === '') continue;
    const field = fieldForHeader(kind, cell);
    if (field !== undefined) fields.add(field);
  }
  return fields;
}

/** Headers needed to take a sheet with an unrecognised name as a table: this many known columns… */
const minKnownForUnnamed = 3;
/** …the identity columns, and every required column but this many (reported by the schema check instead). */
const maxMissingRequiredForUnnamed = 1;

/**
 * The table a header row identifies when the name did not: at least three known columns, including the table's
 * identity columns and all required ones but one — a 综合行政执法事项指导目录 (序号|事项名称|职权类型|实施依据|实施主体|…)
 * has no code column, and is better read with one "missing column" finding than refused. The kind with most
 * known columns wins; ties go to the order of `tableKinds`.
 */
export function tableKindFromHeader(candidates: readonly GridRow[]): TableKind | undefined {
  let best: { kind: TableKind; score: number } | undefined;
  for (const candidate of candidates) {
    for (const kind of tableKinds) {
      const fields = knownFields(kind, candidate.cells);
      if (fields.size < minKnownForUnnamed) continue;
      if (!identityFields[kind].every((field) => fields.has(field))) continue;
      const required = fieldsByTable[kind].filter((field) => field.required === true);
      const missing = required.filter((field) => !fields.has(field.name)).length;
      if (missing > maxMissingRequiredForUnnamed) continue;
      if (best === undefined || fields.size > best.score) best = { kind, score: fields.size };
    }
    if (best !== undefined) return best.kind;
  }
  return undefined;
}
