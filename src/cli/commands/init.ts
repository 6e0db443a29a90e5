// `quanze init [dir]`: write the blank template workbook and CSV files; never overwrite.

import { Command } from 'commander';
import { relative, resolve } from 'node:path';
import type { Lang } from '../../diagnostics/types.js';
import { buildTemplateFiles } from '../../template/index.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { writeNewFiles } from '../write-output.js';

export function initCommand(io: Io, lang: () => Lang): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('init')
    .description(say({ zh: '生成空白清单模板（xlsx 含下拉选项，及 CSV）', en: 'write blank templates (xlsx with dropdowns, and CSV)' }))
    .argument(value('dir', 'optional'), say({ zh: '写入的文件夹', en: 'folder to write into' }), '.')
    .action(async (dir: string) => {
      const target = resolve(io.cwd, dir);
      const written = await writeNewFiles(target, await buildTemplateFiles());
      const language = lang();
      for (const path of written) io.out(`${language === 'zh' ? '已生成' : 'wrote'} ${relative(io.cwd, path) || path}\n`);
      io.out(
        language === 'zh'
          ? '填写后运行 quanze check 检查。\n'
          : 'Fill it in, then run quanze check on it.\n',
      );
    });
}
