// `--format github`: GitHub Actions workflow commands, which the runner shows as annotations.

import type { Severity } from '../diagnostics/types.js';
import { sheetCellRef } from './location.js';
import { prepareReport } from './prepare.js';
import { neutraliseControls } from './text.js';
import type { ChunkedFormatter, Formatter } from './types.js';
import { reportWords } from './words.js';

const command: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escaping from GitHub's toolkit (`@actions/core` command.ts): in the message `%`, CR and LF
 * become %25, %0D, %0A, so a cell's line break cannot end the command and start another.
 * Other control characters are made visible so a cell cannot send terminal escapes to the log.
 */
export function escapeData(text: string): string {
  return neutraliseControls(text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** Properties additionally escape `:` and `,`, which delimit them. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * One `::error file=…,line=…,title=…::message` per finding (info → `notice`). `line` is the
 * spreadsheet row: exact for a CSV, and for a workbook the title names the sheet and cell.
 * No `col`: a column letter counts fields, not the characters an editor column means. One piece per finding.
 */
export const githubChunks: ChunkedFormatter = function* (input, context) {
  const report = prepareReport(input, context);
  const words = reportWords[context.lang];
  for (const d of report.diagnostics) {
    const where = sheetCellRef(d);
    const properties = [
      `file=${escapeProperty(d.file)}`,
      ...(d.row === undefined ? [] : [`line=${d.row}`]),
      `title=${escapeProperty(where ? `${d.ruleId} (${where})` : d.ruleId)}`,
    ];
    const message = d.hint ? `${d.message}\n${words.hint}${d.hint}` : d.message;
    yield `::${command[d.severity]} ${properties.join(',')}::${escapeData(message)}\n`;
  }
};

export const github: Formatter = (input, context) => [...githubChunks(input, context)].join('');
