// `quanze check <inputs…>`: validate inventories and print a report; exit 1 on findings at or above --fail-on.

import { basename, extname, join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { check, checkShard, type CheckResult } from '../../api.js';
import { annotateInventory } from '../../annotate/index.js';
import { outcomeLines, readShard, type ShardCheck, type ShardSpec } from '../../batch/index.js';
import { configFileName, findConfig, loadConfig, resolveConfig, type ResolvedConfig } from '../../config/load-config.js';
import { expandInputs } from '../../ingest/index.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import type { CheckProgress } from '../../pipeline/index.js';
import { coalesce } from '../../output/coalesce.js';
import { builtInBatchRules } from '../../rules/batch/index.js';
import { builtInRules } from '../../rules/index.js';
import { badArgument, finishCheck, printCheckReport, refuseBadReportFlags, reportTargets, reportUnreadable, type ReportFlags } from '../check-report.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { invalidValue, placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { reportOptions } from '../report-options.js';
import { refuseOutputsOverInputs, type OutputTarget } from '../output-guard.js';
import { writeFileAtomic } from '../write-output.js';

interface CheckFlags extends ReportFlags {
  readonly config?: string;
  readonly annotate?: string;
  readonly jobs?: number;
  readonly shard?: ShardSpec;
  readonly outcome?: string;
  /** false with --no-report. */
  readonly report?: boolean;
}

const parsePositive = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw invalidValue({ zh: '须为不小于 1 的整数', en: 'not a whole number ≥ 1' });
  return n;
};

const parseShard = (value: string): ShardSpec => {
  const read = readShard(value);
  if ('problem' in read) throw invalidValue(read.problem);
  return read;
};

