// One worksheet part as rows of cell texts and its merged ranges, with the texts cellText gives SheetJS's cells
// (strings trimmed, numbers through their format, TRUE/FALSE, error codes). The part is decoded a slice at a time,
// cut after a </row>, so a sheet of a million rows never becomes one string.

import * as XLSX from 'xlsx';
import { formattedNumberText } from '../cell-dates.js';
import type { MergeRange } from '../merge-records.js';
import { itemText } from './shared-strings.js';
import { attributesOf, elementText, openTagAt, unescapeXml } from './xml-text.js';
import { rootCheck } from './workbook-xml.js';
import { UnsupportedWorkbook } from './zip-parts.js';

export interface SheetCells {
  /** Row index → cell texts by column ('' between filled cells); rows with no cell are missing. */
  readonly rows: (string[] | undefined)[];
  readonly merges: MergeRange[];
}

export interface SheetContext {
  readonly strings: readonly string[];
  readonly styleFormats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

const slice = 8 << 20;
const rowClose = Buffer.from('</row>');

/** Column and row (0-based) of a reference such as AB12; row -1 when it has no digits. */
function decodeReference(ref: string): { c: number; r: number } {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) - 64;
    if (code < 1 || code > 26) break;
    c = c * 26 + code;
  }
  const r = Number.parseInt(ref.slice(i), 10);
  return { c: c - 1, r: Number.isNaN(r) ? -1 : r - 1 };
}

function decodeRange(ref: string): MergeRange {
  const [from = '', to = from] = ref.split(':');
  const s = decodeReference(from);
  const e = decodeReference(to);
  return { s: { r: s.r, c: s.c }, e: { r: e.r, c: e.c } };
}

/** The value of attribute `name` in a start tag's text (double quotes; single quotes go the slow way). */
function attribute(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at === -1) return tag.includes("'") ? attributesOf(tag).get(name) : undefined;
  const start = at + key.length;
  return tag.slice(start, tag.indexOf('"', start));
}

function numberText(raw: string, style: string | undefined, context: SheetContext): string {
  const value = Number.parseFloat(raw);
  const format = style === undefined ? undefined : context.styleFormats[Number.parseInt(style, 10)];
  return formattedNumberText(value, format, context.date1904, () => {
    if (format === undefined) return undefined;
    try {
      return XLSX.SSF.format(format, value);
    } catch {
      return undefined;
    }
  });
}

/** The text of one cell (tag `<c …>` and its body), or undefined for a cell SheetJS leaves out. */
function cellText(tag: string, body: string | undefined, context: SheetContext): string | undefined {
  const type = attribute(tag, 't');
  const raw = body === undefined ? undefined : elementText(body, 'v');
  const value = raw === undefined || raw === '' ? undefined : raw;
  switch (type) {
    case undefined:
    case 'n':
      return value === undefined ? undefined : numberText(unescapeXml(value), attribute(tag, 's'), context);
    case 's': {
      if (value === undefined) return undefined;
      const text = context.strings[Number.parseInt(value, 10)];
      if (text === undefined) throw new UnsupportedWorkbook(`shared string ${value} out of range`);
      return text.trim();
    }
    case 'str':
      return value === undefined ? '' : unescapeXml(value).trim();
    case 'inlineStr': {
      const inline = body === undefined ? undefined : elementText(body, 'is');
      return inline === undefined ? '' : itemText(inline).trim();
    }
    case 'b':
      return value === '1' || value === 'true' ? 'TRUE' : 'FALSE';
    case 'e':
      return value === undefined ? '' : unescapeXml(value).trim();
    default:
      // 'd' (ISO dates, which SheetJS turns into serial numbers under the cell's format) and unknown types.
      throw new UnsupportedWorkbook(`cell type ${type}`);
  }
}

/** Reads the rows of one decoded slice of <sheetData> into `rows`; returns the row number reached. */
function readRows(text: string, rows: (string[] | undefined)[], context: SheetContext, lastRow: number, part: string): number {
  let rowNumber = lastRow;
  for (let at = openTagAt(text, 'row'); at !== -1; at = openTagAt(text, 'row', at)) {
    const tagEnd = text.indexOf('>', at);
    if (tagEnd === -1) break;
    const rowTag = text.slice(at, tagEnd + 1);
    const declared = attribute(rowTag, 'r');
    rowNumber = declared === undefined ? rowNumber + 1 : Number.parseInt(declared, 10);
    if (text.charCodeAt(tagEnd - 1) === 47 /* <row …/> */) {
      at = tagEnd + 1;
      continue;
    }
    const close = text.indexOf('</row>', tagEnd);
    const end = close === -1 ? text.length : close;
    let column = -1;
    for (let c = openTagAt(text, 'c', tagEnd); c !== -1 && c < end; c = openTagAt(text, 'c', c + 2)) {
      const cellEnd = text.indexOf('>', c);
      const tag = text.slice(c, cellEnd + 1);
      const selfClosing = text.charCodeAt(cellEnd - 1) === 47;
      const bodyEnd = selfClosing ? cellEnd : text.indexOf('</c>', cellEnd);
      if (cellEnd === -1 || bodyEnd === -1) throw new UnsupportedWorkbook(`an unclosed cell in ${part}`);
      const ref = attribute(tag, 'r');
      let r = rowNumber - 1;
      if (ref === undefined) column++;
      else {
        const decoded = decodeReference(ref);
        column = decoded.c;
        if (decoded.r >= 0) r = decoded.r;
      }
      const value = cellText(tag, selfClosing ? undefined : text.slice(cellEnd + 1, bodyEnd), context);
      if (value !== undefined && column >= 0 && r >= 0) {
        let cells = rows[r];
        if (cells === undefined) {
          cells = [];
          rows[r] = cells;
        }
        cells[column] = value;
      }
      if (!selfClosing) c = bodyEnd;
    }
    at = close === -1 ? text.length : close + 6;
  }
  return rowNumber;
}

export function readSheetCells(bytes: Buffer, part: string, context: SheetContext): SheetCells {
  rootCheck(bytes.subarray(0, 2048).toString('utf8'), part, 'worksheet');
  const rows: (string[] | undefined)[] = [];
  const merges: MergeRange[] = [];
  const dataStart = bytes.indexOf('<sheetData');
  if (dataStart === -1) return { rows, merges };
  const closeAt = bytes.indexOf('</sheetData>', dataStart);
  const dataEnd = closeAt === -1 ? dataStart : closeAt;
  let lastRow = 0;
  for (let start = dataStart; start < dataEnd;) {
    let end = dataEnd;
    if (start + slice < dataEnd) {
      const cut = bytes.lastIndexOf(rowClose, start + slice);
      end = cut > start ? cut + rowClose.length : Math.min(dataEnd, bytes.indexOf(rowClose, start + slice) + rowClose.length);
      if (end <= start) end = dataEnd;
    }
    lastRow = readRows(bytes.subarray(start, end).toString('utf8'), rows, context, lastRow, part);
    start = end;
  }
  const mergeStart = bytes.indexOf('<mergeCells', dataEnd);
  if (mergeStart !== -1) {
    const mergeEnd = bytes.indexOf('</mergeCells>', mergeStart);
    const text = bytes.subarray(mergeStart, mergeEnd === -1 ? bytes.length : mergeEnd).toString('utf8');
    for (let at = openTagAt(text, 'mergeCell'); at !== -1; at = openTagAt(text, 'mergeCell', at + 1)) {
      const ref = attribute(text.slice(at, text.indexOf('>', at) + 1), 'ref');
      if (ref !== undefined) merges.push(decodeRange(ref));
    }
  }
  return { rows, merges };
}
