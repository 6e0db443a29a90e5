// `quanze publish --previous` end to end: the change log and withdrawn.txt are written; a previous edition with an
// unreadable inventory stops the run instead of withdrawing all its powers.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'quanze-publish-previous-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function quanze(argv: readonly string[]) {
  const io = fakeIo({ cwd: root, lang: 'en' });
  const code = await run(['publish', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze publish --previous', () => {
  it('writes the change log and withdrawn.txt', async () => {
    const site = join(tmp, 'site');
    const { code } = await quanze(['samples/editions/city-ecology-bureau-2025', '--previous', 'samples/city-ecology-bureau.xlsx', '-o', site, '--date', '2026-12-01']);
    expect(code).toBe(0);
    expect(readFileSync(join(site, 'changes.html'), 'utf8')).toContain('变更记录');
    expect(readFileSync(join(site, 'withdrawn.txt'), 'utf8').split('\n').filter((l) => /^powers\//.test(l))).toHaveLength(3);
  });

  it('refuses a previous edition it cannot read whole', async () => {
    const old = join(tmp, 'old');
    mkdirSync(old);
    writeFileSync(join(old, 'a.xlsx'), readFileSync('samples/city-ecology-bureau.xlsx'));
    writeFileSync(join(old, 'broken.xlsx'), 'not a workbook');
    const site = join(tmp, 'refused');
    const { code, err } = await quanze(['samples/editions/city-ecology-bureau-2025', '--previous', old, '-o', site]);
    expect(code).toBe(2);
    expect(err).toMatch(/^quanze: .*broken\.xlsx/);
    expect(existsSync(site)).toBe(false);
  });
});
