// The default terminal report: findings grouped by file, aligned for CJK text, a summary line and a table.

import { Chalk, type ChalkInstance } from 'chalk';

import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { tableKinds, type TableKind } from '../model/tables.js';
import { sheetCellRef } from './location.js';
import { groupByFile, prepareReport } from './prepare.js';
import { displayWidth, maxDisplayWidth, neutraliseControls, oneLine, padding, padEndTo } from './text.js';
import type { ChunkedFormatter, FileSummary, Formatter, ReportSummary } from './types.js';
import { reportWords, type ReportWords } from './words.js';

const gap = '  ';
const indent = '  ';

/** Message text as one terminal-safe line: a line break from a cell shows as ⏎ and never starts a line. */
const safeLines = (text: string): string[] => [oneLine(text)];

function paint(chalk: ChalkInstance, severity: Severity): (text: string) => string {
  return severity === 'error' ? chalk.red : severity === 'warning' ? chalk.yellow : chalk.blue;
}

/** One file's findings, a line at a time: the file name, then each finding aligned on the widths of the whole group. */
function* fileGroupLines(file: string, group: readonly Diagnostic[], words: ReportWords, chalk: ChalkInstance): Generator<string> {
  const rows = group.map((d) => ({
    d,
    location: neutraliseControls(sheetCellRef(d)) || '-',
    severity: words.severity[d.severity],
    message: safeLines(d.message),
  }));
  const locationWidth = maxDisplayWidth(rows.map((r) => r.location));
  const severityWidth = maxDisplayWidth(rows.map((r) => r.severity));
  const messageWidth = maxDisplayWidth(rows.map((r) => r.message[0] ?? ''));
  const under = ' '.repeat(indent.length + locationWidth + gap.length + severityWidth + gap.length);

  yield chalk.underline(neutraliseControls(file));
  for (const { d, location, severity, message } of rows) {
    const [first = '', ...rest] = message;
    yield (
      indent +
        chalk.dim(location) + padding(location, locationWidth) + gap +
        paint(chalk, d.severity)(severity) + padding(severity, severityWidth) + gap +
        padEndTo(first, messageWidth) + gap +
        chalk.dim(neutraliseControls(d.ruleId))
    );
    for (const line of rest) yield (under + line).trimEnd();
    if (d.hint) {
      const prefix = `→ ${words.hint}`;
      const [hintFirst = '', ...hintRest] = safeLines(d.hint);
      yield under + chalk.dim(prefix) + hintFirst;
      for (const line of hintRest) yield (under + ' '.repeat(displayWidth(prefix)) + line).trimEnd();
    }
    for (const related of d.related ?? []) {
      const where = [related.file === file ? '' : related.file, sheetCellRef(related)].filter(Boolean).join(' ');
      yield under + chalk.dim(`↳ ${words.related}`) + neutraliseControls(where);
    }
  }
}

function formatSummaryLine(summary: ReportSummary, words: ReportWords, chalk: ChalkInstance, separator: string): string {
  const infos = summary.infos > 0 ? words.count('info', summary.infos) : '';
  if (summary.errors + summary.warnings > 0) {
    const text = [words.count('error', summary.errors), words.count('warning', summary.warnings), infos]
      .filter(Boolean)
      .join(separator);
    return (summary.errors > 0 ? chalk.red.bold : chalk.yellow.bold)(`✖ ${text}`);
  }
  const note = infos ? (separator === '，' ? `（${infos}）` : ` (${infos})`) : '';
  return chalk.green.bold(`✔ ${words.noProblems}`) + note;
}

type Cell = { readonly text: string; readonly align: 'left' | 'right'; readonly paint?: (text: string) => string };

