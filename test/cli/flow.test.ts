// `quanze flow` in-process: one file per power, a folder per department in a batch, --power, refusals with exit 2.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { siteMarker } from '../../src/cli/write-site.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = join(root, 'samples/city-ecology-bureau.xlsx');
const parks = join(root, 'samples/mistakes/city-parks-bureau.xlsx');

describe('quanze flow', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quanze-flow-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('draws one chart per power of an inventory, named by code, and says how many', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await run(['flow', sample, '-o', 'charts', '--format', 'mermaid'], io)).toBe(0);
    const files = readdirSync(join(dir, 'charts')).filter((f) => f !== siteMarker).sort();
    expect(files).toContain('XK-001.mmd');
    expect(files).toContain('CF-011.mmd');
    expect(io.stdout()).toBe(`已绘制 ${files.length} 张流程图到 charts\n`);
    expect(readFileSync(join(dir, 'charts/XK-001.mmd'), 'utf8')).toContain('subgraph lane1["许可受理岗"]');
    expect(readdirSync(dir)).toEqual(['charts']);
  });

  it('draws SVG by default, titled in the chosen language', async () => {
    expect(await run(['flow', sample, '-o', 'charts', '--power', 'XK-001', '--lang', 'en'], fakeIo({ cwd: dir, lang: 'en' }))).toBe(0);
    const svg = readFileSync(join(dir, 'charts/XK-001.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('Procedure flowchart: 排污许可证核发 (XK-001)');
    expect(svg).toContain('>许可受理岗<');
  });

  it('gives the same bytes on a second run', async () => {
    for (const out of ['a', 'b']) {
      expect(await run(['flow', sample, '-o', out, '-f', 'mermaid'], fakeIo({ cwd: dir }))).toBe(0);
      expect(await run(['flow', sample, '-o', `${out}-svg`, '--power', 'CF-011'], fakeIo({ cwd: dir }))).toBe(0);
    }
    for (const folder of ['', '-svg']) {
      for (const file of readdirSync(join(dir, `a${folder}`))) {
        expect(readFileSync(join(dir, `b${folder}`, file)), file).toEqual(readFileSync(join(dir, `a${folder}`, file)));
      }
    }
  });

  it('puts a batch in a folder per department, and draws one power with --power', async () => {
    mkdirSync(join(dir, 'batch'));
    cpSync(sample, join(dir, 'batch/ecology.xlsx'));
    cpSync(parks, join(dir, 'batch/parks.xlsx'));
    const io = fakeIo({ cwd: dir });
    expect(await run(['flow', 'batch', '-o', 'charts', '--power', 'XK-001', '-f', 'mermaid'], io)).toBe(0);
    const folders = readdirSync(join(dir, 'charts')).filter((f) => f !== siteMarker);
    expect(folders).toHaveLength(2);
    const ecology = folders.find((f) => readdirSync(join(dir, 'charts', f)).includes('XK-001.mmd'));
    expect(ecology).toBeDefined();
  });

  it('refuses an unknown code or format with one line and exit 2, writing nothing', async () => {
    const en = fakeIo({ cwd: dir, lang: 'en' });
    expect(await run(['flow', sample, '-o', 'charts', '--power', 'NOPE', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr()).toBe('quanze: No power has the code "NOPE" in the inventories: check the value of --power\n');
    const zh = fakeIo({ cwd: dir });
    expect(await run(['flow', sample, '-o', 'charts', '--format', 'png'], zh)).toBe(2);
    expect(zh.stderr()).toMatch(/^quanze: .*png.*\n$/);
    expect(zh.stderr()).toContain('mermaid');
    expect(existsSync(join(dir, 'charts'))).toBe(false);
  });

  it('replaces its own folder whole, refuses a foreign non-empty one unless --force, and never writes into an input', async () => {
    expect(await run(['flow', sample, '-o', 'charts', '-f', 'mermaid'], fakeIo({ cwd: dir }))).toBe(0);
    writeFileSync(join(dir, 'charts/stale.mmd'), 'old');
    expect(await run(['flow', sample, '-o', 'charts', '-f', 'mermaid'], fakeIo({ cwd: dir }))).toBe(0);
    expect(existsSync(join(dir, 'charts/stale.mmd'))).toBe(false);
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/notes.txt'), 'keep me');
    const io = fakeIo({ cwd: dir });
    expect(await run(['flow', sample, '-o', 'mine', '-f', 'mermaid'], io)).toBe(2);
    expect(io.stderr()).toContain('--force');
    expect(readFileSync(join(dir, 'mine/notes.txt'), 'utf8')).toBe('keep me');
    cpSync(join(root, 'samples/csv-gb18030'), join(dir, 'csv'), { recursive: true });
    expect(await run(['flow', 'csv', '-o', 'csv/charts'], fakeIo({ cwd: dir }))).toBe(2);
  });

  it('marks a contradicting steps table and says so on stderr', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await run(['flow', join(root, 'test/fixtures/flow/loops'), '-o', 'charts', '-f', 'mermaid'], io)).toBe(0);
    expect(io.stderr()).toBe('quanze: 1 张流程图的执法流程表自相矛盾，问题已标在图上；运行 quanze check 查看详情\n');
    const chart = readFileSync(join(dir, 'charts/XK-9.mmd'), 'utf8');
    expect(chart).toContain('class n3,n4,n5 problem');
    expect(chart).toContain('不是事项“XK#45;9”的环节');
  });
});
