// `quanze merge <outcomes…>`: the outcome files of `check --shard K/N` runs combined into the report one check over
// all the inputs prints, batch rules included, with check's formats, options and exit codes.

import { Command } from 'commander';
import { mergeOutcomes } from '../../api.js';
import { findOutcomeFiles } from '../../batch/index.js';
import type { Lang } from '../../diagnostics/types.js';
import { finishCheck, printCheckReport, refuseBadReportFlags, reportTargets, type ReportFlags } from '../check-report.js';
import type { ExitCode } from '../fatal.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { reportOptions } from '../report-options.js';

export function mergeCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  const report = reportOptions(lang());
  return new Command('merge')
    .description(say({
      zh: '合并各分片（check --shard K/N --outcome）的结果文件，运行批次规则，输出与一次检查全部输入相同的报告',
      en: 'combine the outcome files of check --shard K/N runs, run the batch rules and print the report one check of all the inputs would',
    }))
    .argument(value('outcomes', 'variadic'), say({ zh: '各分片的结果文件（.jsonl），或存放它们的文件夹', en: 'the outcome files of the shards (.jsonl), or folders holding them' }))
    .addOption(report.format)
    .addOption(report.failOn)
    .addOption(report.maxWarnings)
    .addOption(report.output)
    .addOption(report.noColor)
    .addOption(report.summary)
    .addOption(report.baseline)
    .addOption(report.updateBaseline)
    .action(async (inputs: string[], flags: ReportFlags) => {
      const language = lang();
      refuseBadReportFlags(flags);
      const files = await findOutcomeFiles(inputs, io.cwd);
      await refuseOutputsOverInputs(reportTargets(flags), files.map((file) => file.shown), io.cwd);
      const result = await mergeOutcomes(inputs, { cwd: io.cwd, lang: language });
      const printed = await printCheckReport(io, result, flags, language);
      setExit(finishCheck(io, result, printed, flags, language));
    });
}
