// Turns the rows below a header into a RawTable: pads rows to the table's width, keeps every row with content,
// sets trailing notes ("注：…") and section headings ("一、行政处罚") aside as info findings, and flags cells
// longer than Excel allows.

import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { fieldsByTable } from '../model/fields.js';
import { tableLabels, type TableKind } from '../model/tables.js';
import { columnLetter } from './column-letter.js';
import type { HeaderColumn, HeaderMatch } from './find-header.js';
import { isBlankRow, lastFilledIndex } from './grid.js';
import type { IngestLimits } from './limits.js';
import { makeDiagnostic } from './messages.js';
import type { RawColumn, RawRow, RawTable, RowSink } from './types.js';

/** Text that opens a note or signature line under a table rather than a record. */
const notePattern = /^(注|备注|附注|说明|填表说明|填报说明|制表|填表人|填报人|审核人|负责人|联系人|联系电话|数据来源|note)/i;

export interface AssembleContext {
  readonly kind: TableKind;
  readonly file: string;
  readonly sheet?: string | undefined;
  readonly lang: Lang;
  readonly limits: IngestLimits;
  readonly header: HeaderMatch;
}

/**
 * A heading that splits a list into groups ("一、行政处罚", "（二）行政强制类（共6项）", "第三部分 行政检查"): an
 * ordinal in Chinese numerals opening a short line. Published lists put one, merged across the width, above each
 * act type's rows.
 */
const sectionPattern = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:部分|类|章|节)[、.．:：\s]?)/u;
const maxSectionChars = 40;

/** The single text of a row whose only content is one value (possibly merged across the row), else undefined. */
function singleText(cells: readonly string[]): string | undefined {
  let text: string | undefined;
  for (const cell of cells) {
    if (cell === '') continue;
    if (text === undefined) text = cell;
    else if (cell !== text) return undefined;
  }
  return text;
}

/** The text of a row whose only content is one note (possibly merged across the row), else undefined. */
function noteText(cells: readonly string[]): string | undefined {
  const text = singleText(cells);
  return text !== undefined && notePattern.test(text) ? text : undefined;
}

/**
 * The text of a section heading row: one short numbered line, alone in its row (or merged across it), in a table
 * of more than one column.
 */
function sectionText(cells: readonly string[], width: number): string | undefined {
  if (width < 2) return undefined;
  const text = singleText(cells);
  if (text === undefined || text.length > maxSectionChars || /[\r\n]/u.test(text)) return undefined;
  return sectionPattern.test(text.normalize('NFKC').trim()) || sectionPattern.test(text.trim()) ? text : undefined;
}

/** Shortens a value for a message. */
function excerpt(text: string, max = 60): string {
  // Only the start is shown: never run a regex over a cell that may hold millions of characters.
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ');
  return flat.length > max || text.length > max * 4 ? `${flat.slice(0, max)}…` : flat;
}

/**
 * Collects rows one at a time (so CSV can be streamed) and builds the table at the end; with a sink, hands each
 * record on as soon as it is known to be one and keeps none (the table `finish` returns then has no rows).
 */
export class TableAssembler {
  private readonly context: AssembleContext;
  private readonly rows: RawRow[] = [];
  private readonly sink: RowSink | undefined;
  /** Records kept or handed on. */
  private kept = 0;
  private readonly diagnostics: Diagnostic[] = [];
  /** Note-like rows seen after the data; they become records again if data follow them. */
  private pendingNotes: { row: RawRow; text: string }[] = [];
  /** Columns (by index) that hold a value in some row. */
  private readonly filled = new Set<number>();
  private width: number;

  constructor(context: AssembleContext, sink?: RowSink) {
    this.context = context;
    this.sink = sink;
    this.width = context.header.columns.length;
    this.reportHeader();
  }

