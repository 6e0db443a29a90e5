// `quanze diff <old> <new>`: what changed between two editions (workbooks, CSV folders or batches); --exit-code
// exits 1 when anything did, for CI that must approve each edition.

import { Command, Option } from 'commander';
import { readEdition } from '../../api.js';
import { configFileName } from '../../config/load-config.js';
import type { Lang } from '../../diagnostics/types.js';
import { binaryDiffFormats, diffEditions, diffFormatters, type DiffFormat } from '../../diff/index.js';
import { emitOutput, readingErrors, refuseBinaryToTerminal } from '../emit-output.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { resolveRunConfig, withConfig } from './check.js';

interface DiffFlags {
  readonly format: DiffFormat;
  readonly output?: string;
  readonly exitCode?: boolean;
  readonly config?: string;
}

export function diffCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('diff')
    .description(say({
      zh: '比对两版清单：新增、删除、更名、重新编码、类型与实施主体变更、依据与时限变更，以及须撤下的事项',
      en: 'what changed between two editions: added, removed, renamed, re-coded, re-typed, moved, bases and time limits, and what to withdraw',
    }))
    .argument(value('old'), say({ zh: '旧版：工作簿、CSV 文件夹，或一批部门清单所在的文件夹', en: 'old edition: a workbook, a CSV folder, or a folder of departments\' inventories' }))
    .argument(value('new'), say({ zh: '新版清单，形式同旧版（批量时按部门名称对应）', en: 'the new edition, in the same form as the old (batches are matched by department name)' }))
    .addOption(new Option(`-f, --format ${value('format')}`, say({ zh: '输出格式（xlsx 须配合 -o）', en: 'output format (xlsx needs -o)' }))
      .choices(Object.keys(diffFormatters)).default('text'))
    .option(`-o, --output ${value('file')}`, say({ zh: '写入文件而不是标准输出', en: 'write to a file instead of standard output' }))
    .option('--exit-code', say({ zh: '有任何变化时以退出码 1 结束（供 CI 审批每一版）', en: 'exit 1 when anything changed (for CI that approves each edition)' }))
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件（默认：旧版所在目录向上最近的 ${configFileName}），取其职权类型口径`,
      en: `configuration file (default: the nearest ${configFileName} above the old edition), for the act-type variant`,
    }))
    .action(async (oldInput: string, newInput: string, flags: DiffFlags) => {
      const language = lang();
      refuseBinaryToTerminal(flags.format, binaryDiffFormats.has(flags.format), flags.output);
      if (flags.output !== undefined) await refuseOutputsOverInputs([{ path: flags.output, flag: '-o' }], withConfig([oldInput, newInput], flags.config), io.cwd);
      const config = await resolveRunConfig(io, [oldInput], flags.config);
      const options = { lang: language, cwd: io.cwd, settings: config.settings };
      const old = await readEdition(oldInput, options);
      const now = await readEdition(newInput, options);
      const diff = diffEditions(old.edition, now.edition);
      const output = diffFormatters[flags.format](diff, { lang: language });
      await emitOutput(io, flags.output, output, language);
      const errors = old.errors + now.errors;
      readingErrors(io, errors, language, { zh: '不参与比对', en: 'not compared' });
      setExit(flags.exitCode === true && diff.changed ? exitCodes.findings : exitCodes.ok);
    });
}
