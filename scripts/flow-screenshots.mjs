// Writes docs/flow-penalty.png and docs/flow-swimlanes.png: two charts of the sample workbook drawn by quanze and
// photographed in headless Chromium (Debian's /usr/bin/chromium, fonts-noto-cjk). Run after `npm run build`.
//
//   node scripts/flow-screenshots.mjs [penalty-code] [swimlane-code]

import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const { loadInventory } = await import(dist('api.js'));
const { buildFlow, layoutFlow, renderFlowSvg } = await import(dist('flow/index.js'));

const [penaltyCode = 'CF-011', swimlaneCode = 'XK-001'] = process.argv.slice(2);
const { inventory } = await loadInventory(join(root, 'samples', 'city-ecology-bureau.xlsx'));
const browser = await chromium.launch({ executablePath: process.env.QUANZE_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [code, file] of [[penaltyCode, 'flow-penalty.png'], [swimlaneCode, 'flow-swimlanes.png']]) {
    const power = inventory.powers.find((p) => p.code === code);
    if (!power) throw new Error(`the sample has no power ${code}`);
    const svg = renderFlowSvg(await layoutFlow(buildFlow(power, inventory)));
    const page = await browser.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="margin:0">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: join(root, 'docs', file) });
    await page.close();
    process.stdout.write(`docs/${file}: ${code} ${power.name}\n`);
  }
} finally {
  await browser.close();
}
