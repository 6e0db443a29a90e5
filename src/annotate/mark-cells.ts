// Attaches each finding to its cell of the copy: one note holding all of the cell's findings, errors first, and a
// highlight in the colour of the worst of them, the cell's other formatting kept.

import type ExcelJS from 'exceljs';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import type { AnnotateWords } from './words.js';

/** Fill colours (ARGB) of Excel's "Bad", "Neutral" and a light blue "Note" style. */
export const severityFill: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

/** Excel's limit on the text of a cell note. */
const MAX_NOTE_TEXT = 32_767;

/** Excel's last row and last column (XFD). */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** Whether `letters` name a column Excel has. */
function isColumn(letters: string): boolean {
  if (!/^[A-Z]{1,3}$/.test(letters)) return false;
  let n = 0;
  for (const char of letters) n = n * 26 + (char.charCodeAt(0) - 64);
  return n <= MAX_COLUMN;
}

const severityRank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Where a finding sits in the copy: the address it names (a finding with a row only points at column A). */
export interface Placement {
  readonly sheet: ExcelJS.Worksheet;
  readonly address: string;
}

export interface MarkResult {
  readonly placements: ReadonlyMap<Diagnostic, Placement>;
  /** Cells given a note and highlight. */
  readonly annotatedCells: number;
  /** Cells that findings point at, annotated or not. */
  readonly findingCells: number;
}

export interface MarkOptions {
  readonly words: AnnotateWords;
  /** Name of the findings sheet, which a cut note refers to. */
  readonly listName: string;
  readonly maxCells: number;
}

/** Places every finding that names a sheet of the copy and a row, and marks the first `maxCells` cells. */
export function markCells(
  diagnostics: readonly Diagnostic[],
  sheetFor: (diagnostic: Diagnostic) => ExcelJS.Worksheet | undefined,
  options: MarkOptions,
): MarkResult {
  const placements = new Map<Diagnostic, Placement>();
  const groups = new Map<string, { cell: ExcelJS.Cell; findings: Diagnostic[] }>();
  const overflow = new Set<string>();
  for (const diagnostic of diagnostics) {
    const sheet = sheetFor(diagnostic);
    const { row } = diagnostic;
    if (sheet === undefined || row === undefined || !Number.isInteger(row) || row < 1 || row > MAX_ROW) continue;
    const column = diagnostic.column !== undefined && isColumn(diagnostic.column) ? diagnostic.column : 'A';
    const address = `${column}${row}`;
    placements.set(diagnostic, { sheet, address });
    // Past the cap, cells are only counted; looking a cell up would create it.
    const plainKey = `${sheet.id}!${address}`;
    const known = groups.get(plainKey);
    if (known !== undefined) {
      known.findings.push(diagnostic);
      continue;
    }
    if (groups.size >= options.maxCells) {
      overflow.add(plainKey);
      continue;
    }
    // A cell inside a merged range is shown by the range's top-left cell, so the note and fill go there.
    const cell = sheet.getCell(address).master;
    const key = `${sheet.id}!${cell.address}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { cell, findings: [diagnostic] });
    else group.findings.push(diagnostic);
  }
  for (const { cell, findings } of groups.values()) markCell(cell, findings, options);
  return { placements, annotatedCells: groups.size, findingCells: groups.size + overflow.size };
}

function markCell(cell: ExcelJS.Cell, findings: readonly Diagnostic[], options: MarkOptions): void {
  const ordered = [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
  const worst = ordered[0]?.severity ?? 'info';
  const existing = existingNote(cell);
  const room = Math.max(200, MAX_NOTE_TEXT - (existing === '' ? 0 : existing.length + 2));
  const text = noteText(ordered, options, room);
  cell.note = existing === '' ? text : `${existing}\n\n${text}`.slice(0, MAX_NOTE_TEXT);
  // A new style object: exceljs shares one style object among the cells that had the same style in the file.
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: severityFill[worst] } } };
}

/** The note the input already had on the cell, as plain text, so ours is added to it rather than replacing it. */
function existingNote(cell: ExcelJS.Cell): string {
  const note: unknown = cell.note;
  if (typeof note === 'string') return note;
  if (typeof note === 'object' && note !== null && 'texts' in note && Array.isArray(note.texts)) {
    return note.texts.map((run: unknown) => (typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '')).join('');
  }
  return '';
}

/** "[错误] power-code-unique：…\n提示：…" for each finding, cut to `room` characters with a pointer to the list. */
export function noteText(findings: readonly Diagnostic[], options: Pick<MarkOptions, 'words' | 'listName'>, room: number): string {
  const { words } = options;
  const parts = findings.map((d) => {
    const head = `[${words.severity[d.severity]}] ${d.ruleId}${words.colon}${d.message}`;
    return d.hint === undefined || d.hint === '' ? head : `${head}\n${words.hint}${d.hint}`;
  });
  const whole = parts.join('\n\n');
  if (whole.length <= room) return whole;
  const cut = (omitted: number): string => words.noteCut(omitted, options.listName);
  const kept: string[] = [];
  for (const part of parts) {
    if ([...kept, part, cut(parts.length - kept.length - 1)].join('\n\n').length > room) break;
    kept.push(part);
  }
  if (kept.length > 0) return [...kept, cut(parts.length - kept.length)].join('\n\n');
  // Even the first finding is too long (a huge value quoted in its message): show its start.
  const tail = parts.length > 1 ? `\n\n${cut(parts.length - 1)}` : '';
  return `${(parts[0] ?? '').slice(0, Math.max(0, room - tail.length - 1))}…${tail}`;
}
