// `quanze publish <inputs…> -o <dir>`: check each inventory once, build the disclosure site, swap it into place.

import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Command } from 'commander';
import { checkInventory, loadInventories, type InventoryCheck } from '../../api.js';
import { ToolkitError } from '../../diagnostics/errors.js';
import type { Lang } from '../../diagnostics/types.js';
import { expandInputs } from '../../ingest/index.js';
import type { OutputFile } from '../../output/output-file.js';
import { publishSiteFiles, type LogoFormat } from '../../publish/index.js';
import type { CheckedInventory } from '../../view/index.js';
import { exitCodes, type ExitCode } from '../fatal.js';
import { placeholder, texts } from '../i18n.js';
import type { Io } from '../io.js';
import { createProgress } from '../progress.js';
import { writeSiteFolder } from '../write-site.js';
import { refuseOutputsOverInputs } from '../output-guard.js';
import { resolveRunConfig, withConfig } from './check.js';

interface PublishFlags {
  readonly output: string;
  readonly title?: string;
  readonly baseUrl?: string;
  readonly logo?: string;
  readonly date?: string;
  readonly embed?: boolean;
  readonly force?: boolean;
  readonly allowErrors?: boolean;
  readonly config?: string;
  readonly previous?: string;
}

const logoFormats: Readonly<Record<string, LogoFormat>> = { '.png': 'png', '.svg': 'svg', '.jpg': 'jpg', '.jpeg': 'jpg', '.gif': 'gif', '.webp': 'webp' };

async function readLogo(path: string): Promise<{ contents: Uint8Array; format: LogoFormat }> {
  const format = logoFormats[extname(path).toLowerCase()];
  if (format === undefined) {
    throw new ToolkitError('bad-arguments', { zh: `标志图片 ${path} 须为 png、svg、jpg、gif 或 webp 文件`, en: `the logo ${path} must be a png, svg, jpg, gif or webp file` });
  }
  try {
    return { contents: new Uint8Array(await readFile(path)), format };
  } catch (cause) {
    throw new ToolkitError('input-not-found', { zh: `无法读取标志图片 ${path}：请检查路径`, en: `Cannot read the logo ${path}: check the path` }, { cause });
  }
}

/**
 * The previous edition, every inventory of it: one left unread would make all its powers look withdrawn, so an
 * unreadable one stops the run.
 */
async function previousEdition(input: string, options: Parameters<typeof loadInventories>[1]): Promise<CheckedInventory[]> {
  const loaded = await loadInventories([input], options);
  const [unreadable] = loaded.unreadable;
  if (unreadable !== undefined) throw unreadable.error;
  return loaded.inventories.map(({ inventory, diagnostics }) => ({ source: inventory.source, inventory, diagnostics }));
}

/** Progress text for each stage of building the site. */
const stageWords = {
  view: { zh: '整理清单…', en: 'gathering the inventories…' },
  pages: { zh: '生成页面…', en: 'writing pages…' },
  exports: { zh: '生成数据文件…', en: 'writing data exports…' },
} as const;

