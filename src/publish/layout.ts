// The page frame every site page shares (header, navigation, breadcrumbs, footer); exported so other pages reuse it.

import { html, type SafeMarkup } from '../markup/html.js';
import type { OutputFile } from '../output/output-file.js';
import { relativeHref, sitePaths } from './paths.js';

/** What the frame needs to know of the site, the same on every page. */
export interface SiteFrame {
  readonly title: string;
  /** Edition date (YYYY-MM-DD) shown in the footer; absent, no date appears anywhere. */
  readonly date?: string;
  /** Absolute URL the site will be served from, ending in `/`: pages get a canonical link. */
  readonly baseUrl?: string;
  /** Path of the logo image under the site root. */
  readonly logoPath?: string;
  /** Path of the search page when the site has one: the header then carries a search form. */
  readonly searchPath?: string;
  /** Path of the change log when the edition was published against the previous one: the navigation lists it. */
  readonly changesPath?: string;
}

export interface Crumb {
  readonly label: string;
  /** Site-root-relative path; the current page has none. */
  readonly path?: string;
}

export interface PageSpec {
  /** Where the page lives, relative to the site root (POSIX). */
  readonly path: string;
  /** The page's own title (the <h1> is part of `body`). */
  readonly title: string;
  readonly body: SafeMarkup;
  /** Trail from the home page to this one, home excluded. */
  readonly crumbs?: readonly Crumb[];
  /** The navigation entry to mark as current. */
  readonly section?: string;
  readonly description?: string;
}

const navigation: ReadonlyArray<readonly [string, string]> = [
  [sitePaths.home, '首页'],
  [sitePaths.bases, '执法依据'],
  [sitePaths.officers, '执法人员'],
  [sitePaths.legalReview, '法制审核目录'],
  [sitePaths.inspections, '随机抽查事项'],
  [sitePaths.statistics, '统计'],
  [sitePaths.booklet, '汇编'],
  [sitePaths.data, '数据下载'],
];

function header(site: SiteFrame, path: string): SafeMarkup {
  const link = (to: string): string => relativeHref(path, to);
  const logo = site.logoPath === undefined ? '' : html`<img src="${link(site.logoPath)}" alt="" width="36" height="36">`;
  // The search page has its own, fuller form; a second search landmark there would only repeat it.
  const search =
    site.searchPath === undefined || site.searchPath === path
      ? ''
      : html`<form class="site-search" action="${link(site.searchPath)}" method="get" role="search" aria-label="站内搜索"><label class="vh" for="site-q">搜索执法事项</label><input id="site-q" name="q" type="search" placeholder="搜索执法事项"><button type="submit">搜索</button></form>`;
  return html`<header class="site-header"><div class="bar"><a class="site-title" href="${link(sitePaths.home)}">${logo}<span>${site.title}</span></a>${search}</div></header>`;
}

function nav(path: string, section: string | undefined, changesPath: string | undefined): SafeMarkup {
  const entries = changesPath === undefined ? navigation : [...navigation.slice(0, -1), [changesPath, '变更记录'] as const, ...navigation.slice(-1)];
  const items = entries.map(([to, label]) => {
    const current = to === (section ?? path) ? html` aria-current="page"` : '';
    return html`<li><a href="${relativeHref(path, to)}"${current}>${label}</a></li>`;
  });
  return html`<nav class="site-nav" aria-label="主导航"><ul>${items}</ul></nav>`;
}

function breadcrumbs(path: string, crumbs: readonly Crumb[] | undefined): SafeMarkup | '' {
  if (crumbs === undefined || crumbs.length === 0) return '';
  const items = [{ label: '首页', path: sitePaths.home } as Crumb, ...crumbs].map((crumb) =>
    crumb.path === undefined ? html`<li aria-current="page">${crumb.label}</li>` : html`<li><a href="${relativeHref(path, crumb.path)}">${crumb.label}</a></li>`,
  );
  return html`<nav class="crumbs" aria-label="当前位置"><ol>${items}</ol></nav>`;
}

/** Browsers and search engines show about 70 characters of a title; a long power name is cut there, the site name kept. */
function documentTitle(site: string, page: string | undefined): string {
  if (page === undefined) return site.length > 70 ? `${site.slice(0, 69)}…` : site;
  const room = 70 - site.length - 3;
  if (room < 8) return page.length > 70 ? `${page.slice(0, 69)}…` : page;
  return `${page.length > room ? `${page.slice(0, room - 1)}…` : page} - ${site}`;
}

/** A complete HTML document for one page; the same view and options give the same bytes. */
export function renderPage(site: SiteFrame, page: PageSpec): string {
  const canonical = site.baseUrl === undefined ? '' : html`<link rel="canonical" href="${site.baseUrl + page.path.split('/').map(encodeURIComponent).join('/')}">`;
  const description = page.description === undefined ? '' : html`<meta name="description" content="${page.description}">`;
  const edition = site.date === undefined ? '' : html`<p>版本日期：<time datetime="${site.date}">${site.date}</time></p>`;
  const title = documentTitle(site.title, page.path === sitePaths.home ? undefined : page.title);
  return html`<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${description}${canonical}<link rel="stylesheet" href="${relativeHref(page.path, sitePaths.stylesheet)}">
</head>
<body>
<a class="skip" href="#content">跳到正文</a>
${header(site, page.path)}
${nav(page.path, page.section, site.changesPath)}
<main id="content" class="site-main qz">
${breadcrumbs(page.path, page.crumbs)}${page.body}
</main>
<footer class="site-footer">${edition}<p><a href="${relativeHref(page.path, sitePaths.data)}">数据下载</a> · 本站为静态页面，不加载任何外部资源。</p></footer>
</body>
</html>
`.markup;
}

/**
 * A page the navigation leads to (执法依据目录, 统计 …): its title is its crumb, its <h1> and its marked navigation
 * entry; `body` follows the heading. `heading` replaces the <h1> text where it differs from the title.
 */
export function sectionPage(site: SiteFrame, path: string, title: string, body: SafeMarkup, heading: string = title): OutputFile {
  return { path, contents: renderPage(site, { path, title, crumbs: [{ label: title }], section: path, body: html`<h1>${heading}</h1>${body}` }) };
}
