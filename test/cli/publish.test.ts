// `quanze publish` in-process: refuses errors and foreign folders, swaps its own folder in whole, takes config defaults.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { siteMarker } from '../../src/cli/write-site.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = join(root, 'samples/city-ecology-bureau.xlsx');
const hostile = join(root, 'test/fixtures/publish/hostile');

describe('quanze publish', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quanze-publish-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes a site and says where to look', async () => {
    const io = fakeIo({ cwd: dir });
    expect(await run(['publish', sample, '-o', 'site'], io)).toBe(0);
    expect(io.stdout()).toContain('site/index.html');
    expect(existsSync(join(dir, 'site/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'site', siteMarker))).toBe(true);
    expect(readdirSync(dir)).toEqual(['site']); // nothing left beside it
  });

  it('refuses an inventory with errors, naming the count and the check command, unless --allow-errors', async () => {
    const io = fakeIo({ cwd: dir, lang: 'en' });
    expect(await run(['publish', hostile, '-o', 'site', '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toMatch(/have 3 errors, nothing published: run quanze check .*hostile/);
    expect(existsSync(join(dir, 'site'))).toBe(false);
    expect(await run(['publish', hostile, '-o', 'site', '--allow-errors'], fakeIo({ cwd: dir }))).toBe(0);
  });

  it('replaces a folder it wrote as a whole, and refuses a non-empty one it did not write unless --force', async () => {
    expect(await run(['publish', sample, '-o', 'site'], fakeIo({ cwd: dir }))).toBe(0);
    writeFileSync(join(dir, 'site/stale.html'), 'old');
    expect(await run(['publish', sample, '-o', 'site'], fakeIo({ cwd: dir }))).toBe(0);
    expect(existsSync(join(dir, 'site/stale.html'))).toBe(false);

    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine/notes.txt'), 'keep me');
    const io = fakeIo({ cwd: dir });
    expect(await run(['publish', sample, '-o', 'mine'], io)).toBe(2);
    expect(io.stderr()).toContain('--force');
    expect(readFileSync(join(dir, 'mine/notes.txt'), 'utf8')).toBe('keep me');
    expect(await run(['publish', sample, '-o', 'mine', '--force'], fakeIo({ cwd: dir }))).toBe(0);
    expect(existsSync(join(dir, 'mine/notes.txt'))).toBe(false);
  });

  it('rejects a bad --date or --base-url with one line and exit code 2', async () => {
    const io = fakeIo({ cwd: dir, lang: 'en' });
    expect(await run(['publish', sample, '-o', 'site', '--date', '1.12.2026', '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toBe('quanze: --date must be a date as YYYY-MM-DD, not "1.12.2026"\n');
    expect(await run(['publish', sample, '-o', 'site', '--base-url', 'example.gov.cn'], fakeIo({ cwd: dir }))).toBe(2);
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it('takes title, base URL and logo from the config file, and the options over them', async () => {
    writeFileSync(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    writeFileSync(join(dir, 'quanze.config.json'), JSON.stringify({ publish: { title: '某市行政执法公示平台', baseUrl: 'https://zf.example.gov.cn/gs', logo: 'logo.svg' } }));
    expect(await run(['publish', sample, '-o', 'site', '-c', 'quanze.config.json'], fakeIo({ cwd: dir }))).toBe(0);
    const home = readFileSync(join(dir, 'site/index.html'), 'utf8');
    expect(home).toContain('<title>某市行政执法公示平台</title>');
    expect(home).toContain('<link rel="canonical" href="https://zf.example.gov.cn/gs/index.html">');
    expect(home).toContain('src="assets/logo.svg"');
    expect(existsSync(join(dir, 'site/sitemap.xml'))).toBe(true);
    expect(await run(['publish', sample, '-o', 'site', '-c', 'quanze.config.json', '--title', '另一个标题'], fakeIo({ cwd: dir }))).toBe(0);
    expect(readFileSync(join(dir, 'site/index.html'), 'utf8')).toContain('<title>另一个标题</title>');
  });
});
