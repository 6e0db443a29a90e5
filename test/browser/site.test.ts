// The published sample site in Chromium, served by `quanze preview` exactly as a user would look at it: navigation,
// search, filters, no request off the machine, axe-core on every page kind, the hostile sample, the printed booklet.

/// <reference lib="dom" />

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser.js';

const root = new URL('../../', import.meta.url).pathname;
const cli = join(root, 'bin/quanze.js');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `quanze publish …` into a fresh folder; the CLI's exit code must be 0. */
function publishWithCli(args: readonly string[]): string {
  const out = join(mkdtempSync(join(tmpdir(), 'quanze-site-')), 'site');
  const run = spawnSync(process.execPath, [cli, 'publish', ...args, '-o', out], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`quanze publish exited ${run.status}: ${run.stderr}`);
  return out;
}

/** `quanze preview <dir> --port 0` as a child process, resolved with the address it prints. */
function preview(dir: string): Promise<{ readonly url: string; readonly child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'preview', dir, '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let said = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      said += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//u.exec(said)?.[0];
      if (url !== undefined) resolve({ url, child });
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => { said += chunk; });
    child.once('exit', (code) => reject(new Error(`quanze preview exited ${code}: ${said}`)));
  });
}

const stop = (child: ChildProcess | undefined): Promise<void> =>
  new Promise((resolve) => {
    if (child === undefined || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGINT');
  });

interface Axe { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact?: string | null; nodes: Array<{ target: unknown[] }> }> }> }

