// The report of a check result as `quanze check` prints it, shared with `quanze merge` so a merged run prints the
// same bytes as one check over all the inputs: --baseline, the formatted report, --summary, the unreadable inputs
// on stderr, and the exit code.

import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import type { CheckResult } from '../api.js';
import { applyBaseline, createBaseline, parseBaseline, serialiseBaseline } from '../baseline/baseline.js';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';
import { coalesce } from '../output/coalesce.js';
import { createCheckReport, type FileRows } from '../report/create-report.js';
import { departmentRows, departmentSummaryCsv, departmentSummaryXlsx, type DepartmentInput } from '../report/department-summary.js';
import { formatChunks, type FormatterName } from '../report/index.js';
import type { CheckReport, ReportRuleMeta, ReportSummary } from '../report/types.js';
import { builtInRules } from '../rules/index.js';
import { exitCodes, type ExitCode } from './fatal.js';
import type { Io } from './io.js';
import type { OutputTarget } from './output-guard.js';
import { toolVersion } from './version.js';
import { writeFileAtomic } from './write-output.js';

/** The options of check (and merge) that shape the report and the exit code. */
export interface ReportFlags {
  readonly format: FormatterName;
  readonly failOn: 'error' | 'warning';
  readonly maxWarnings?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly summary?: string;
  readonly baseline?: string;
  readonly updateBaseline?: boolean;
}

/** What the report printed: the findings it kept (after --baseline) and its totals. */
export interface PrintedReport {
  readonly kept: readonly Diagnostic[];
  readonly summary: ReportSummary;
}

export function badArgument(en: string, zh: string): ToolkitError {
  return new ToolkitError('bad-arguments', { zh, en });
}

/** Refuses report options that cannot go together, before any work. */
export function refuseBadReportFlags(flags: ReportFlags): void {
  if (flags.updateBaseline && flags.baseline === undefined) throw badArgument('--update-baseline needs --baseline <file>', '--update-baseline 需要同时给出 --baseline <文件>');
  if (flags.summary !== undefined && !['.csv', '.xlsx'].includes(extname(flags.summary).toLowerCase())) {
    throw badArgument('--summary must name a .csv or .xlsx file', '--summary 的文件名须以 .csv 或 .xlsx 结尾');
  }
}

/** The files the report options write, for the guard against overwriting an input. */
export function reportTargets(flags: ReportFlags): OutputTarget[] {
  const targets: OutputTarget[] = [];
  if (flags.output !== undefined) targets.push({ path: flags.output, flag: '-o' });
  if (flags.summary !== undefined) targets.push({ path: flags.summary, flag: '--summary' });
  if (flags.baseline !== undefined && flags.updateBaseline === true) targets.push({ path: flags.baseline, flag: '--baseline' });
  return targets;
}

/**
 * Prints the report (or writes it to -o) unless `print` is false (a shard's --no-report), and writes --summary;
 * returns what it kept and counted.
 */
export async function printCheckReport(io: Io, result: CheckResult, flags: ReportFlags, lang: Lang, print = true): Promise<PrintedReport> {
  const diagnostics = await baselined(io, result.diagnostics, flags, lang);
  const report = createCheckReport(diagnostics, fileRows(result));
  if (print) await writeReport(io, report, flags, lang);
  if (flags.summary !== undefined) await writeSummary(io, flags.summary, result, diagnostics, flags.failOn, lang);
  return { kept: diagnostics, summary: report.summary };
}

async function writeReport(io: Io, report: CheckReport, flags: ReportFlags, lang: Lang): Promise<void> {
  const rules = new Map<string, ReportRuleMeta>(
    builtInRules.map((rule) => [rule.meta.id, { description: rule.meta.description[lang], docs: rule.meta.docs, severity: rule.meta.severity }]),
  );
  // In pieces as they are made (one string of 10⁵ findings is ~50 MB), gathered into ~1 MB writes.
  const pieces = coalesce(formatChunks(flags.format, report, {
    lang,
    color: flags.color !== false && io.color && flags.output === undefined,
    cwd: io.cwd,
    toolVersion,
    rules,
  }));
  if (flags.output !== undefined) await writeFileAtomic(resolve(io.cwd, flags.output), pieces);
  else for (const piece of pieces) io.out(piece);
}

/** Names each input that could not be read on stderr, one line each. */
export function reportUnreadable(io: Io, result: CheckResult, lang: Lang): void {
  for (const { error } of result.unreadable) io.err(`quanze: ${error.describe(lang)}\n`);
}

