// Reads inventories or plain lists (a 名称 column, optionally 类型, 编码, 子项, 实施依据) and classifies every row.

import { classifyPower, parseDeclaredType } from '../classify/index.js';
import type { Classification, ClassifiedTypeId, ClassifyInput, ClassifyVariant } from '../classify/index.js';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { expandInputs, readInventory, type RawTable } from '../ingest/index.js';

export interface ClassifyInputsOptions {
  /** Paths are resolved against and shown relative to this folder; default `process.cwd()`. */
  readonly cwd?: string;
  /** Language of diagnostics; default Chinese. */
  readonly lang?: Lang;
  /** Local act-type variant (fees split, legacy 非行政许可审批). */
  readonly variant?: ClassifyVariant;
}

/** One classified row, pointing back at its place in the input. */
export interface ClassifiedRow {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row as Excel shows it. */
  readonly row: number;
  readonly code?: string;
  readonly name: string;
  /** The type cell as written, when not empty. */
  readonly declaredText?: string;
  /** The declared type read with the variant; absent when empty or not a known spelling. */
  readonly declared?: ClassifiedTypeId;
  /** The 实施主体/department cell, when the table has one. */
  readonly department?: string;
  /** The 来源/source cell of a labelled file (where the name was collected), when the table has one. */
  readonly source?: string;
  /** What the classifier was given (name, sub-item, basis text, code, department). */
  readonly input: ClassifyInput;
  readonly classification: Classification;
}

/** An input that could not be read; with several inputs the others are still classified. */
export interface UnreadableList {
  readonly source: string;
  readonly error: ToolkitError;
}

export interface ClassifiedInputs {
  /** Every row with a name, in input order (inputs sorted as `expandInputs` gives them, rows top to bottom). */
  readonly rows: readonly ClassifiedRow[];
  /** Ingest findings, plus one warning per row whose name is empty. */
  readonly diagnostics: readonly Diagnostic[];
  /** The powers tables read, in order (`--write` copies the first). */
  readonly tables: readonly RawTable[];
  readonly unreadable: readonly UnreadableList[];
}

const emptyName = {
  message: {
    zh: '本行有内容但事项名称为空，未分类',
    en: 'This row has content but no name, so it was not classified',
  },
  hint: {
    zh: '填写事项名称，或删除本行',
    en: 'Fill in the name, or delete the row',
  },
} as const;

/** The cell of `field` in a row, trimmed; undefined when the table has no such column or the cell is empty. */
function cellOf(table: RawTable, cells: readonly string[], field: string): string | undefined {
  const index = table.columns.findIndex((column) => column.field === field);
  const text = index < 0 ? undefined : cells[index]?.trim();
  return text === undefined || text === '' ? undefined : text;
}

/** Headers of a labelled file's source column (not an inventory field, so matched here by its header). */
const sourceHeaders = new Set(['source', '来源', '数据来源', '出处', '样本来源']);

/**
 * A source as the figures group it: the cell without a trailing remark in brackets, so
 * "github:owner/repo/file.js (四川政务服务网, taskType=7)" and "… taskType=10" are one source, not one per type.
 */
export function sourceName(cell: string): string | undefined {
  const name = cell.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '').trim();
  return name === '' ? (cell.trim() === '' ? undefined : cell.trim()) : name;
}

/** Classifies the rows of one powers table. */
export function classifyTable(
  table: RawTable, variant: ClassifyVariant, lang: Lang,
): { rows: ClassifiedRow[]; diagnostics: Diagnostic[] } {
  const rows: ClassifiedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const nameColumn = table.columns.find((column) => column.field === 'name')?.letter;
  const where = { file: table.file, ...(table.sheet === undefined ? {} : { sheet: table.sheet }) };
  const sourceIndex = table.columns.findIndex((column) => column.field === undefined && sourceHeaders.has(column.header.trim().toLowerCase()));
  for (const raw of table.rows) {
    const name = cellOf(table, raw.cells, 'name');
    if (name === undefined) {
      diagnostics.push({
        ruleId: 'classify/empty-name', severity: 'warning', message: emptyName.message[lang], hint: emptyName.hint[lang],
        ...where, row: raw.row, ...(nameColumn === undefined ? {} : { column: nameColumn }), field: 'name',
      });
      continue;
    }
    const code = cellOf(table, raw.cells, 'code');
    const subItem = cellOf(table, raw.cells, 'subItem');
    const basisText = cellOf(table, raw.cells, 'basisText');
    const declaredText = cellOf(table, raw.cells, 'type');
    const department = cellOf(table, raw.cells, 'department');
    const sourceCell = sourceIndex < 0 ? undefined : raw.cells[sourceIndex]?.trim();
    const source = sourceCell === undefined ? undefined : sourceName(sourceCell);
    const declared = declaredText === undefined ? undefined : parseDeclaredType(declaredText, variant);
    const input: ClassifyInput = {
      name,
      ...(subItem === undefined ? {} : { subItem }),
      ...(basisText === undefined ? {} : { basisText }),
      ...(code === undefined ? {} : { code }),
      ...(department === undefined ? {} : { department }),
    };
    rows.push({
      ...where, row: raw.row,
      ...(code === undefined ? {} : { code }),
      name,
      ...(declaredText === undefined ? {} : { declaredText }),
      ...(declared === undefined ? {} : { declared }),
      ...(department === undefined ? {} : { department }),
      ...(source === undefined ? {} : { source }),
      input,
      classification: classifyPower(input, { variant }),
    });
  }
  return { rows, diagnostics };
}

/**
 * Classifies every power of the inputs (inventories, folders, globs, or plain lists read as a powers table).
 * Throws `ToolkitError` when the only input cannot be read; with several, unreadable ones are listed instead.
 */
export async function classifyInputs(inputs: readonly string[], options: ClassifyInputsOptions = {}): Promise<ClassifiedInputs> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? 'zh';
  const variant = options.variant ?? {};
  const sources = await expandInputs(inputs, cwd);
  const rows: ClassifiedRow[] = [];
  const diagnostics: Diagnostic[] = [];
  const tables: RawTable[] = [];
  const unreadable: UnreadableList[] = [];
  for (const source of sources) {
    let raw;
    try {
      raw = await readInventory(source, { cwd, lang, assumeTable: 'powers' });
    } catch (error) {
      if (!(error instanceof ToolkitError) || sources.length === 1) throw error;
      unreadable.push({ source, error });
      continue;
    }
    diagnostics.push(...raw.diagnostics);
    for (const table of raw.tables) {
      if (table.kind !== 'powers') continue;
      tables.push(table);
      const classified = classifyTable(table, variant, lang);
      rows.push(...classified.rows);
      diagnostics.push(...classified.diagnostics);
    }
  }
  return { rows, diagnostics, tables, unreadable };
}
