// Writes that cannot succeed say why in one line (which part of the path is a file; a folder that cannot be made,
// also under /proc where Node's recursive mkdir never returns), and a run stopped by SIGINT or SIGTERM leaves no
// `<dest>.<pid>.tmp` behind.

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'quanze-write-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(tmp, 'a.xlsx')));

async function quanze(lang: 'zh' | 'en', ...argv: string[]) {
  const io = fakeIo({ cwd: tmp, lang });
  const code = await run([...argv, '--lang', lang], io);
  return { code, err: io.stderr() };
}

describe('outputs that cannot be written', () => {
  it.each([
    [['check', 'a.xlsx', '--annotate', 'a.xlsx/sub/x.xlsx']],
    [['check', 'a.xlsx', '-o', 'a.xlsx/report.txt']],
    [['init', 'a.xlsx']],
  ])('%j says which part of the path is a file', async (argv) => {
    for (const [lang, words] of [['zh', 'a.xlsx 是文件，不是文件夹'], ['en', 'a.xlsx is a file, not a folder']] as const) {
      const { code, err } = await quanze(lang, ...argv);
      expect(code).toBe(2);
      expect(err).toMatch(/^quanze: [^\n]+\n$/);
      expect(err).toContain(words);
      expect(err).not.toMatch(/internal error|内部错误|ENOTDIR/);
    }
  });

  it('a folder under /proc fails at once instead of hanging', async () => {
    const { code, err } = await quanze('zh', 'check', 'a.xlsx', '-o', '/proc/self/quanze/report.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/^quanze: 无法写入 \/proc\/self\/quanze\/report.txt：无法创建文件夹[^\n]*\n$/);
    expect(err).not.toMatch(/[A-Za-z]{2,}ERR|ENOENT|EACCES/);
    const english = await quanze('en', 'check', 'a.xlsx', '-o', '/proc/self/quanze/report.txt');
    expect(english.code).toBe(2);
    expect(english.err).toMatch(/^quanze: [^\n]*\/proc\/self\/quanze\/report.txt[^\n]*\n$/);
  });
});

describe('a write stopped by a signal', () => {
  const writer = `
    import { writeFileAtomic } from ${JSON.stringify(join(root, 'dist/cli/write-output.js'))};
    await writeFileAtomic(process.argv[1], Buffer.alloc(768 * 1024 * 1024, 1));
  `;
  it.each(['SIGTERM', 'SIGINT'] as const)('%s removes the temporary file', async (signal) => {
    const dest = join(tmp, `${signal}.bin`);
    const child = spawn(process.execPath, ['--input-type=module', '-e', writer, dest], { stdio: 'ignore' });
    const temporary = `${dest}.${child.pid ?? 0}.tmp`;
    const started = Date.now();
    while (!existsSync(temporary) && Date.now() - started < 60_000) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(existsSync(temporary)).toBe(true);
    child.kill(signal);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // Killed before the handler ran (the write had finished) would give a null code and the destination itself.
    expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(readdirSync(tmp).filter((name) => name.startsWith(signal))).toEqual([]);
  }, 90_000);
});
