// A small RFC 4180 state machine fed string chunks: quotes, "" escapes, CRLF/LF/CR, newlines inside quotes.
// It beat csv-parse by a wide margin on realistic data (bench/results/csv-parsers.md), and it reports the
// physical line each record starts on and the line of a quote never closed. Rows a user sees are numbered by record
// (streamCsvRows counts them), as Excel and WPS show the file: a quoted cell with line breaks stays one row.

/** One parsed record and the 1-based physical line it starts on (not its row number in Excel). */
export interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
  /** Cells cut short at the parser's field limit: cell index → the length the cell really has in the file. */
  readonly clipped?: ReadonlyMap<number, number>;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Where the machine is between two characters. */
type State =
  | 0 // at the start of a field
  | 1 // inside an unquoted field
  | 2 // inside a quoted field
  | 3 // just after a quote inside a quoted field: "" escape, closing quote, or more text
  | 4; // just after a CR that ended a record: swallow a following LF

export class CsvParser {
  private readonly delimiter: number;
  private state: State = 0;
  private field = '';
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  private openQuoteLine = 0;
  private openQuoteCell = 0;
  private unclosed = 0;
  private unclosedCell = 0;
  /** Characters of the current field dropped past the field limit: counted, so its real length can be told. */
  private dropped = 0;
  private clipped: Map<number, number> | undefined;

  private readonly maxField: number;

  /**
   * @param delimiter a single character, "," or "\t"
   * @param maxField a cell stops growing past this many characters (memory guard for an unclosed quote)
   */
  constructor(delimiter: string, maxField = Number.POSITIVE_INFINITY) {
    this.delimiter = delimiter.charCodeAt(0);
    this.maxField = maxField;
  }

  /** Feeds a chunk; returns the records completed by it. */
  push(chunk: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const delimiter = this.delimiter;
    const length = chunk.length;
    let i = 0;
    while (i < length) {
      switch (this.state) {
        case 4: {
          this.state = 0;
          if (chunk.charCodeAt(i) === LF) i++;
          break;
        }
        case 0: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            this.state = 2;
            this.openQuoteLine = this.line;
            this.openQuoteCell = this.cells.length;
            i++;
            break;
          }
          this.state = 1;
          break;
        }
        case 1: {
          // Scan to the next delimiter or line break and take the run as one slice.
          let j = i;
          let code = 0;
          while (j < length) {
            code = chunk.charCodeAt(j);
            if (code === delimiter || code === LF || code === CR) break;
            j++;
          }
          if (this.field.length < this.maxField) this.field += chunk.slice(i, j);
          else this.dropped += j - i;
          if (j === length) {
            i = j;
            break;
          }
          i = j + 1;
          this.endField();
          if (code === delimiter) {
            this.state = 0;
          } else {
            out.push(this.takeRecord());
            this.line++;
            this.recordLine = this.line;
            this.state = code === CR ? 4 : 0;
          }
          break;
        }
        case 2: {
          const j = chunk.indexOf('"', i);
          const end = j === -1 ? length : j;
          const run = chunk.slice(i, end);
          this.line += countLineBreaks(run);
          if (this.field.length < this.maxField) this.field += run;
          else this.dropped += run.length;
          i = end;
          if (j !== -1) {
            this.state = 3;
            i++;
          }
          break;
        }
        case 3: {
          const code = chunk.charCodeAt(i);
          if (code === QUOTE) {
            if (this.field.length < this.maxField) this.field += '"';
            else this.dropped++;
            this.state = 2;
            i++;
          } else {
            // The quote closed the field. State 1 ends it at this very delimiter or line break,
            // or keeps text that follows the closing quote ("a"b is not RFC 4180; it reads as ab).
            this.state = 1;
          }
          break;
        }
      }
    }
    return out;
  }

  /** Ends the input; returns the last record if the text did not end with a line break. */
  end(): CsvRecord[] {
    this.unclosed = this.state === 2 ? this.openQuoteLine : 0;
    this.unclosedCell = this.state === 2 ? this.openQuoteCell : 0;
    const pending = this.state !== 0 && this.state !== 4 ? true : this.cells.length > 0;
    if (!pending) return [];
    this.endField();
    const record = this.takeRecord();
    this.state = 0;
    return [record];
  }

  /** Ends the current field, noting its real length when it was cut short. */
  private endField(): void {
    if (this.dropped > 0) {
      (this.clipped ??= new Map()).set(this.cells.length, this.field.length + this.dropped);
      this.dropped = 0;
    }
    this.cells.push(this.field);
    this.field = '';
  }

  /** The record just completed, and a fresh one started. */
  private takeRecord(): CsvRecord {
    const record: CsvRecord = this.clipped === undefined
      ? { line: this.recordLine, cells: this.cells }
      : { line: this.recordLine, cells: this.cells, clipped: this.clipped };
    this.cells = [];
    this.clipped = undefined;
    return record;
  }

  /** After `end()`: the line of a quote never closed, or 0. */
  get unclosedQuoteLine(): number {
    return this.unclosed;
  }

  /** After `end()`: the 0-based index, in its record, of the cell a quote never closed opened (when there is one). */
  get unclosedQuoteCell(): number {
    return this.unclosedCell;
  }
}

/** Line feeds in a run of quoted text (Excel writes Alt+Enter inside a cell as LF, and CRLF has one LF). */
function countLineBreaks(text: string): number {
  let count = 0;
  let from = text.indexOf('\n');
  while (from !== -1) {
    count++;
    from = text.indexOf('\n', from + 1);
  }
  return count;
}

/** Parses a whole string (tests and small inputs). */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  return [...parser.push(text), ...parser.end()];
}
