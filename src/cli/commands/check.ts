// `quanze check <inputs…>`: validate inventories and print a report; exit 1 on findings at or above --fail-on.

import { Command, Option } from 'commander';
import { check } from '../../api.js';
import type { Lang } from '../../diagnostics/types.js';
import { createCheckReport, type FileRows } from '../../report/create-report.js';
import { formatters, type FormatterName } from '../../report/index.js';
import type { ReportRuleMeta } from '../../report/types.js';
import { builtInRules } from '../../rules/index.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { toolVersion } from '../version.js';
import { writeFileAtomic } from '../write-output.js';
import { resolve } from 'node:path';
import { configFileName, findConfig, loadConfig, resolveConfig, type ResolvedConfig } from '../../config/load-config.js';
import type { TableKind } from '../../model/tables.js';

interface CheckFlags {
  readonly format: FormatterName;
  readonly failOn: 'error' | 'warning';
  readonly maxWarnings?: number;
  readonly output?: string;
  readonly color?: boolean;
  readonly config?: string;
}

const parseCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`not a count: ${value}`);
  return n;
};

export function checkCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  return new Command('check')
    .description(lang() === 'zh' ? '检查清单：表结构、跨表引用与法定要求' : 'validate inventories against schemas and rules')
    .argument('<inputs...>', 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs')
    .addOption(new Option('-f, --format <name>', 'report format').choices(Object.keys(formatters)).default('stylish'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when findings reach this severity').choices(['error', 'warning']).default('error'))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more warnings than this').argParser(parseCount))
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--no-color', 'no colours in the report')
    .option('-c, --config <file>', `configuration file (default: the nearest ${configFileName} above the first input)`)
    .action(async (inputs: string[], flags: CheckFlags) => {
      const language = lang();
      const machine = flags.format !== 'stylish' || flags.output !== undefined;
      const config = await resolveRunConfig(io, inputs, flags.config);
      const progress = createProgress(io.isTTY && !machine);
      const result = await check(inputs, {
        lang: language,
        cwd: io.cwd,
        settings: config.settings,
        severities: config.severities,
        onProgress: (event) => {
          if (event.kind === 'start') progress.update(`${event.index + 1}/${event.total} ${event.source}`);
        },
      }).finally(() => progress.stop());

      const files: FileRows[] = result.inventories.flatMap((checked) => {
        const byFile = new Map<string, Partial<Record<TableKind, number>>>();
        for (const table of checked.inventory.tables) {
          const rows = byFile.get(table.file) ?? {};
          rows[table.kind] = (rows[table.kind] ?? 0) + table.rowCount;
          byFile.set(table.file, rows);
        }
        return [...byFile].map(([file, rows]) => ({ file, rows }));
      });
      const report = createCheckReport(result.diagnostics, files);
      const rules = new Map<string, ReportRuleMeta>(
        builtInRules.map((rule) => [rule.meta.id, { description: rule.meta.description[language], docs: rule.meta.docs, severity: rule.meta.severity }]),
      );
      const text = formatters[flags.format](report, {
        lang: language,
        color: flags.color !== false && io.color && flags.output === undefined,
        cwd: io.cwd,
        toolVersion,
        rules,
      });
      if (flags.output !== undefined) await writeFileAtomic(resolve(io.cwd, flags.output), text);
      else io.out(text);

      for (const { error } of result.unreadable) io.err(`quanze: ${error.describe(language)}\n`);
      const { errors, warnings } = report.summary;
      const failed =
        errors > 0 ||
        (flags.failOn === 'warning' && warnings > 0) ||
        (flags.maxWarnings !== undefined && warnings > flags.maxWarnings);
      setExit(result.unreadable.length > 0 ? exitCodes.fatal : failed ? exitCodes.findings : exitCodes.ok);
    });
}

/** --config wins; otherwise the nearest config file above the first input; otherwise the defaults. */
export async function resolveRunConfig(io: Io, inputs: readonly string[], explicit: string | undefined): Promise<ResolvedConfig> {
  const known = new Set(builtInRules.map((rule) => rule.meta.id));
  if (explicit !== undefined) return loadConfig(resolve(io.cwd, explicit), known);
  const found = await findConfig(resolve(io.cwd, inputs[0] ?? '.'));
  return found === undefined ? resolveConfig() : loadConfig(found, known);
}
