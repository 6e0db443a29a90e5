// `node scripts/screenshots.mjs [power-code]`: the README's screenshots of a power page of the published sample,
// 360 px wide, on a desktop, and its flowchart section on the phone, taken in Debian's Chromium through quanze preview. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startPreview } from '../dist/preview/index.js';

const code = process.argv[2] ?? 'CF-011';
const root = new URL('../', import.meta.url).pathname;
const site = join(mkdtempSync(join(tmpdir(), 'quanze-shots-')), 'site');
const run = spawnSync(process.execPath, ['bin/quanze.js', 'publish', 'samples/city-ecology-bureau.xlsx', '-o', site, '--date', '2026-12-01'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 2);

const server = await startPreview(site, { port: 0 });
const browser = await chromium.launch({ executablePath: process.env.QUANZE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const shots = [
    { file: 'docs/publish-power-360.png', viewport: { width: 360, height: 800 }, scale: 2 },
    { file: 'docs/publish-power-desktop.png', viewport: { width: 1280, height: 900 }, scale: 1 },
    // The power's flowchart as the page inlines it, on a phone.
    { file: 'docs/publish-power-flow-360.png', viewport: { width: 360, height: 800 }, scale: 2, at: 'section:has(> figure.flow)' },
  ];
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: shot.scale });
    const page = await context.newPage();
    await page.goto(`${server.url}search.html?q=${encodeURIComponent(code)}`);
    await page.waitForSelector('#search-results li a');
    await page.locator('#search-results li a').first().click();
    await page.waitForURL(new RegExp(`${code}\\.html$`));
    if (shot.at) await page.locator(shot.at).evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: join(root, shot.file), fullPage: process.env.FULL === '1' });
    console.log(`wrote ${shot.file} (${page.url()})`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
