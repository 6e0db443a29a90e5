// Pages at the old URLs of powers this edition withdrew or moved — why they left and where they went, instead of a
// broken link — and withdrawn.txt, the list of those URLs the portal must take down or redirect.

import type { EditionDiff, PowerSide, Withdrawal } from '../../diff/index.js';
import { html, type SafeMarkup } from '../../markup/html.js';
import type { OutputFile } from '../../output/output-file.js';
import { fieldList } from '../fragments.js';
import { renderPage, type SiteFrame } from '../layout.js';
import { relativeHref } from '../paths.js';
import type { KeyOfRow } from './edition-urls.js';

/** An old URL and what became of it. */
export interface OldUrl {
  readonly path: string;
  readonly action: 'withdrawn' | 'redirect';
  /** The page now carrying the power (merged into, re-coded, moved). */
  readonly target?: string;
  readonly power: PowerSide;
  readonly page: OutputFile;
}

const name = (p: Pick<PowerSide, 'name' | 'subItem'>): string => (p.subItem === undefined ? p.name : `${p.name}（${p.subItem}）`);
const pagePath = (key: string): string => `powers/${key}.html`;

/** "自 2026-12-01 版起" or "自本版起": the edition date when the site has one. */
const since = (site: SiteFrame): string => (site.date === undefined ? '自本版清单起' : `自 ${site.date} 版清单起`);

function reasonMarkup(path: string, reason: Withdrawal['reason'], target: string | undefined): SafeMarkup {
  if (reason.kind === 'merged' && target !== undefined) {
    return html`已并入 <a href="${relativeHref(path, target)}">${reason.into.code} ${name(reason.into)}</a>，办理请见该事项。`;
  }
  if (reason.kind === 'basis-repealed') return html`其实施依据${reason.titles.map((t) => `《${t}》`).join('、')}已废止。`;
  return html`新版清单未载明撤下原因，请向实施主体咨询。`;
}

function page(site: SiteFrame, path: string, power: PowerSide, heading: string, body: SafeMarkup): OutputFile {
  const details = fieldList([['事项编码', power.code], ['原实施主体', power.department], ['原承办机构', power.unit]]);
  return {
    path,
    contents: renderPage(site, { path, title: heading, crumbs: [{ label: '变更记录', path: site.changesPath ?? 'changes.html' }, { label: heading }], body: html`<h1>${heading}</h1>${body}${details}` }),
  };
}

/** Every old URL of the previous edition that this edition no longer serves with the same power. */
export function oldUrls(site: SiteFrame, diff: EditionDiff, oldKey: KeyOfRow, newKey: KeyOfRow, current: ReadonlySet<string>): OldUrl[] {
  const urls: OldUrl[] = [];
  const add = (power: PowerSide, make: (path: string) => Omit<OldUrl, 'path' | 'power'>): void => {
    const key = oldKey(power.location);
    if (key === undefined) return;
    const path = pagePath(key);
    // A page this edition still has at that address (the code now names another power) is left to it.
    if (current.has(path) || urls.some((u) => u.path === path)) return;
    urls.push({ path, power, ...make(path) });
  };
  for (const w of diff.withdrawals) {
    const intoKey = w.reason.kind === 'merged' ? newKey(w.reason.into.location) : undefined;
    const target = intoKey === undefined ? undefined : pagePath(intoKey);
    add(w.power, (path) => ({
      action: 'withdrawn',
      ...(target === undefined ? {} : { target }),
      page: page(site, path, w.power, `已撤下：${name(w.power)}`, html`<p class="lead">本事项${since(site)}不再列入${w.power.department}行政执法事项清单。</p><p>原因：${reasonMarkup(path, w.reason, target)}</p>`),
    }));
  }
  // Powers that stayed but changed address: re-coded, or moved to another department.
  for (const c of diff.changes) {
    if ((c.kind !== 'recoded' && c.kind !== 'moved-department') || c.old === undefined || c.new === undefined) continue;
    const key = newKey(c.new.location);
    if (key === undefined || key === oldKey(c.old.location)) continue;
    const target = pagePath(key);
    const now = c.new;
    add(c.old, (path) => ({
      action: 'redirect',
      target,
      page: page(site, path, c.old ?? now, `已迁移：${name(now)}`, html`<p class="lead">本事项${since(site)}${c.kind === 'recoded' ? `改用编码 ${now.code}` : `由${now.department}实施`}，请访问 <a href="${relativeHref(path, target)}">新的事项页面</a>。</p>`),
    }));
  }
  return urls.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** withdrawn.txt: one old URL a line, tab-separated: URL, withdrawn|redirect, the URL now carrying the power. */
export function withdrawnList(urls: readonly OldUrl[], baseUrl: string | undefined): OutputFile {
  const absolute = (path: string): string => (baseUrl === undefined ? path : baseUrl + path.split('/').map(encodeURIComponent).join('/'));
  const lines = [
    '# quanze withdrawn.txt: pages of the previous edition this one no longer has. Take each URL down, or redirect it',
    '# to the third column where there is one (merged, re-coded or moved powers). Columns: old URL, action, new URL.',
    ...urls.map((u) => [absolute(u.path), u.action, u.target === undefined ? '' : absolute(u.target)].join('\t').trimEnd()),
  ];
  return { path: 'withdrawn.txt', contents: `${lines.join('\n')}\n` };
}
