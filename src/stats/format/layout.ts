// Lays out a statistics table in terminal columns: widths by display width (string-width, so Chinese takes two
// columns), the text column shortened with … until the table fits the terminal's width.

import stringWidth from 'string-width';
import { neutraliseControls } from '../../report/text.js';
import type { Cell, StatsTable } from './views.js';

/** The width a table must fit: a classic 80-column terminal. */
export const TERMINAL_WIDTH = 80;

/** A text column is never squeezed below this many columns. */
const MIN_FLEX = 8;

/** The text column width (a department name of seven characters) below which columns are spaced by one. */
const ROOMY_FLEX = 14;

/** Cell text as printed: spreadsheet control characters made visible, line breaks flattened. */
export const cellText = (cell: Cell): string => (typeof cell === 'number' ? String(cell) : neutraliseControls(cell).replace(/\n/g, ' '));

/** The longest prefix of `text` that fits `width` columns with a trailing …. */
export function truncate(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const char of text) {
    const w = stringWidth(char);
    if (used + w > width - 1) break;
    out += char;
    used += w;
  }
  return `${out}…`;
}

const pad = (text: string, width: number, right: boolean): string => {
  const gap = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return right ? gap + text : text + gap;
};

/** The table as lines no wider than `width` (when its fixed columns allow), columns separated by two spaces or one. */
export function layoutTable(table: StatsTable, width = TERMINAL_WIDTH): string[] {
  const grid = [table.header, ...table.rows].map((row) => row.map(cellText));
  const columns = table.header.length;
  const widths = Array.from({ length: columns }, (_, c) => grid.reduce((w, row) => Math.max(w, stringWidth(row[c] ?? '')), 0));
  const total = (gap: number): number => widths.reduce((a, b) => a + b, 0) + gap * (columns - 1);
  const flexWidth = widths[table.flex] ?? 0;
  // Two spaces between columns while the text column keeps a readable width; one when it would not.
  const gap = total(2) <= width || flexWidth - (total(2) - width) >= ROOMY_FLEX ? 2 : 1;
  const over = total(gap) - width;
  if (over > 0) widths[table.flex] = Math.max(MIN_FLEX, flexWidth - over);
  const line = (row: readonly string[]): string =>
    row
      .map((text, c) => pad(c === table.flex ? truncate(text, widths[c] ?? 0) : text, widths[c] ?? 0, table.right[c] === true))
      .join(' '.repeat(gap))
      .trimEnd();
  const rule = '─'.repeat(Math.min(width, total(gap)));
  const lines = [line(grid[0] ?? []), rule];
  grid.slice(1).forEach((row, i) => {
    if (table.totals && i === grid.length - 2) lines.push(rule);
    lines.push(line(row));
  });
  return lines;
}

const WIDE = /[\u3000-\u9fff\uff00-\uffef]/u;

/** Lines of `text` no wider than `width`: Chinese breaks anywhere, other text at its last space where there is one. */
export function wrap(text: string, width = TERMINAL_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text) {
    if (stringWidth(line + char) > width) {
      const space = line.lastIndexOf(' ');
      // A word is carried to the next line whole; Chinese since the last space is simply broken where it overflows.
      if (space > 0 && !WIDE.test(char) && !WIDE.test(line.slice(space + 1))) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1);
      } else {
        lines.push(line);
        line = '';
      }
    }
    line += char;
  }
  if (line !== '') lines.push(line);
  return lines.map((l) => l.trimEnd());
}
