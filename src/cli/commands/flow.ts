// `quanze flow <inputs…> -o <dir>`: every power's procedure chart (or --power's), one file each, the folder swapped in whole.

import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import { loadInventories } from '../../api.js';
import { configFileName } from '../../config/load-config.js';
import type { Lang } from '../../diagnostics/types.js';
import { drawFlowCharts, flowFormats, type FlowFormat, type FlowInventory } from '../../flow/index.js';
import { claimFileName, safeFileName } from '../../output/safe-file-name.js';
import { departmentName } from '../../view/department-name.js';
import { readingErrors } from '../emit-output.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { createProgress } from '../progress.js';
import { writeSiteFolder } from '../write-site.js';
import { resolveRunConfig, withConfig } from './check.js';

interface FlowFlags {
  readonly output: string;
  readonly format: FlowFormat;
  readonly power?: string;
  readonly force?: boolean;
  readonly config?: string;
}

export function flowCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('flow')
    .description(say({
      zh: '绘制执法流程图：有执法流程表的按表绘制，否则按职权类型的标准流程；每个事项一个文件',
      en: 'draw procedure flowcharts: from the steps table where there is one, else the act type\'s standard procedure; one file per power',
    }))
    .argument(value('inputs', 'variadic'), say({ zh: '工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符；多个清单时每个部门一个子文件夹', en: 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs; several inventories get a folder per department' }))
    .requiredOption(`-o, --output ${value('dir')}`, say({ zh: '流程图写入的文件夹（整体替换）', en: 'folder to write the charts to (replaced as a whole)' }))
    .addOption(new Option(`-f, --format ${value('format')}`, say({
      zh: '输出格式：svg 图片、mermaid 源码，或 json（排版后的图，供其他工具使用）',
      en: 'output format: svg images, mermaid source, or json (the laid-out graph, for other tools)',
    })).choices([...flowFormats]).default(flowFormats[0]))
    .option(`--power ${value('code')}`, say({ zh: '只绘制该事项编码的流程图', en: 'draw only the power with this code' }))
    .option('--force', say({ zh: '替换不是 quanze 生成的非空输出文件夹', en: 'replace a non-empty output folder that quanze did not write' }))
    .option(`-c, --config ${value('file')}`, say({
      zh: `配置文件（默认：第一个输入所在目录向上最近的 ${configFileName}），取其较大数额标准（决定听证分支）`,
      en: `configuration file (default: the nearest ${configFileName} above the first input), for its large-amount thresholds (the hearing branch)`,
    }))
    .action(async (inputs: string[], flags: FlowFlags) => {
      const language = lang();
      // The chart folder is replaced as a whole: no input may live in it or be it.
      await refuseOutputsOverInputs([{ path: flags.output, flag: '-o', replacesFolder: true }], withConfig(inputs, flags.config), io.cwd);
      const config = await resolveRunConfig(io, inputs, flags.config);
      const progress = createProgress(io.isTTY);
      let charts;
      let loaded;
      try {
        progress.update(say({ zh: '读取清单…', en: 'reading the inventories…' }));
        loaded = await loadInventories(inputs, { lang: language, cwd: io.cwd, settings: config.settings });
        const batch = loaded.inventories.length + loaded.unreadable.length > 1;
        const folders = new Set<string>();
        const inventories: FlowInventory[] = loaded.inventories.map(({ inventory }) => ({
          inventory,
          ...(batch ? { folder: claimFileName(folders, safeFileName(departmentName(inventory))) } : {}),
        }));
        charts = await drawFlowCharts(inventories, {
          format: flags.format,
          lang: language,
          thresholds: config.settings.thresholds,
          variant: config.settings.actTypes,
          ...(flags.power === undefined ? {} : { power: flags.power }),
          onChart: (done, total) => progress.update(say({ zh: `绘制流程图 ${done}/${total}`, en: `drawing charts ${done}/${total}` })),
        });
        progress.update(say({ zh: `写入 ${charts.files.length} 个文件…`, en: `writing ${charts.files.length} files…` }));
        await writeSiteFolder(resolve(io.cwd, flags.output), charts.files, { force: flags.force === true, command: 'flow' });
      } finally {
        progress.stop();
      }
      io.out(language === 'zh'
        ? `已绘制 ${charts.files.length} 张流程图到 ${flags.output}\n`
        : `Drew ${charts.files.length} chart${charts.files.length === 1 ? '' : 's'} into ${flags.output}\n`);
      if (charts.withProblems > 0) {
        io.err(language === 'zh'
          ? `quanze: ${charts.withProblems} 张流程图的执法流程表自相矛盾，问题已标在图上；运行 quanze check 查看详情\n`
          : `quanze: the steps tables of ${charts.withProblems} charts contradict themselves; the problems are marked on the charts (run quanze check for details)\n`);
      }
      const errors = loaded.inventories.reduce((n, l) => n + l.diagnostics.filter((d) => d.severity === 'error').length, 0);
      readingErrors(io, errors, language, { zh: '未绘入流程图', en: 'left out of the charts' });
      for (const { error } of loaded.unreadable) io.err(`quanze: ${error.describe(language)}\n`);
      setExit(loaded.unreadable.length > 0 ? exitCodes.fatal : exitCodes.ok);
    });
}
