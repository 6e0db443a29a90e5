// `quanze stats <inputs…>`: powers by department × act type, bases by level, staffing, legal review and disputed
// types of one inventory or a batch; --by picks the rows, --format the output.

import { Command, Option } from 'commander';
import { loadInventories } from '../../api.js';
import { configFileName } from '../../config/load-config.js';
import type { Lang } from '../../diagnostics/types.js';
import { binaryStatsFormats, inventoryStats, statsFormatters, statsViews, type StatsFormat, type StatsView } from '../../stats/index.js';
import { emitOutput, readingErrors, refuseBinaryToTerminal } from '../emit-output.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { resolveRunConfig, withConfig } from './check.js';

interface StatsFlags {
  readonly by: StatsView;
  readonly format: StatsFormat;
  readonly output?: string;
  readonly config?: string;
}

export function statsCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('stats')
    .description(say({
      zh: '统计：部门 × 职权类型、依据效力级别、执法人员与法制审核、类型存疑的事项',
      en: 'counts: department × act type, bases by level, staffing and legal reviewers, disputed types',
    }))
    .argument(value('inputs', 'variadic'), say({ zh: '工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符', en: 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs' }))
    .addOption(new Option(`--by ${value('rows')}`, say({
      zh: '表格的行：部门（department）、职权类型（type）、承办机构（unit）或依据效力级别（level）',
      en: 'rows of the table: department, act type, unit, or basis level',
    })).choices([...statsViews]).default('department'))
    .addOption(new Option(`-f, --format ${value('format')}`, say({ zh: '输出格式（xlsx 须配合 -o）', en: 'output format (xlsx needs -o)' }))
      .choices(Object.keys(statsFormatters)).default('table'))
    .option(`-o, --output ${value('file')}`, say({ zh: '写入文件而不是标准输出', en: 'write to a file instead of standard output' }))
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件（默认：第一个输入所在目录向上最近的 ${configFileName}），取其基准日和法制审核人员比例`,
      en: `configuration file (default: the nearest ${configFileName} above the first input), for its reference date and reviewer ratio`,
    }))
    .action(async (inputs: string[], flags: StatsFlags) => {
      const language = lang();
      refuseBinaryToTerminal(flags.format, binaryStatsFormats.has(flags.format), flags.output);
      if (flags.output !== undefined) await refuseOutputsOverInputs([{ path: flags.output, flag: '-o' }], withConfig(inputs, flags.config), io.cwd);
      const config = await resolveRunConfig(io, inputs, flags.config);
      const loaded = await loadInventories(inputs, { lang: language, cwd: io.cwd, settings: config.settings });
      const stats = inventoryStats(loaded.inventories.map((l) => l.inventory), {
        referenceDate: config.settings.referenceDate,
        reviewerRatio: config.settings.thresholds.reviewerRatio,
        variant: config.settings.actTypes,
      });
      const output = statsFormatters[flags.format](stats, { lang: language, by: flags.by });
      await emitOutput(io, flags.output, output, language);

      // Rows the reading or the schema check left out or read in part are not counted: say so, never silently.
      const errors = loaded.inventories.reduce((n, l) => n + l.diagnostics.filter((d) => d.severity === 'error').length, 0);
      readingErrors(io, errors, language, { zh: '不计入统计', en: 'not counted' });
      for (const { error } of loaded.unreadable) io.err(`quanze: ${error.describe(language)}\n`);
      setExit(loaded.unreadable.length > 0 ? exitCodes.fatal : exitCodes.ok);
    });
}
