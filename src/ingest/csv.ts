// Reads one CSV/TSV file as a stream of records, and builds a RawTable from that stream.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { TableAssembler } from './assemble-table.js';
import { columnLetter } from './column-letter.js';
import { CsvParser, type CsvRecord } from './csv-parser.js';
import { decodeTextPieces, detectFileEncoding, streamFileText } from './decode-text.js';
import { isBlankRow, type GridRow } from './grid.js';
import type { IngestLimits } from './limits.js';
import { headerSearchRows, locateTable, skippedDiagnostic } from './locate-table.js';
import { makeDiagnostic } from './messages.js';
import type { OpenRowSink, RawTable } from './types.js';
import type { TableKind } from '../model/tables.js';

export interface CsvRow {
  /**
   * 1-based record number: the row Excel (and WPS) shows when it opens the file, where a quoted cell
   * with line breaks stays in one row. The physical line can be larger.
   */
  readonly row: number;
  readonly cells: string[];
  /** Cells cut short at `maxFieldChars`: cell index → the length the cell really has in the file. */
  readonly clipped?: ReadonlyMap<number, number>;
}

export interface CsvStreamOptions {
  /** "," or "\t"; by default tab for .tsv, comma otherwise, and tab when the first line has tabs and no commas. */
  readonly delimiter?: ',' | '\t';
  /** Stop growing a cell past this many characters (a guard against an unclosed quote in a huge file). */
  readonly maxFieldChars?: number;
  /**
   * Called at the end when a quote was never closed: `row` is the record holding it (the last one, which took in
   * everything after the quote), `line` the physical line of the file the quote is on, `cell` the 0-based index of
   * the cell it opened.
   */
  readonly onUnclosedQuote?: (line: number, row: number, cell: number) => void;
  /**
   * Files up to this size (bytes) are read and decoded in one piece; larger ones are streamed twice, once to
   * check the encoding and once to parse, in bounded memory. Default 32 MB.
   */
  readonly wholeFileBytes?: number;
}

/** Characters of a file's opening that decide its delimiter. */
const sniffChars = 65536;

/** The delimiter for a file: tab for .tsv, or when the first line holding a tab or comma has tabs only. */
function sniffDelimiter(path: string, firstText: string): ',' | '\t' {
  if (extname(path).toLowerCase() === '.tsv') return '\t';
  for (const line of firstText.split(/\r\n|\n|\r/, 20)) {
    const tab = line.includes('\t');
    const comma = line.includes(',');
    if (tab || comma) return tab && !comma ? '\t' : ',';
  }
  return ',';
}

/**
 * The records of a CSV/TSV file, streamed in bounded memory: UTF-8 (BOM or not) or GB18030, decided on the whole
 * file. Cells are as written (not trimmed).
 */
export async function* streamCsvRows(path: string, options: CsvStreamOptions = {}): AsyncGenerator<CsvRow> {
  const size = (await stat(path)).size;
  let chunks: AsyncIterable<string> | Iterable<string>;
  if (size <= (options.wholeFileBytes ?? 32 * 1024 * 1024)) {
    chunks = decodeTextPieces(await readFile(path));
  } else {
    chunks = streamFileText(path, await detectFileEncoding(path));
  }
  let parser: CsvParser | undefined;
  // The delimiter is sniffed from the first 64 K characters, which may span several decoded pieces.
  let opening: string[] | undefined = [];
  let openingChars = 0;
  const start = (): CsvParser => {
    const head = (opening ?? []).join('').slice(0, sniffChars);
    return new CsvParser(options.delimiter ?? sniffDelimiter(path, head), options.maxFieldChars);
  };
  let row = 0;
  for await (const text of chunks) {
    if (opening !== undefined) {
      opening.push(text);
      openingChars += text.length;
      if (openingChars < sniffChars) continue;
      parser = start();
      const pieces = opening;
      opening = undefined;
      for (const piece of pieces) for (const record of parser.push(piece)) yield csvRow(++row, record);
      continue;
    }
    for (const record of (parser ??= start()).push(text)) yield csvRow(++row, record);
  }
  if (opening !== undefined && opening.length > 0) {
    parser = start();
    for (const piece of opening) for (const record of parser.push(piece)) yield csvRow(++row, record);
  }
  if (parser === undefined) return;
  for (const record of parser.end()) yield csvRow(++row, record);
  if (parser.unclosedQuoteLine > 0) options.onUnclosedQuote?.(parser.unclosedQuoteLine, row, parser.unclosedQuoteCell);
}