/** Files × rows per table × findings; only the tables some file has get a column. */
function formatSummaryTable(files: readonly FileSummary[], summary: ReportSummary, words: ReportWords, chalk: ChalkInstance): string[] {
  const kinds = tableKinds.filter((kind) => files.some((f) => f.rows[kind] !== undefined));
  const showInfos = summary.infos > 0 || files.some((f) => f.infos > 0);
  const count = (n: number, paintNonZero: (text: string) => string): Cell => ({
    text: String(n),
    align: 'right',
    ...(n > 0 ? { paint: paintNonZero } : {}),
  });
  const rowsCell = (n: number | undefined): Cell => ({ text: n === undefined ? '-' : String(n), align: 'right' });
  const findings = (f: Pick<FileSummary, 'errors' | 'warnings' | 'infos'>): Cell[] => [
    count(f.errors, chalk.red),
    count(f.warnings, chalk.yellow),
    ...(showInfos ? [count(f.infos, chalk.blue)] : []),
  ];

  const header: Cell[] = [
    { text: words.file, align: 'left' },
    ...kinds.map((kind): Cell => ({ text: words.table(kind), align: 'right' })),
    { text: words.errorsColumn, align: 'right' },
    { text: words.warningsColumn, align: 'right' },
    ...(showInfos ? [{ text: words.infosColumn, align: 'right' } satisfies Cell] : []),
  ];
  const body = files.map((f): Cell[] => [
    { text: neutraliseControls(f.file), align: 'left' },
    ...kinds.map((kind) => rowsCell(f.rows[kind])),
    ...findings(f),
  ]);
  const totals = (kind: TableKind): number | undefined =>
    files.reduce<number | undefined>((sum, f) => (f.rows[kind] === undefined ? sum : (sum ?? 0) + (f.rows[kind] ?? 0)), undefined);
  const footer: Cell[] | undefined =
    files.length > 1
      ? [{ text: words.total, align: 'left' }, ...kinds.map((kind) => rowsCell(totals(kind))), ...findings(summary)]
      : undefined;

  const all = [header, ...body, ...(footer ? [footer] : [])];
  const widths = header.map((_, i) => maxDisplayWidth(all.map((row) => row[i]?.text ?? '')));
  const render = (row: readonly Cell[], emphasise?: (text: string) => string): string =>
    indent +
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const painted = (emphasise ?? cell.paint ?? ((t: string) => t))(cell.text);
        const pad = padding(cell.text, width);
        // Pad outside the colour codes so widths stay true; no trailing spaces on the last column.
        return cell.align === 'right' ? pad + painted : i === row.length - 1 ? painted : painted + pad;
      })
      .join(gap);
  const rule = indent + chalk.dim('─'.repeat(widths.reduce((sum, w) => sum + w, 0) + gap.length * (widths.length - 1)));

  return [
    render(header, chalk.bold),
    rule,
    ...body.map((row) => render(row)),
    ...(footer ? [rule, render(footer)] : []),
  ];
}

/**
 * ESLint-like report for people at a terminal, a line at a time (a report of 10⁵ findings is never one string).
 * Colour only when `context.color`.
 */
export const stylishChunks: ChunkedFormatter = function* (input, context) {
  const report = prepareReport(input, context);
  const words = reportWords[context.lang];
  // An explicit level, never chalk's own detection, so the same input gives the same bytes.
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const separator = context.lang === 'zh' ? '，' : ', ';

  // Blocks (each file's findings, the summary line, the table, the rule page) are parted by an empty line.
  let gapBefore = '';
  for (const [file, group] of groupByFile(report.diagnostics)) {
    let lead = gapBefore;
    for (const line of fileGroupLines(file, group, words, chalk)) {
      yield `${lead}${line}\n`;
      lead = '';
    }
    gapBefore = '\n';
  }
  yield `${gapBefore}${formatSummaryLine(report.summary, words, chalk, separator)}`;
  if (report.files.length > 0) yield `\n\n${formatSummaryTable(report.files, report.summary, words, chalk).join('\n')}`;
  // Each finding ends with its rule id; the last line says where to read about one (the first finding's).
  const [first] = report.diagnostics;
  if (first !== undefined) yield `\n\n${chalk.dim(words.rulePage(neutraliseControls(first.ruleId)))}`;
  yield '\n';
};

export const stylish: Formatter = (input, context) => [...stylishChunks(input, context)].join('');