/** Names each unreadable input on stderr and gives the run's exit code: 2 for any, else 1 for findings at --fail-on. */
export function finishCheck(io: Io, result: CheckResult, printed: PrintedReport, flags: ReportFlags, lang: Lang): ExitCode {
  reportUnreadable(io, result, lang);
  const { errors, warnings } = printed.summary;
  const failed =
    errors > 0 ||
    (flags.failOn === 'warning' && warnings > 0) ||
    (flags.maxWarnings !== undefined && warnings > flags.maxWarnings);
  return result.unreadable.length > 0 ? exitCodes.fatal : failed ? exitCodes.findings : exitCodes.ok;
}

/** Rows read per file: for a CSV folder each table is its own file. */
function fileRows(result: CheckResult): FileRows[] {
  return result.inventories.flatMap((checked) => {
    const byFile = new Map<string, { rows: Partial<Record<TableKind, number>>; sheets: string[] }>();
    for (const table of checked.tables) {
      const entry = byFile.get(table.file) ?? { rows: {}, sheets: [] };
      entry.rows[table.kind] = (entry.rows[table.kind] ?? 0) + table.rowCount;
      if (table.sheet !== undefined) entry.sheets.push(table.sheet);
      byFile.set(table.file, entry);
    }
    return [...byFile].map(([file, { rows, sheets }]) => ({ file, rows, ...(sheets.length > 0 ? { sheets } : {}) }));
  });
}

/** With --baseline: drop recorded findings (or record them with --update-baseline). */
async function baselined(io: Io, diagnostics: readonly Diagnostic[], flags: ReportFlags, lang: Lang): Promise<readonly Diagnostic[]> {
  if (flags.baseline === undefined) return diagnostics;
  const path = resolve(io.cwd, flags.baseline);
  const place = { cwd: io.cwd, file: path };
  if (flags.updateBaseline) {
    await writeFileAtomic(path, serialiseBaseline(createBaseline(diagnostics, place)));
    io.err(lang === 'zh' ? `已将 ${diagnostics.length} 条问题记入基线 ${flags.baseline}\n` : `recorded ${diagnostics.length} findings in baseline ${flags.baseline}\n`);
    return [];
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new ToolkitError(
      'input-not-found',
      { zh: `基线文件 ${flags.baseline} 不存在：先用 --update-baseline 生成`, en: `Baseline ${flags.baseline} does not exist: create it with --update-baseline` },
      { cause },
    );
  }
  const baseline = parseBaseline(text);
  if (!baseline) {
    throw badArgument(`${flags.baseline} is not a quanze baseline file; recreate it with --update-baseline`, `${flags.baseline} 不是 quanze 基线文件：请用 --update-baseline 重新生成`);
  }
  const outcome = applyBaseline(diagnostics, baseline, place);
  if (outcome.suppressed > 0 || outcome.obsolete > 0) {
    io.err(
      lang === 'zh'
        ? `基线已屏蔽 ${outcome.suppressed} 条既有问题${outcome.obsolete > 0 ? `；${outcome.obsolete} 条已修正，可运行 --update-baseline 更新基线` : ''}\n`
        : `baseline suppressed ${outcome.suppressed} known findings${outcome.obsolete > 0 ? `; ${outcome.obsolete} have been fixed: run --update-baseline to prune them` : ''}\n`,
    );
  }
  return outcome.fresh;
}

async function writeSummary(io: Io, file: string, result: CheckResult, kept: readonly Diagnostic[], failOn: 'error' | 'warning', lang: Lang): Promise<void> {
  const keptSet = new Set(kept);
  const inputs: DepartmentInput[] = [
    ...result.inventories.map((checked) => ({
      source: checked.source,
      ...(checked.department === undefined ? {} : { department: checked.department }),
      rows: checked.rows,
      diagnostics: checked.diagnostics.filter((d) => keptSet.has(d)),
    })),
    ...result.unreadable.map((u) => ({ source: u.source, rows: {}, diagnostics: [], unreadable: u.error.describe(lang) })),
  ].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const rows = departmentRows(inputs, failOn);
  const path = resolve(io.cwd, file);
  await writeFileAtomic(path, extname(file).toLowerCase() === '.csv' ? departmentSummaryCsv(rows, lang) : departmentSummaryXlsx(rows, lang));
}