export function checkCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  const report = reportOptions(lang());
  return new Command('check')
    .description(say({ zh: '检查清单：表结构、跨表引用与法定要求', en: 'validate inventories against schemas and rules' }))
    .argument(value('inputs', 'variadic'), say({ zh: '工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符', en: 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs' }))
    .addOption(report.format)
    .addOption(report.failOn)
    .addOption(report.maxWarnings)
    .addOption(report.output)
    .addOption(report.noColor)
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件（默认：第一个输入所在目录及其上级中最近的 ${configFileName}）`,
      en: `configuration file (default: the nearest ${configFileName} above the first input)`,
    }))
    .addOption(report.summary)
    .addOption(report.baseline)
    .addOption(report.updateBaseline)
    .addOption(
      new Option(`-j, --jobs ${value('count')}`, say({ zh: '并行检查的清单数（默认：每个处理器核心一个）', en: 'inventories checked in parallel (default: one per core)' })).argParser(parsePositive),
    )
    .option(`--annotate ${value('out')}`, say({
      zh: '写出每个工作簿的副本，每条问题批注在所在单元格上，并加一张审核意见表（.xlsx；多个输入时为文件夹）',
      en: 'write a copy of each workbook with every finding as a note on its cell and a sheet listing them (.xlsx; a folder when several inputs)',
    }))
    .addOption(new Option(`--shard ${value('shard')}`, say({
      zh: '只检查输入的第 K 份（共 N 份，K 从 1 数起），按路径的哈希值分配，各份互不重叠；须与 --outcome 同用，之后用 quanze merge 合并',
      en: 'check only share K of N of the inputs (K from 1), dealt by a hash of each path so shares never overlap; needs --outcome, then combine with quanze merge',
    })).argParser(parseShard))
    .option(`--outcome ${value('file')}`, say({
      zh: '与 --shard 同用：把本份的检查结果写入此文件（.jsonl），供 quanze merge 合并',
      en: 'with --shard: write the outcome of this share to this file (.jsonl) for quanze merge',
    }))
    .option('--no-report', say({ zh: '与 --shard 同用：只写结果文件，不输出本份的报告', en: 'with --shard: write only the outcome file, print no report of the share' }))
    .action(async (inputs: string[], flags: CheckFlags) => {
      const language = lang();
      refuseBadReportFlags(flags);
      const shard = shardOf(flags);
      await refuseOutputsOverInputs(await outputTargets(io, inputs, flags, language), withConfig(inputs, flags.config), io.cwd);
      const config = await resolveRunConfig(io, inputs, flags.config);
      const machine = flags.format !== 'stylish' || flags.output !== undefined;
      const progress = createProgress(io.isTTY && !machine);
      const options = {
        lang: language,
        cwd: io.cwd,
        settings: config.settings,
        severities: config.severities,
        ...(flags.jobs === undefined ? {} : { workers: flags.jobs }),
        onProgress: (event: CheckProgress) => {
          if (event.kind === 'start') progress.update(`${event.index + 1}/${event.total} ${event.source}`);
        },
      };
      if (shard !== undefined) {
        const run = await checkShard(inputs, { ...options, shard: shard.spec }).finally(() => progress.stop());
        setExit(await finishShard(io, run, shard.outcome, flags, language));
        return;
      }
      const result = await check(inputs, options).finally(() => progress.stop());
      const printed = await printCheckReport(io, result, flags, language);
      if (flags.annotate !== undefined) await writeAnnotated(io, flags.annotate, result, printed.kept, language);
      setExit(finishCheck(io, result, printed, flags, language));
    });
}

/** --shard and --outcome, which go together, and what cannot go with them. */
function shardOf(flags: CheckFlags): { readonly spec: ShardSpec; readonly outcome: string } | undefined {
  if (flags.shard === undefined) {
    if (flags.outcome !== undefined) throw badArgument('--outcome needs --shard K/N', '--outcome 需要同时给出 --shard K/N');
    if (flags.report === false) throw badArgument('--no-report needs --shard K/N', '--no-report 需要同时给出 --shard K/N');
    return undefined;
  }
  if (flags.report === false && flags.output !== undefined) {
    throw badArgument('--no-report prints no report: leave out -o, or --no-report', '--no-report 不输出报告：请去掉 -o 或 --no-report');
  }
  if (flags.outcome === undefined) throw badArgument('--shard needs --outcome <file> to write its outcome to', '--shard 需要同时给出 --outcome <文件>，写出本份的检查结果');
  // Every shard would write the one baseline file, or count the other shards' findings in it as fixed.
  if (flags.baseline !== undefined) {
    throw badArgument('--baseline cannot be used with --shard: give it to quanze merge', '--baseline 不能与 --shard 同用：请在 quanze merge 时使用');
  }
  return { spec: flags.shard, outcome: flags.outcome };
}

/**
 * Writes the shard's outcome file, then the report of its share (unless --no-report), its --summary and --annotate
 * copies. A shard exits 0 once its outcome is written, whatever it found: the verdict (findings, batch rules,
 * unreadable inputs) is merge's, and a job runner would otherwise retry a shard that worked, or a Kubernetes Job
 * never complete.
 */
async function finishShard(io: Io, run: ShardCheck, outcome: string, flags: CheckFlags, lang: Lang): Promise<ExitCode> {
  const path = resolve(io.cwd, outcome);
  await writeFileAtomic(path, coalesce(outcomeLines(run.header, run.entries)));
  const printed = await printCheckReport(io, run.result, flags, lang, flags.report !== false);
  // Named as one run names them (the guard checked the same paths): a folder unless the whole run is one workbook.
  if (flags.annotate !== undefined) await writeAnnotated(io, flags.annotate, run.result, printed.kept, lang, run.header.total);
  // Named in the shard's log too; the exit code stays 0: the unreadable input travels in the outcome to merge.
  reportUnreadable(io, run.result, lang);
  const { shard, shards, inventories, total } = run.header;
  io.err(lang === 'zh'
    ? `已写入 ${relative(io.cwd, path) || path}：第 ${shard}/${shards} 份，${inventories} 个清单（共 ${total} 个）\n`
    : `wrote ${relative(io.cwd, path) || path}: shard ${shard}/${shards}, ${inventories} of ${total} inventories\n`);
  return exitCodes.ok;
}

/** The inputs an output must not overwrite: the inventories and an explicit configuration file. */
export function withConfig(inputs: readonly string[], config: string | undefined): string[] {
  return config === undefined ? [...inputs] : [...inputs, config];
}

/** Every file check would write, known before it reads anything. */
async function outputTargets(io: Io, inputs: readonly string[], flags: CheckFlags, lang: Lang): Promise<OutputTarget[]> {
  const targets = reportTargets(flags);
  if (flags.outcome !== undefined) targets.push({ path: flags.outcome, flag: '--outcome' });
  if (flags.annotate !== undefined) {
    const sources = await expandInputs(inputs, io.cwd);
    refuseAnnotateFile(flags.annotate, sources.length);
    for (const source of sources) targets.push({ path: annotatedPath(flags.annotate, source, sources.length, lang), flag: '--annotate' });
  }
  return targets;
}

/**
 * Several inventories get one annotated copy each, in a folder: an `--annotate` ending in .xlsx would silently become
 * a folder of that name, which a user who asked for one workbook would not look in.
 */
function refuseAnnotateFile(out: string, count: number): void {
  if (count < 2 || extname(out).toLowerCase() !== '.xlsx') return;
  throw badArgument(
    `--annotate ${out}: the ${count} inventories get one annotated copy each, written to a folder: give a folder (such as review/), not an .xlsx file`,
    `--annotate ${out}：${count} 个清单各写一份审核意见副本，须写入文件夹：请给出文件夹（如 审核意见/），而不是 .xlsx 文件`,
  );
}

/** Where the annotated copy of `source` goes: `out` itself for a single inventory, else `<out>/<name>.审核意见.xlsx`. */
function annotatedPath(out: string, source: string, count: number, lang: Lang): string {
  if (count === 1 && extname(out).toLowerCase() === '.xlsx') return out;
  return join(out, `${basename(source, extname(source))}.${lang === 'zh' ? '审核意见' : 'review'}.xlsx`);
}

/**
 * One annotated copy per inventory: `out` is the file for a single inventory, or a folder holding
 * `<name>.审核意见.xlsx` for several (outputTargets has refused any that is an input).
 */
async function writeAnnotated(
  io: Io, out: string, result: CheckResult, kept: readonly Diagnostic[], lang: Lang, count = result.inventories.length + result.unreadable.length,
): Promise<void> {
  const keptSet = new Set(kept);
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
