// The search page in Chromium on a small site of its own: from file:// and through `quanze preview`, ?q= from a header form, filters, hostile names as text.

/// <reference lib="dom" />

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../src/markup/html.js';
import { startPreview, type PreviewServer } from '../../src/preview/index.js';
import { buildSearchAssets, renderSearchPanel, type SearchDocument } from '../../src/publish/search/index.js';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';

const docs = JSON.parse(readFileSync(new URL('../fixtures/search/powers.json', import.meta.url), 'utf8')) as SearchDocument[];
const hostile: SearchDocument = {
  id: 'HOSTILE', url: 'powers/HOSTILE.html', name: '<img src=x onerror="window.__pwned=1">对排污行为的"处罚"<script>window.__pwned=1</script>',
  code: '<b>X</b>', department: '生态环境局', actType: '行政处罚', text: '排污 <svg onload=alert(1)>',
};
const all = [...docs, hostile];

/** A minimal site: search.html with the panel and a header form, one page per power, and the search assets. */
function writeSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-search-site-'));
  const write = (path: string, contents: string | Uint8Array): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  };
  const departments = [...new Set(all.map((d) => d.department))];
  const actTypes = [...new Set(all.map((d) => d.actType))];
  const header = html`<header><form action="search.html" method="get"><label>搜索 <input name="q" id="header-q"></label><button>搜索</button></form></header>`;
  write('search.html', `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>搜索</title></head><body>${header}<main><h1>搜索</h1>${renderSearchPanel({ departments, actTypes })}</main></body></html>`);
  write('index.html', `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>首页</title></head><body>${header}<main><h1>首页</h1></main></body></html>`);
  for (const d of all) write(d.url, String(html`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${d.name}</title></head><body><h1>${d.name}</h1></body></html>`));
  for (const file of buildSearchAssets(all)) write(file.path, file.contents);
  return dir;
}

describe.skipIf(!browserAvailable())('search page in Chromium', () => {
  let browser: Browser;
  let server: PreviewServer;
  let site: string;
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    site = writeSite();
    server = await startPreview(site, { port: 0 });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'file:' && u.hostname !== '127.0.0.1') offsite.push(r.url());
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
    await page.goto(url);
    return page;
  }

  const hits = (page: Page): Promise<string[]> => page.locator('#search-results li a').allTextContents();

  it('answers ?q= through the preview server, the exact name first, and the hit leads to the power', async () => {
    const page = await open(`${server.url}search.html?q=${encodeURIComponent('食品经营许可')}`);
    expect(await page.inputValue('#search-q')).toBe('食品经营许可');
    expect((await hits(page))[0]).toBe('食品经营许可');
    await page.locator('#search-results li a').first().click();
    await page.waitForURL(/powers\/SJ-XK-001\.html$/u);
    expect(await page.textContent('h1')).toBe('食品经营许可');
    await page.close();
  });

  it('works from a header form on another page', async () => {
    const page = await open(`${server.url}index.html`);
    await page.fill('#header-q', '超限运输');
    await page.press('#header-q', 'Enter');
    await page.waitForURL(/search\.html\?q=/u);
    await page.waitForSelector('#search-results li');
    expect((await hits(page))[0]).toBe('对超限运输车辆行驶公路的处罚');
    await page.close();
  });

  it('filters by act type and department, and keeps the address in step', async () => {
    const page = await open(`${server.url}search.html?q=${encodeURIComponent('特种设备')}`);
    expect((await hits(page)).length).toBe(2);
    await page.selectOption('#search-type', '行政检查');
    expect(await hits(page)).toEqual(['特种设备安全监督检查']);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=特种设备&type=行政检查');
    await page.selectOption('#search-type', '');
    await page.selectOption('#search-department', '自然资源局');
    await page.fill('#search-q', '');
    await page.press('#search-q', 'Enter');
    expect((await hits(page)).length).toBe(3);
    await page.close();
  });

  it('works opened from disk (file://), with no server', async () => {
    const page = await open(`${pathToFileURL(join(site, 'search.html')).href}?q=${encodeURIComponent('危险废物')}`);
    await page.waitForSelector('#search-results li');
    expect(new Set((await hits(page)).slice(0, 2))).toEqual(new Set(['危险废物经营许可证核发', '对违反规定收集、贮存、利用、处置危险废物的处罚']));
    await page.close();
  });

  it('shows a hostile name as text and runs none of it', async () => {
    const page = await open(`${server.url}search.html?q=${encodeURIComponent('排污行为')}`);
    await page.waitForSelector('#search-results li');
    expect((await hits(page))[0]).toBe(hostile.name);
    expect(await page.locator('#search-results img, #search-results script, #search-results b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('sent no request off 127.0.0.1 and met no script error or dialog', () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
