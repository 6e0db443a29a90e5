// `quanze preview` in-process: a folder that is missing or is a file is one line saying what to do, exit 2.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;

async function preview(...argv: string[]) {
  const io = fakeIo({ cwd: root });
  const code = await run(['preview', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze preview', () => {
  it.each([
    ['zh', 'quanze: 找不到文件夹 no-such-site：请检查路径，或先用 quanze publish -o no-such-site 生成网站\n'],
    ['en', 'quanze: no-such-site does not exist: check the path, or write the site first with quanze publish -o no-such-site\n'],
  ])('a missing folder is told as missing, not as "not a folder" (%s)', async (lang, message) => {
    const { code, out, err } = await preview('no-such-site', '--port', '0', '--lang', lang);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(message);
  });

  it('a file is still told as not a folder', async () => {
    const { code, err } = await preview('package.json', '--port', '0', '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toBe('quanze: package.json is not a folder: give the folder that quanze publish wrote\n');
  });
});
