// `quanze classify` warns, as `check` does, when an unclosed quote merged the rows after it into one cell: the
// list it classified is then not the list the user sees.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'quanze-classify-warn-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
writeFileSync(join(tmp, 'list.csv'), '名称,类型\n排污许可,行政许可\n"罚款,行政处罚\n检查,行政检查\n');
writeFileSync(join(tmp, '执法事项.csv'), '事项编码,事项名称,事项类型\nXK-1,排污许可,行政许可\nCF-1,"罚款,行政处罚\nJC-1,检查,行政检查\n');
writeFileSync(join(tmp, 'fine.csv'), '名称,类型\n排污许可,行政许可\n罚款,行政处罚\n');

describe('classify and an unclosed quote', () => {
  it.each([
    ['zh', 'quanze: list.csv A3: 警告：单元格 A3 开始的引号直到文件末尾都没有闭合；其后内容已全部读入该单元格；检查该单元格中的英文双引号'],
    ['en', 'quanze: list.csv A3: warning: the quote opened in cell A3 is never closed; everything after it was read into that cell; check the double quotes'],
  ] as const)('warns in %s with the row and what to do, one line, as check does', async (lang, line) => {
    for (const format of ['table', 'json'] as const) {
      const io = fakeIo({ cwd: tmp, lang });
      expect(await run(['classify', 'list.csv', '-f', format, '--lang', lang], io)).toBe(0);
      expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      expect(io.stderr().startsWith(line)).toBe(true);
    }
    // An inventory: the same finding in classify's stderr and in check's report.
    const classify = fakeIo({ cwd: tmp, lang });
    expect(await run(['classify', '执法事项.csv', '--lang', lang], classify)).toBe(0);
    const check = fakeIo({ cwd: tmp, lang });
    await run(['check', '执法事项.csv', '--lang', lang, '--format', 'json'], check);
    const found = (JSON.parse(check.stdout()) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics
      .find((d) => d.ruleId === 'ingest/unclosed-quote');
    expect(found).toBeDefined();
    expect(classify.stderr()).toContain(found?.message);
  });

  it('says nothing of a well-formed list', async () => {
    const io = fakeIo({ cwd: tmp });
    expect(await run(['classify', 'fine.csv'], io)).toBe(0);
    expect(io.stderr()).toBe('');
  });
});
