// `quanze check <inputs…>`: validate inventories and print a report; exit 1 on findings at or above --fail-on.

import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { check, type CheckResult } from '../../api.js';
import { annotateInventory } from '../../annotate/index.js';
import { applyBaseline, createBaseline, parseBaseline, serialiseBaseline } from '../../baseline/baseline.js';
import { configFileName, findConfig, loadConfig, resolveConfig, type ResolvedConfig } from '../../config/load-config.js';
import { ToolkitError } from '../../diagnostics/errors.js';
import { expandInputs } from '../../ingest/index.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import type { TableKind } from '../../model/tables.js';
import { createCheckReport, type FileRows } from '../../report/create-report.js';
import { departmentRows, departmentSummaryCsv, departmentSummaryXlsx, type DepartmentInput } from '../../report/department-summary.js';
import { defaultFormatter, formatChunks, formatters, type FormatterName } from '../../report/index.js';
import { coalesce } from '../../output/coalesce.js';
import type { ReportRuleMeta } from '../../report/types.js';
import { builtInBatchRules } from '../../rules/batch/index.js';
import { builtInRules } from '../../rules/index.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { invalidValue, placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { toolVersion } from '../version.js';
import { refuseOutputsOverInputs, type OutputTarget } from '../output-guard.js';
import { writeFileAtomic } from '../write-output.js';

interface CheckFlags {
  readonly format: FormatterName;
  readonly failOn: 'error' | 'warning';
  readonly maxWarnings?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly config?: string;
  readonly summary?: string;
  readonly baseline?: string;
  readonly updateBaseline?: boolean;
  readonly annotate?: string;
  readonly jobs?: number;
}

const parsePositive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalidValue({ zh: '须为不小于 1 的整数', en: 'not a whole number ≥ 1' });
  return n;
};

const parseCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw invalidValue({ zh: '须为不小于 0 的整数', en: 'not a whole number ≥ 0' });
  return n;
};