describe.skipIf(!browserAvailable())('the published sample site in Chromium, through quanze preview', () => {
  let browser: Browser;
  let context: BrowserContext;
  let sample: { url: string; child: ChildProcess };
  let hostile: { url: string; child: ChildProcess };
  const offsite: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    const sampleDir = publishWithCli(['samples/city-ecology-bureau.xlsx', '--date', '2026-12-01']);
    const hostileDir = publishWithCli(['test/fixtures/publish/hostile', '--allow-errors']);
    [sample, hostile] = await Promise.all([preview(sampleDir), preview(hostileDir)]);
    browser = await launchBrowser();
    context = await browser.newContext();
    // Anything not for the preview servers is recorded and refused, so a stray fetch could not even leave.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
      offsite.push(route.request().url());
      return route.abort();
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') offsite.push(request.url());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([stop(sample?.child), stop(hostile?.child)]);
  });

  async function open(url: string): Promise<Page> {
    const page = await context.newPage();
    page.on('dialog', (d) => { problems.push(`dialog on ${page.url()}: ${d.message()}`); void d.dismiss(); });
    page.on('pageerror', (e) => problems.push(`error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console on ${page.url()}: ${m.text()}`); });
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`); });
    await page.goto(url);
    return page;
  }

  const path = (page: Page): string => decodeURIComponent(new URL(page.url()).pathname);

  it('goes home → department → power → basis, and back the same way', async () => {
    const page = await open(sample.url);
    expect(await page.textContent('h1')).toBe('XX市生态环境局行政执法公示');
    await page.locator('#h-departments ~ ul a', { hasText: 'XX市生态环境局' }).click();
    await page.waitForURL(/departments\//u);
    expect(await page.textContent('h1')).toBe('XX市生态环境局');
    await page.getByRole('link', { name: '排污许可证核发', exact: true }).click();
    await page.waitForURL(/XK-001\.html$/u);
    expect(await page.textContent('h1')).toBe('排污许可证核发');
    const basis = page.locator('ol.citations a').first();
    const title = await basis.textContent();
    await basis.click();
    await page.waitForURL(/bases\.html#b-/u);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"] strong`).first().textContent()).toContain(title ?? '?');
    expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
    await page.goBack();
    expect(path(page)).toMatch(/\/powers\/.+\/XK-001\.html$/u);
    await page.goBack();
    expect(path(page)).toMatch(/\/departments\//u);
    await page.goBack();
    expect(path(page)).toBe('/');
    await page.close();
  });

  const hits = async (page: Page): Promise<string[]> => {
    await page.waitForFunction(() => (document.getElementById('search-status')?.textContent ?? '') !== '');
    return page.locator('#search-results li a').allTextContents();
  };

  it('finds the right powers for three Chinese words, from the header form of a power page', async () => {
    const page = await open(sample.url);
    await page.fill('#site-q', '排污许可证');
    await page.press('#site-q', 'Enter');
    await page.waitForURL(/search\.html\?q=/u);
    expect((await hits(page))[0]).toBe('排污许可证核发');
    await page.fill('#search-q', '危险废物');
    await page.press('#search-q', 'Enter');
    const waste = await hits(page);
    expect(waste).toContain('医疗废物集中处置单位危险废物经营许可证核发');
    expect(waste).toContain('对未按照规定设置危险废物识别标志的处罚');
    await page.fill('#search-q', '查封扣押');
    await page.press('#search-q', 'Enter');
    expect(new Set((await hits(page)).slice(0, 2))).toEqual(new Set([
      '对造成或者可能造成严重污染的排污设施、设备的查封、扣押',
      '对违法收集、贮存、运输、利用、处置的固体废物及设施、设备、场所、工具、物品的查封、扣押',
    ]));
    await page.locator('#search-results li a').first().click();
    await page.waitForURL(/QZ-00[12]\.html$/u);
    await page.close();
  });

  it('filters by act type', async () => {
    const page = await open(`${sample.url}search.html?q=${encodeURIComponent('排污')}`);
    const all = await hits(page);
    await page.selectOption('#search-type', '行政处罚');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length !== n, all.length);
    const metas = await page.locator('#search-results .search-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.length).toBeLessThan(all.length);
    for (const meta of metas) expect(meta).toContain('行政处罚');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=排污&type=行政处罚');
    await page.close();
  });

  /** One page of each kind the site has; department, type and power pages found by following links from home. */
  const kinds = ['home', 'department', 'type', 'power', 'bases', 'officers', 'legal-review', 'inspections', 'statistics', 'booklet', 'data', 'search'] as const;
  let kindUrls: Promise<Record<(typeof kinds)[number], string>> | undefined;
  async function findKinds(base: string): Promise<Record<(typeof kinds)[number], string>> {
    const page = await open(base);
    const href = async (selector: string): Promise<string> => new URL((await page.locator(selector).first().getAttribute('href')) ?? '', page.url()).href;
    const department = await href('#h-departments ~ ul a');
    const type = await href('#h-types ~ ul a');
    await page.goto(department);
    const power = await href('ul.power-list a');
    await page.close();
    return {
      home: base, department, type, power,
      bases: `${base}bases.html`, officers: `${base}officers.html`, 'legal-review': `${base}legal-review.html`, inspections: `${base}inspections.html`,
      statistics: `${base}statistics.html`, booklet: `${base}booklet.html`, data: `${base}data/index.html`, search: `${base}search.html?q=${encodeURIComponent('排污')}`,
    };
  }

  it.each(kinds)('passes axe-core on the %s page with no serious or critical violation', async (kind) => {
    kindUrls ??= findKinds(sample.url);
    const url = (await kindUrls)[kind];
    const page = await open(url);
    if (kind === 'search') await hits(page);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] }));
    const found = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
    expect(found, decodeURIComponent(url)).toEqual([]);
    await page.close();
  }, 60_000);

  it('runs no script from the hostile sample on any of its pages, search results included', async () => {
    const start = problems.length;
    const home = await open(hostile.url);
    const pages = new Set<string>([home.url()]);
    // Every page reachable from the home page and the department page: the site is small enough to visit whole.
    const links = async (page: Page): Promise<string[]> =>
      (await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).filter((u) => u.startsWith(hostile.url) && !/\.(json|csv|xlsx)$/u.test(u));
    const queue = await links(home);
    await home.close();
    while (queue.length > 0) {
      const url = (queue.shift() ?? '').replace(/#.*$/u, '');
      if (pages.has(url)) continue;
      pages.add(url);
      const page = await open(url);
      queue.push(...(await links(page)));
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), url).toBeUndefined();
      // The search page's own four scripts (search/…) are the only scripts on the site.
      expect(await page.locator('main script:not([src^="search/"]), main iframe, main img, main b').count(), url).toBe(0);
      await page.close();
    }
    expect(pages.size).toBeGreaterThan(12);
    const search = await open(`${hostile.url}search.html?q=${encodeURIComponent('script')}`);
    expect((await hits(search)).some((name) => name.includes('<script>'))).toBe(true);
    expect(await search.locator('#search-results script, #search-results img').count()).toBe(0);
    await search.close();
    expect(problems.slice(start)).toEqual([]);
  }, 120_000);

  it('prints the booklet to PDF: a page for the contents, and a new page for the department, each power and the appendix', async () => {
    const page = await open(`${sample.url}booklet.html`);
    const breaks = await page.locator('.booklet-department, .booklet-power').count();
    expect(breaks).toBe(36); // one department, its 34 powers, the bases appendix
    const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: false }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length;
    // The contents, then at least one page per break; no power runs past four pages.
    expect(pages).toBeGreaterThanOrEqual(breaks + 1);
    expect(pages).toBeLessThanOrEqual(breaks * 4);
    await page.close();
  }, 60_000);

  it('is laid out for a 360 px phone: nothing wider than the screen on a power page', async () => {
    const page = await open(sample.url);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const code of ['XK-001', 'CF-018']) {
      await page.goto(`${sample.url}search.html?q=${code}`);
      await hits(page);
      await page.locator('#search-results li a').first().click();
      await page.waitForURL(new RegExp(`${code}\\.html$`, 'u'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth), code).toBeLessThanOrEqual(360);
    }
    await page.close();
  });

  it('sent no request off 127.0.0.1 and met no script error, dialog or missing file', () => {
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
