// Every command that writes refuses, before any work, an output that is one of its inputs, whichever way the input
// is named: the same path, ./path, the absolute path, a symlink, a hard link, a file inside a CSV-folder inventory.
// One line, exit 2, both languages, and not one byte of any input changed.

import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'quanze-over-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(tmp, 'a.xlsx'));
  copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(tmp, 'b.xlsx'));
  cpSync(join(root, 'samples/editions/city-ecology-bureau-2025'), join(tmp, 'csvdir'), { recursive: true });
  symlinkSync(join(tmp, 'a.xlsx'), join(tmp, 'link.xlsx'));
  linkSync(join(tmp, 'a.xlsx'), join(tmp, 'hard.xlsx'));
  mkdirSync(join(tmp, 'out'));
});

/** Every byte of every file under tmp, by path. */
function snapshot(dir = tmp): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, snapshot(path));
    else out[path] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** [label, input, output naming that input]. */
const ways: readonly (readonly [string, string, string])[] = [
  ['the same path', 'a.xlsx', 'a.xlsx'],
  ['./', 'a.xlsx', './a.xlsx'],
  ['the absolute path', 'a.xlsx', join(tmp, 'a.xlsx')],
  ['a symlink', 'a.xlsx', 'link.xlsx'],
  ['a hard link', 'a.xlsx', 'hard.xlsx'],
  ['a file inside the CSV folder', 'csvdir', 'csvdir/执法事项.csv'],
];

/** The writing commands, each given its input and the output that names it. */
const commands: readonly (readonly [string, (input: string, output: string) => string[]])[] = [
  ['check -o', (input, output) => ['check', input, '-o', output]],
  ['check --summary', (input, output) => ['check', input, '--summary', output]],
  ['check --baseline --update-baseline', (input, output) => ['check', input, '--baseline', output, '--update-baseline']],
  ['check --annotate', (input, output) => ['check', input, '--annotate', output]],
  ['classify --write', (input, output) => ['classify', input, '--write', output]],
  ['classify --review', (input, output) => ['classify', input, '--review', output]],
  ['stats -o', (input, output) => ['stats', input, '-o', output]],
  ['diff -o (old)', (input, output) => ['diff', input, 'b.xlsx', '-o', output]],
  ['diff -o (new)', (input, output) => ['diff', 'b.xlsx', input, '-o', output]],
  ['publish -o', (input, output) => ['publish', input, '-o', output]],
  ['publish --previous', (input, output) => ['publish', 'b.xlsx', '--previous', input, '-o', output]],
  ['flow -o', (input, output) => ['flow', input, '-o', output]],
];

describe('outputs over inputs', () => {
  for (const [command, argv] of commands) {
    it.each(ways)(`${command} refuses %s`, async (_label, input, output) => {
      const before = snapshot();
      for (const lang of ['zh', 'en'] as const) {
        const io = fakeIo({ cwd: tmp, lang });
        const code = await run([...argv(input, output), '--lang', lang], io);
        expect(code, io.stderr()).toBe(2);
        expect(io.stdout()).toBe('');
        expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
        expect(io.stderr()).toContain(lang === 'zh' ? '会覆盖输入' : 'would overwrite the input');
      }
      expect(snapshot()).toEqual(before);
    });
  }

  it('the configuration file a run finds by itself is an input too', async () => {
    mkdirSync(join(tmp, 'configured'), { recursive: true });
    copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(tmp, 'configured/c.xlsx'));
    writeFileSync(join(tmp, 'configured', 'quanze.config.json'), '{}\n');
    const before = snapshot();
    for (const argv of [
      ['check', 'configured/c.xlsx', '-o', 'configured/quanze.config.json'],
      ['stats', 'configured/c.xlsx', '-o', 'configured/quanze.config.json'],
      ['classify', 'configured/c.xlsx', '--write', 'configured/quanze.config.json'],
      ['flow', 'configured/c.xlsx', '-o', 'configured/quanze.config.json'],
    ]) {
      for (const lang of ['zh', 'en'] as const) {
        const io = fakeIo({ cwd: tmp, lang });
        expect(await run([...argv, '--lang', lang], io), argv.join(' ')).toBe(2);
        expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
        expect(io.stderr()).toContain(lang === 'zh' ? '会覆盖输入 configured/quanze.config.json' : 'would overwrite the input configured/quanze.config.json');
      }
    }
    expect(snapshot()).toEqual(before);
    rmSync(join(tmp, 'configured'), { recursive: true, force: true });
  });

  it('publish refuses an output folder that holds an input, and lets outputs elsewhere through', async () => {
    const before = snapshot();
    const io = fakeIo({ cwd: tmp, lang: 'en' });
    expect(await run(['publish', 'csvdir', '-o', '.', '--force'], io)).toBe(2);
    expect(io.stderr()).toMatch(/^quanze: -o \. would overwrite the input .*replaced as a whole/);
    expect(snapshot()).toEqual(before);
    const flow = fakeIo({ cwd: tmp, lang: 'en' });
    expect(await run(['flow', 'csvdir', '-o', '.', '--force'], flow)).toBe(2);
    expect(flow.stderr()).toMatch(/^quanze: -o \. would overwrite the input .*replaced as a whole/);
    expect(snapshot()).toEqual(before);
    const fine = fakeIo({ cwd: tmp, lang: 'en' });
    expect(await run(['stats', 'a.xlsx', '-o', 'out/stats.txt'], fine)).toBe(0);
  });
});
