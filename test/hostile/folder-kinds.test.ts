// `quanze flow -o` and `quanze publish -o` each replace only a folder of their own kind: a site is not replaced by
// charts, nor charts by a site, without --force; one line in both languages, exit 2, and the folder untouched.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { readFolderKind, siteMarker } from '../../src/cli/output-marker.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const sample = join(root, 'samples/city-ecology-bureau.xlsx');

describe('folders of one kind are not replaced by the other command', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'quanze-kinds-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const listing = (folder: string): string[] => readdirSync(join(dir, folder)).sort();

  it('flow refuses a folder publish wrote, publish refuses one flow wrote, and --force lets either through', async () => {
    expect(await run(['publish', sample, '-o', 'site'], fakeIo({ cwd: dir }))).toBe(0);
    expect(await run(['flow', sample, '-o', 'charts', '-f', 'mermaid', '--power', 'XK-001'], fakeIo({ cwd: dir }))).toBe(0);
    expect(await readFolderKind(join(dir, 'site'))).toBe('publish');
    expect(await readFolderKind(join(dir, 'charts'))).toBe('flow');
    const site = listing('site');
    const charts = listing('charts');
    for (const lang of ['zh', 'en'] as const) {
      const flow = fakeIo({ cwd: dir, lang });
      expect(await run(['flow', sample, '-o', 'site', '-f', 'mermaid', '--lang', lang], flow)).toBe(2);
      expect(flow.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      expect(flow.stderr()).toContain(lang === 'zh' ? 'site 是 quanze publish 生成的站点，不是 quanze flow 生成的流程图文件夹' : 'site is a site written by quanze publish, not a chart folder written by quanze flow');
      expect(flow.stderr()).toContain('--force');
      const publish = fakeIo({ cwd: dir, lang });
      expect(await run(['publish', sample, '-o', 'charts', '--lang', lang], publish)).toBe(2);
      expect(publish.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      expect(publish.stderr()).toContain(lang === 'zh' ? 'quanze flow 生成的流程图文件夹' : 'charts is a chart folder written by quanze flow');
    }
    expect(listing('site')).toEqual(site);
    expect(listing('charts')).toEqual(charts);
    // Each still replaces its own folder, and --force replaces the other's.
    expect(await run(['publish', sample, '-o', 'site'], fakeIo({ cwd: dir }))).toBe(0);
    expect(await run(['flow', sample, '-o', 'charts', '-f', 'mermaid'], fakeIo({ cwd: dir }))).toBe(0);
    expect(await run(['flow', sample, '-o', 'site', '-f', 'mermaid', '--force'], fakeIo({ cwd: dir }))).toBe(0);
    expect(await readFolderKind(join(dir, 'site'))).toBe('flow');
    expect(listing('site')).not.toContain('index.html');
  });

  it('a marker that names no command (an older run) is still quanze\'s; a marker that is not a file is nobody\'s', async () => {
    expect(await run(['flow', sample, '-o', 'charts', '-f', 'mermaid', '--power', 'XK-001'], fakeIo({ cwd: dir }))).toBe(0);
    writeFileSync(join(dir, 'charts', siteMarker), 'marker');
    expect(await readFolderKind(join(dir, 'charts'))).toBe('quanze');
    expect(await run(['publish', sample, '-o', 'charts'], fakeIo({ cwd: dir }))).toBe(0);
    expect(readFileSync(join(dir, 'charts', siteMarker), 'utf8')).toContain('`quanze publish`');
    rmSync(join(dir, 'charts', siteMarker));
    mkdirSync(join(dir, 'charts', siteMarker));
    expect(await readFolderKind(join(dir, 'charts'))).toBeUndefined();
    const io = fakeIo({ cwd: dir, lang: 'en' });
    expect(await run(['publish', sample, '-o', 'charts', '--lang', 'en'], io)).toBe(2);
    expect(io.stderr()).toContain('was not written by quanze');
  });
});