export function checkCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('check')
    .description(say({ zh: '检查清单：表结构、跨表引用与法定要求', en: 'validate inventories against schemas and rules' }))
    .argument(value('inputs', 'variadic'), say({ zh: '工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符', en: 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs' }))
    .addOption(new Option(`-f, --format ${value('format')}`, say({ zh: '报告格式', en: 'report format' })).choices(Object.keys(formatters)).default(defaultFormatter))
    .addOption(
      new Option(`--fail-on ${value('severity')}`, say({ zh: '问题达到此严重程度时以退出码 1 结束', en: 'exit 1 when findings reach this severity' }))
        .choices(['error', 'warning'])
        .default('error'),
    )
    .addOption(new Option(`--max-warnings ${value('count')}`, say({ zh: '警告多于此数时以退出码 1 结束', en: 'exit 1 when there are more warnings than this' })).argParser(parseCount))
    .option(`-o, --output ${value('file')}`, say({ zh: '把报告写入文件，而不是输出到终端', en: 'write the report to a file instead of standard output' }))
    .option('--no-color', say({ zh: '报告不使用颜色', en: 'no colours in the report' }))
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件（默认：第一个输入所在目录及其上级中最近的 ${configFileName}）`,
      en: `configuration file (default: the nearest ${configFileName} above the first input)`,
    }))
    .option(`--summary ${value('file')}`, say({ zh: '写出按部门汇总的表（.xlsx 或 .csv）', en: 'write the per-department summary table (.xlsx or .csv)' }))
    .option(`--baseline ${value('file')}`, say({ zh: '只报告基线文件中没有记录的问题', en: 'report only findings not recorded in this baseline file' }))
    .option('--update-baseline', say({ zh: '把当前的问题记入 --baseline 文件', en: 'record the current findings in the --baseline file' }))
    .addOption(
      new Option(`-j, --jobs ${value('count')}`, say({ zh: '并行检查的清单数（默认：每个处理器核心一个）', en: 'inventories checked in parallel (default: one per core)' })).argParser(parsePositive),
    )
    .option(`--annotate ${value('out')}`, say({
      zh: '写出每个工作簿的副本，每条问题批注在所在单元格上，并加一张审核意见表（.xlsx；多个输入时为文件夹）',
      en: 'write a copy of each workbook with every finding as a note on its cell and a sheet listing them (.xlsx; a folder when several inputs)',
    }))
    .action(async (inputs: string[], flags: CheckFlags) => {
      const language = lang();
      if (flags.updateBaseline && flags.baseline === undefined) throw badArgument('--update-baseline needs --baseline <file>', '--update-baseline 需要同时给出 --baseline <文件>');
      if (flags.summary !== undefined && !['.csv', '.xlsx'].includes(extname(flags.summary).toLowerCase())) {
        throw badArgument('--summary must name a .csv or .xlsx file', '--summary 的文件名须以 .csv 或 .xlsx 结尾');
      }
      await refuseOutputsOverInputs(await outputTargets(io, inputs, flags, language), withConfig(inputs, flags.config), io.cwd);
      const config = await resolveRunConfig(io, inputs, flags.config);
      const machine = flags.format !== 'stylish' || flags.output !== undefined;
      const progress = createProgress(io.isTTY && !machine);
      const result = await check(inputs, {
        lang: language,
        cwd: io.cwd,
        settings: config.settings,
        severities: config.severities,
        ...(flags.jobs === undefined ? {} : { workers: flags.jobs }),
        onProgress: (event) => {
          if (event.kind === 'start') progress.update(`${event.index + 1}/${event.total} ${event.source}`);
        },
      }).finally(() => progress.stop());

      const diagnostics = await baselined(io, result.diagnostics, flags, language);
      const report = createCheckReport(diagnostics, fileRows(result));
      const rules = new Map<string, ReportRuleMeta>(
        builtInRules.map((rule) => [rule.meta.id, { description: rule.meta.description[language], docs: rule.meta.docs, severity: rule.meta.severity }]),
      );
      // In pieces as they are made (one string of 10⁵ findings is ~50 MB), gathered into ~1 MB writes.
      const pieces = coalesce(formatChunks(flags.format, report, {
        lang: language,
        color: flags.color !== false && io.color && flags.output === undefined,
        cwd: io.cwd,
        toolVersion,
        rules,
      }));
      if (flags.output !== undefined) await writeFileAtomic(resolve(io.cwd, flags.output), pieces);
      else for (const piece of pieces) io.out(piece);
      if (flags.summary !== undefined) await writeSummary(io, flags.summary, result, diagnostics, flags.failOn, language);
      if (flags.annotate !== undefined) await writeAnnotated(io, flags.annotate, result, diagnostics, language);

      for (const { error } of result.unreadable) io.err(`quanze: ${error.describe(language)}\n`);
      const { errors, warnings } = report.summary;
      const failed =
        errors > 0 ||
        (flags.failOn === 'warning' && warnings > 0) ||
        (flags.maxWarnings !== undefined && warnings > flags.maxWarnings);
      setExit(result.unreadable.length > 0 ? exitCodes.fatal : failed ? exitCodes.findings : exitCodes.ok);
    });
}

/** The inputs an output must not overwrite: the inventories and an explicit configuration file. */
export function withConfig(inputs: readonly string[], config: string | undefined): string[] {
  return config === undefined ? [...inputs] : [...inputs, config];
}

/** Every file check would write, known before it reads anything. */
async function outputTargets(io: Io, inputs: readonly string[], flags: CheckFlags, lang: Lang): Promise<OutputTarget[]> {
  const targets: OutputTarget[] = [];
  if (flags.output !== undefined) targets.push({ path: flags.output, flag: '-o' });
  if (flags.summary !== undefined) targets.push({ path: flags.summary, flag: '--summary' });
  if (flags.baseline !== undefined && flags.updateBaseline === true) targets.push({ path: flags.baseline, flag: '--baseline' });
  if (flags.annotate !== undefined) {
    const sources = await expandInputs(inputs, io.cwd);
    for (const source of sources) targets.push({ path: annotatedPath(flags.annotate, source, sources.length, lang), flag: '--annotate' });
  }
  return targets;
}

/** Where the annotated copy of `source` goes: `out` itself for a single inventory, else `<out>/<name>.审核意见.xlsx`. */
function annotatedPath(out: string, source: string, count: number, lang: Lang): string {
  if (count === 1 && extname(out).toLowerCase() === '.xlsx') return out;
  return join(out, `${basename(source, extname(source))}.${lang === 'zh' ? '审核意见' : 'review'}.xlsx`);
}

function badArgument(en: string, zh: string): ToolkitError {
  return new ToolkitError('bad-arguments', { zh, en });
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
async function baselined(io: Io, diagnostics: readonly Diagnostic[], flags: CheckFlags, lang: Lang): Promise<readonly Diagnostic[]> {
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

/**
 * One annotated copy per inventory: `out` is the file for a single inventory, or a folder holding
 * `<name>.审核意见.xlsx` for several (outputTargets has refused any that is an input).
 */
async function writeAnnotated(io: Io, out: string, result: CheckResult, kept: readonly Diagnostic[], lang: Lang): Promise<void> {
  const keptSet = new Set(kept);
  const count = result.inventories.length + result.unreadable.length;
  for (const checked of result.inventories) {
    const target = resolve(io.cwd, annotatedPath(out, checked.source, count, lang));
    const absolutePath = resolve(io.cwd, checked.source);
    const bytes = await annotateInventory(
      { source: checked.source, absolutePath, tables: checked.tables },
      checked.diagnostics.filter((d) => keptSet.has(d)),
      { lang },
    );
    await writeFileAtomic(target, bytes);
  }
}

/** --config wins; otherwise the nearest config file above the first input; otherwise the defaults. */
export async function resolveRunConfig(io: Io, inputs: readonly string[], explicit: string | undefined): Promise<ResolvedConfig> {
  // Batch rules are set in the same "rules" object (quanze rules lists both).
  const known = new Set([...builtInRules, ...builtInBatchRules].map((rule) => rule.meta.id));
  if (explicit !== undefined) return loadConfig(resolve(io.cwd, explicit), known);
  const found = await findConfig(resolve(io.cwd, inputs[0] ?? '.'));
  return found === undefined ? resolveConfig() : loadConfig(found, known);
}
