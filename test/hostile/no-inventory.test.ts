// Inputs that hold no inventory are an error, not "✔ no problems": an empty folder, a folder named x.xlsx, a folder
// of .txt files, a pipe. Each is one line naming what was seen, in Chinese and English, exit 2.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = mkdtempSync(join(tmpdir(), 'quanze-none-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  mkdirSync(join(root, 'empty'));
  mkdirSync(join(root, 'x.xlsx'));
  mkdirSync(join(root, 'notes'));
  writeFileSync(join(root, 'notes', 'a.txt'), 'a');
  writeFileSync(join(root, 'notes', 'b.txt'), 'b');
  mkdirSync(join(root, 'notes', 'sub'));
  mkdirSync(join(root, 'pipes'));
  execFileSync('mkfifo', [join(root, 'pipe'), join(root, 'pipes', '执法事项.csv')]);
});

async function quanze(lang: 'zh' | 'en', ...argv: string[]) {
  const io = fakeIo({ cwd: root, lang });
  const code = await run([...argv, '--lang', lang], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const cases: readonly (readonly [string, string, string])[] = [
  ['empty', '文件夹是空的', 'the folder is empty'],
  ['x.xlsx', '文件夹是空的', 'the folder is empty'],
  ['notes', '2 个 .txt 文件、1 个子文件夹', '2 .txt files, 1 folder'],
  ['pipes', '1 个不是普通文件的项', '1 item that is not a regular file'],
];

describe('no inventory in the input', () => {
  for (const command of ['check', 'classify', 'stats']) {
    it.each(cases)(`${command} %s`, async (input, zh, en) => {
      for (const [lang, seen, words] of [['zh', zh, '没有找到清单'], ['en', en, 'no inventory found in']] as const) {
        const result = await quanze(lang, command, input);
        expect(result.code).toBe(2);
        expect(result.out).toBe('');
        expect(result.err).toMatch(/^quanze: [^\n]+\n$/);
        expect(result.err).toContain(words);
        expect(result.err).toContain(input);
        expect(result.err).toContain(seen);
      }
    });
  }

  it('a pipe given by name is not a regular file, not read (it would block)', async () => {
    for (const [lang, words] of [['zh', '不是普通文件'], ['en', 'not a regular file']] as const) {
      const result = await quanze(lang, 'check', 'pipe');
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^quanze: [^\n]+\n$/);
      expect(result.err).toContain(words);
    }
  });

  it('a glob that matches only empty folders', async () => {
    const result = await quanze('en', 'check', 'e*');
    expect(result.code).toBe(2);
    expect(result.err).toContain('no inventory found in "empty"');
  });
});
