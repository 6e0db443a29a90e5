// publishSite: the disclosure site as files (pages, exports, stylesheet, sitemap, CMS fragments), built from one view.

import type { ClassifyVariant } from '../classify/index.js';
import { ToolkitError } from '../diagnostics/errors.js';
import type { LargeAmountThresholds } from '../law/fine-amounts.js';
import type { OutputFile } from '../output/output-file.js';
import { buildView, type CheckedInventory, type PublicationView } from '../view/index.js';
import { editionFiles, changeLogPath } from './editions/index.js';
import { embedFragment, embedStylesheetFile } from './embed.js';
import { csvFiles, xlsxFile } from './exports/tables.js';
import { inventoryJson, powerJsonFiles } from './exports/json.js';
import type { SiteFrame } from './layout.js';
import { basesPage } from './pages/bases.js';
import { bookletPages } from './pages/booklet.js';
import { legalReviewPage, inspectionsPage } from './pages/catalogue-lists.js';
import { dataIndexPage } from './pages/data-index.js';
import { departmentPages } from './pages/department.js';
import { homePage } from './pages/home.js';
import { officersPage } from './pages/officers.js';
import { powerPages } from './pages/power.js';
import { searchFiles } from './pages/search.js';
import { statisticsPage } from './pages/statistics.js';
import { typePages } from './pages/types.js';
import { sitePaths } from './paths.js';
import { sitemap } from './sitemap.js';
import { siteStylesheet } from './styles.js';

export type LogoFormat = 'png' | 'svg' | 'jpg' | 'gif' | 'webp';

export interface PublishOptions {
  /** Site title; default: 「<department>行政执法公示」 for one department, 「行政执法公示」 for a batch. */
  readonly title?: string;
  /** Edition date YYYY-MM-DD shown on the pages; without it the site carries no date (same input, same bytes). */
  readonly date?: string;
  /** Absolute http(s) URL the site will be served from: canonical links and sitemap.xml. */
  readonly baseUrl?: string;
  readonly logo?: { readonly contents: Uint8Array; readonly format: LogoFormat };
  /** Also write each page's content as a CMS fragment under embed/. */
  readonly embed?: boolean;
  /** The configuration's act-type variant (actTypes): types are inferred and counted as `check` and `stats` do. */
  readonly variant?: ClassifyVariant;
  /** The configuration's 较大数额 amounts: a penalty above them is drawn with the hearing branch. */
  readonly thresholds?: LargeAmountThresholds;
  /** Publish inventories that have errors (warnings never stop a publication). */
  readonly allowErrors?: boolean;
  /**
   * The previous edition's inventories (publish --previous): the site then has a change log, a page at every old
   * URL this edition no longer serves saying why, and withdrawn.txt listing those URLs.
   */
  readonly previous?: readonly CheckedInventory[];
  /** Called between stages, for progress display. */
  readonly onProgress?: (stage: 'view' | 'pages' | 'exports') => void;
}

const badArgument = (zh: string, en: string): ToolkitError => new ToolkitError('bad-arguments', { zh, en });

function checkOptions(options: PublishOptions): void {
  if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    throw badArgument(`--date 须为 YYYY-MM-DD 格式的日期，而不是“${options.date}”`, `--date must be a date as YYYY-MM-DD, not "${options.date}"`);
  }
  if (options.baseUrl !== undefined && !/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(options.baseUrl)) {
    throw badArgument(`--base-url 须为以 http:// 或 https:// 开头的网址，而不是“${options.baseUrl}”`, `--base-url must be an http:// or https:// URL, not "${options.baseUrl}"`);
  }
  if (options.title !== undefined && options.title.trim() === '') throw badArgument('--title 不能为空', '--title must not be empty');
}

/** Refuses inventories with errors unless allowed: the count, and the check command that lists them. */
function refuseErrors(checked: readonly CheckedInventory[]): void {
  const errors = checked.reduce((sum, c) => sum + c.diagnostics.filter((d) => d.severity === 'error').length, 0);
  if (errors === 0) return;
  const command = `quanze check ${checked.map((c) => (/[\s"'$]/.test(c.source) ? `"${c.source}"` : c.source)).join(' ')}`;
  throw new ToolkitError('inventory-has-errors', {
    zh: `清单有 ${errors} 个错误，未发布：运行 ${command} 查看并修正；确需照样发布时加 --allow-errors`,
    en: `the inventories have ${errors} error${errors === 1 ? '' : 's'}, nothing published: run ${command} to see and fix them, or add --allow-errors to publish anyway`,
  });
}