export function publishCommand(io: Io, lang: () => Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('publish')
    .description(say({ zh: '发布公示网站：执法事项、依据、人员、流程页面和数据下载', en: 'publish the disclosure site: pages and data exports' }))
    .argument(value('inputs', 'variadic'), say({ zh: '工作簿（.xlsx/.xls/.ods）、CSV 文件夹或通配符', en: 'workbooks (.xlsx/.xls/.ods), CSV folders, or globs' }))
    .requiredOption(`-o, --output ${value('dir')}`, say({ zh: '网站写入的文件夹（整体替换）', en: 'folder to write the site to (replaced as a whole)' }))
    .option(`--title ${value('text')}`, say({ zh: '网站标题', en: 'site title' }))
    .option(`--base-url ${value('url')}`, say({ zh: '网站对外的绝对地址（用于规范链接和 sitemap.xml）', en: 'absolute URL the site is served from (canonical links and sitemap.xml)' }))
    .option(`--logo ${value('file')}`, say({ zh: '页头显示的标志图片（png、svg、jpg、gif、webp）', en: 'logo image shown in the header (png, svg, jpg, gif, webp)' }))
    .option(`--date ${value('date')}`, say({ zh: '页面上显示的版本日期（不给则不显示日期）', en: 'edition date shown on the pages (no date otherwise)' }))
    .option('--embed', say({ zh: '另在 embed/ 下为内容管理系统写出每个页面的 HTML 片段', en: 'also write each page as an HTML fragment for a CMS, under embed/' }))
    .option('--force', say({ zh: '替换不是 quanze 生成的非空输出文件夹', en: 'replace a non-empty output folder that quanze did not write' }))
    .option('--allow-errors', say({ zh: '清单有错误时也发布', en: 'publish even when the inventories have errors' }))
    .option(`--previous ${value('old')}`, say({
      zh: '上一版清单（工作簿、CSV 文件夹或一批清单的文件夹）：另生成变更记录、已撤下事项的说明页和 withdrawn.txt',
      en: 'the previous edition (workbook, CSV folder or a folder of them): adds a change log, pages at withdrawn powers\' old URLs and withdrawn.txt',
    }))
    .option(`-c, --config ${value('file')}`, say({
      zh: '配置文件（默认：第一个输入所在目录及其上级中最近的 quanze.config.json）',
      en: 'configuration file (default: the nearest quanze.config.json above the first input)',
    }))
    .action(async (inputs: string[], flags: PublishFlags) => {
      const language = lang();
      // The site folder is replaced as a whole: no input, previous edition, logo or config may live in it.
      const read = [...withConfig(inputs, flags.config), ...(flags.previous === undefined ? [] : [flags.previous]), ...(flags.logo === undefined ? [] : [flags.logo])];
      await refuseOutputsOverInputs([{ path: flags.output, flag: '-o', replacesFolder: true }], read, io.cwd);
      const config = await resolveRunConfig(io, inputs, flags.config);
      const sources = await expandInputs(inputs, io.cwd);
      const progress = createProgress(io.isTTY);
      const checked: InventoryCheck[] = [];
      let pages = 0;
      try {
        for (const [i, source] of sources.entries()) {
          progress.update(`${i + 1}/${sources.length} ${source}`);
          checked.push(await checkInventory(source, { lang: language, cwd: io.cwd, settings: config.settings, severities: config.severities }));
        }
        const previous = flags.previous === undefined ? undefined : await previousEdition(flags.previous, { lang: language, cwd: io.cwd, settings: config.settings });
        const logoPath = flags.logo === undefined ? config.publish.logo : resolve(io.cwd, flags.logo);
        const title = flags.title ?? config.publish.title;
        const baseUrl = flags.baseUrl ?? config.publish.baseUrl;
        const files = publishSiteFiles(checked, {
          ...(title === undefined ? {} : { title }),
          ...(baseUrl === undefined ? {} : { baseUrl }),
          ...(flags.date === undefined ? {} : { date: flags.date }),
          ...(logoPath === undefined ? {} : { logo: await readLogo(logoPath) }),
          variant: config.settings.actTypes,
          thresholds: config.settings.thresholds,
          embed: flags.embed === true,
          allowErrors: flags.allowErrors === true,
          ...(previous === undefined ? {} : { previous }),
          onProgress: (stage) => progress.update(say(stageWords[stage])),
        });
        // Pages are made as they are written, so the count is known at the end.
        let written = 0;
        const counted = function* (all: Iterable<OutputFile>): Generator<OutputFile> {
          for (const file of all) {
            written += 1;
            if (file.path.endsWith('.html') && !file.path.startsWith('embed/')) pages += 1;
            if (written % 500 === 0) progress.update(say({ zh: `已写入 ${written} 个文件…`, en: `${written} files written…` }));
            yield file;
          }
        };
        await writeSiteFolder(resolve(io.cwd, flags.output), counted(files), { force: flags.force === true });
      } finally {
        progress.stop();
      }
      const home = `${flags.output.replace(/\/+$/, '')}/index.html`;
      io.out(
        language === 'zh'
          ? `已发布 ${checked.length} 个部门、${pages} 个页面到 ${flags.output}：用浏览器打开 ${home}\n`
          : `Published ${checked.length} department${checked.length === 1 ? '' : 's'}, ${pages} pages to ${flags.output}: open ${home} in a browser\n`,
      );
      setExit(exitCodes.ok);
    });
}