  /**
   * Adds one source row; `extraRows` when merged cells folded the rows below into it; `clipped` the real lengths
   * of cells the reader already cut short.
   */
  add(row: number, source: readonly string[], extraRows = 0, clipped?: ReadonlyMap<number, number>): void {
    if (isBlankRow(source)) return;
    const cells = source.slice(0, lastFilledIndex(source) + 1);
    for (const [c, cell] of cells.entries()) {
      if (cell === '') continue;
      this.filled.add(c);
      const length = Math.max(cell.length, clipped?.get(c) ?? 0);
      if (length > this.context.limits.maxCellChars) cells[c] = this.truncate(row, c, cell, length);
    }
    if (cells.length > this.width) this.width = cells.length;
    const record: RawRow = extraRows > 0 ? { row, cells, extraRows } : { row, cells };
    const section = sectionText(cells, this.context.header.columns.length);
    if (section !== undefined) {
      const { file, sheet, lang } = this.context;
      this.diagnostics.push(makeDiagnostic('ingest/section-row', lang, { file, sheet, row, column: 'A', value: section }, { text: excerpt(section) }));
      return;
    }
    const note = noteText(cells);
    if (note !== undefined && this.kept > 0) {
      this.pendingNotes.push({ row: record, text: note });
      return;
    }
    // Data after a note-like row: that row was content after all, never drop it.
    for (const pending of this.pendingNotes) this.keep(pending.row);
    this.pendingNotes = [];
    this.keep(record);
  }

  private keep(record: RawRow): void {
    this.kept++;
    if (this.sink === undefined) this.rows.push(record);
    else this.sink.add(record);
  }

  /** The table and the findings made while reading it. */
  finish(): { table: RawTable; diagnostics: Diagnostic[] } {
    const { kind, file, sheet, lang, header } = this.context;
    for (const { row, text } of this.pendingNotes) {
      this.diagnostics.push(makeDiagnostic('ingest/note-row', lang, { file, sheet, row: row.row, column: 'A', value: text }, { text: excerpt(text) }));
    }
    const columns: RawColumn[] = header.columns.map((column) => ({ ...column }));
    for (let c = columns.length; c < this.width; c++) columns.push({ letter: columnLetter(c), header: '', field: undefined });
    // Columns without a header that hold data are kept; say so once the data are known.
    for (const [c, column] of columns.entries()) {
      if (column.header === '' && this.filled.has(c)) this.reportUnknown(column);
    }
    const width = columns.length;
    const rows = this.rows.map((row) => {
      const cells = row.cells as string[];
      while (cells.length < width) cells.push('');
      return row;
    });
    const table: RawTable = { kind, file, headerRow: header.headerRow, columns, rows, ...(sheet === undefined ? {} : { sheet }) };
    this.sink?.finish(this.kept);
    return { table, diagnostics: this.diagnostics };
  }

  private reportHeader(): void {
    const { header, kind, file, sheet, lang } = this.context;
    for (const column of header.columns) {
      if (column.field === undefined && column.header !== '' && !header.duplicates.some(([c]) => header.columns[c] === column)) {
        this.reportUnknown(column);
      }
    }
    for (const [c, first] of header.duplicates) {
      const column = header.columns[c];
      const firstColumn = header.columns[first];
      if (column === undefined || firstColumn === undefined) continue;
      const field = firstColumn.field ?? '';
      const label = fieldsByTable[kind].find((def) => def.name === field)?.label ?? field;
      this.diagnostics.push(
        makeDiagnostic('ingest/duplicate-column', lang, { file, sheet, row: header.headerRow, column: column.letter, field, value: column.header },
          { column: column.letter, header: column.header, first: firstColumn.letter, label }),
      );
    }
  }

  private reportUnknown(column: HeaderColumn): void {
    const { kind, file, sheet, lang, header } = this.context;
    const labels = fieldsByTable[kind].map((def) => def.label).join(lang === 'zh' ? '、' : ', ');
    const shown = column.header === '' ? (lang === 'zh' ? '（无列名）' : '(no header)') : column.header.replace(/\s+/g, ' ');
    this.diagnostics.push(
      makeDiagnostic('ingest/unknown-column', lang, { file, sheet, row: header.headerRow, column: column.letter, value: column.header },
        { column: column.letter, header: shown, table: tableLabels[kind][lang], labels }),
    );
  }

  private truncate(row: number, c: number, cell: string, length: number): string {
    const { file, sheet, lang, limits } = this.context;
    const field = this.context.header.columns[c]?.field;
    this.diagnostics.push(
      makeDiagnostic('ingest/cell-too-long', lang, { file, sheet, row, column: columnLetter(c), field, value: excerpt(cell, 200) },
        { length: length.toLocaleString('en-US'), limit: limits.maxCellChars.toLocaleString('en-US'), text: excerpt(cell) }),
    );
    return cell.slice(0, limits.maxCellChars);
  }
}
