// The bundled samples give the same report byte for byte on every run and machine (reference date fixed).

import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const config = 'test/fixtures/cli/reference-2026.config.json';

async function report(format: string, lang: 'zh' | 'en', ...inputs: string[]): Promise<string> {
  const io = fakeIo({ cwd: root });
  await run(['check', ...inputs, '--config', config, '--format', format, '--lang', lang, '-j', '1'], io);
  return io.stdout();
}

describe('sample reports', () => {
  it.each([
    ['stylish', 'zh', 'mistakes.stylish.zh.txt'],
    ['json', 'en', 'mistakes.json'],
    ['sarif', 'zh', 'mistakes.sarif'],
  ] as const)('%s (%s) matches its golden file', async (format, lang, golden) => {
    await expect(await report(format, lang, 'samples/mistakes/city-parks-bureau.xlsx')).toMatchFileSnapshot(`../golden/check/${golden}`);
  });

  it('the clean samples give the same report as a workbook and as GB18030 CSV', async () => {
    type Report = { diagnostics: unknown[]; summary: { rows: number; errors: number; warnings: number } };
    const workbook = JSON.parse(await report('json', 'zh', 'samples/city-ecology-bureau.xlsx')) as Report;
    const csv = JSON.parse(await report('json', 'zh', 'samples/csv-gb18030')) as Report;
    expect(workbook.diagnostics).toEqual([]);
    expect(csv.diagnostics).toEqual([]);
    // One workbook against five CSV files: the same rows.
    expect(csv.summary.rows).toBe(workbook.summary.rows);
  });

  it('a batch is identical whatever the number of workers', async () => {
    const one = await report('json', 'zh', 'samples');
    const io = fakeIo({ cwd: root });
    await run(['check', 'samples', '--config', config, '--format', 'json', '-j', '2'], io);
    expect(io.stdout()).toBe(one);
  });
});