const defaultTitle = (view: PublicationView): string => (view.departments.length === 1 ? `${view.departments[0]?.name ?? ''}行政执法公示` : '行政执法公示');

/** Every HTML page of the site, in a fixed order, made as they are taken. */
function* pages(site: SiteFrame, view: PublicationView): Generator<OutputFile> {
  yield homePage(site, view);
  yield* departmentPages(site, view);
  yield* typePages(site, view);
  yield* powerPages(site, view);
  yield basesPage(site, view);
  yield officersPage(site, view);
  yield legalReviewPage(site, view);
  yield inspectionsPage(site, view);
  yield statisticsPage(site, view);
  yield* bookletPages(site, view);
  yield dataIndexPage(site, view);
}

/**
 * The site for checked inventories (what `checkInventory` returns: each workbook read and checked once), as files
 * made one at a time while they are taken: a province's pages with their charts never sit in memory at once.
 * Writes nothing. Throws ToolkitError at once on bad options, and when an inventory has errors unless `allowErrors`.
 */
export function publishSiteFiles(checked: readonly CheckedInventory[], options: PublishOptions = {}): Iterable<OutputFile> {
  checkOptions(options);
  if (options.allowErrors !== true) refuseErrors(checked);
  options.onProgress?.('view');
  const view = buildView(checked, {
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
    ...(options.date === undefined ? {} : { referenceDate: options.date }),
  });
  const logoPath = options.logo === undefined ? undefined : `assets/logo.${options.logo.format}`;
  const baseUrl = options.baseUrl === undefined ? undefined : options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  const site: SiteFrame = {
    title: options.title?.trim() ?? defaultTitle(view),
    ...(options.date === undefined ? {} : { date: options.date }),
    ...(baseUrl === undefined ? {} : { baseUrl }),
    ...(logoPath === undefined ? {} : { logoPath }),
    searchPath: sitePaths.search,
    ...(options.previous === undefined ? {} : { changesPath: changeLogPath }),
  };
  return siteFiles(site, view, checked, options, logoPath, baseUrl);
}

function* siteFiles(
  site: SiteFrame, view: PublicationView, checked: readonly CheckedInventory[], options: PublishOptions, logoPath: string | undefined, baseUrl: string | undefined,
): Generator<OutputFile> {
  options.onProgress?.('pages');
  const edition = options.previous === undefined ? undefined : editionFiles(site, view, checked, options.previous);
  const search = searchFiles(site, view);
  const htmlPaths: string[] = [];
  function* htmlPages(): Generator<OutputFile> {
    yield* pages(site, view);
    yield search.page;
    if (edition !== undefined) yield edition.changeLog;
  }
  for (const page of htmlPages()) {
    htmlPaths.push(page.path);
    yield page;
    if (options.embed === true) yield* embedFragment(page);
  }
  options.onProgress?.('exports');
  yield { path: sitePaths.stylesheet, contents: siteStylesheet(site.title) };
  yield inventoryJson(view, site);
  yield xlsxFile(view);
  yield* csvFiles(view);
  yield* powerJsonFiles(view);
  yield* search.assets;
  yield* edition?.withdrawn ?? [];
  if (options.logo !== undefined && logoPath !== undefined) yield { path: logoPath, contents: options.logo.contents };
  if (baseUrl !== undefined) yield sitemap(baseUrl, htmlPaths);
  if (options.embed === true) yield embedStylesheetFile();
}

/**
 * The site as an array of files (for callers that want it in memory; `quanze publish` writes publishSiteFiles as
 * they are made). Throws ToolkitError on bad options, and when an inventory has errors unless `allowErrors`.
 */
export async function publishSite(checked: readonly CheckedInventory[], options: PublishOptions = {}): Promise<OutputFile[]> {
  return Promise.resolve([...publishSiteFiles(checked, options)]);
}