function csvRow(row: number, record: CsvRecord): CsvRow {
  return record.clipped === undefined ? { row, cells: record.cells } : { row, cells: record.cells, clipped: record.clipped };
}

export interface CsvTableResult {
  /** Undefined when the file is not a table, or when its rows went to a sink. */
  readonly table: RawTable | undefined;
  /** The file was a table whose rows went to the sink. */
  readonly streamed: boolean;
  readonly diagnostics: readonly Diagnostic[];
}

/** A cell trimmed at both ends, with CRLF inside it made LF as in a workbook cell. */
function cleanCell(cell: string): string {
  const trimmed = cell.trim();
  return trimmed.includes('\r') ? trimmed.replace(/\r\n?/g, '\n') : trimmed;
}

/**
 * Reads one CSV/TSV file into a table named by its file name (or recognised by its header); with `assume`, a file
 * that is neither is read as that table when its header has the table's identity column. With `openSink`, the
 * table's records go to the sink it opens as they are read, and no RawTable is built.
 */
export async function readCsvTable(
  path: string, file: string, lang: Lang, limits: IngestLimits, assume?: TableKind, openSink?: OpenRowSink,
): Promise<CsvTableResult> {
  const name = basename(path, extname(path));
  const diagnostics: Diagnostic[] = [];
  let unclosed = 0;
  let unclosedCell = 0;
  const rows = streamCsvRows(path, {
    // Memory guard (an unclosed quote in a huge file); the parser still counts a longer cell's real length.
    maxFieldChars: limits.maxCellChars * 4,
    // The record's row, as for every other finding, so the annotated copy marks the cell that took in the rest.
    onUnclosedQuote: (_line, row, cell) => {
      unclosed = row;
      unclosedCell = cell;
    },
  });

  const head: GridRow[] = [];
  let nonEmpty = 0;
  let seq = 0;
  let assembler: TableAssembler | undefined;
  /** Once the first rows are in: find the header, then hand the rows below it to a new assembler. */
  const start = (): TableAssembler | undefined => {
    const started = startTable(name, head, { file, lang, limits, assume, openSink }, diagnostics);
    if (started === undefined) return undefined;
    const [created, dataFrom] = started;
    for (const row of head.slice(dataFrom)) created.add(row.row, row.cells, 0, row.clipped);
    return created;
  };
  for await (const record of rows) {
    const grid: GridRow = { row: record.row, seq: seq++, cells: record.cells.map(cleanCell), clipped: record.clipped };
    if (assembler !== undefined) {
      assembler.add(grid.row, grid.cells, 0, grid.clipped);
      continue;
    }
    head.push(grid);
    if (!isBlankRow(grid.cells)) nonEmpty++;
    if (nonEmpty < headerSearchRows) continue;
    assembler = start();
    // Not a table: stop reading (leaving the loop closes the file).
    if (assembler === undefined) return { table: undefined, streamed: false, diagnostics };
  }
  assembler ??= start();
  if (assembler === undefined) return { table: undefined, streamed: false, diagnostics };
  const finished = assembler.finish();
  if (unclosed > 0) {
    const column = columnLetter(unclosedCell);
    diagnostics.push(makeDiagnostic('ingest/unclosed-quote', lang, { file, row: unclosed, column }, { row: unclosed, column }));
  }
  const streamed = openSink !== undefined;
  return { table: streamed ? undefined : finished.table, streamed, diagnostics: [...diagnostics, ...finished.diagnostics] };
}

/** Locates the header among the first rows; returns the assembler and the index of the first data row. */
function startTable(
  name: string,
  head: readonly GridRow[],
  context: {
    readonly file: string; readonly lang: Lang; readonly limits: IngestLimits; readonly assume: TableKind | undefined;
    readonly openSink: OpenRowSink | undefined;
  },
  diagnostics: Diagnostic[],
): [TableAssembler, number] | undefined {
  const { file, lang, limits, assume, openSink } = context;
  const candidates = head.filter((row) => !isBlankRow(row.cells));
  const located = locateTable(name, candidates, undefined, assume);
  if (located.status !== 'table') {
    diagnostics.push(skippedDiagnostic(located, { file, name }, lang));
    return undefined;
  }
  const { header, kind } = located;
  const last = header.subHeader ?? candidates[header.index];
  const dataFrom = last === undefined ? head.length : head.findIndex((row) => row.seq === last.seq) + 1;
  const sink = openSink?.({ kind, file, headerRow: header.headerRow, columns: header.columns.map((column) => ({ ...column })) });
  return [new TableAssembler({ kind, file, lang, limits, header }, sink), dataFrom];
}
