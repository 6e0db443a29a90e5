// `quanze diff` in-process: the sample editions, --exit-code, file outputs and refusals.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'quanze-diff-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const old = 'samples/city-ecology-bureau.xlsx';
const now = 'samples/editions/city-ecology-bureau-2025';

async function quanze(argv: readonly string[], lang: 'zh' | 'en' = 'zh') {
  const io = fakeIo({ cwd: root, lang });
  const code = await run(['diff', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze diff', () => {
  it('prints the changes and exits 0, or 1 with --exit-code', async () => {
    const plain = await quanze([old, now]);
    expect(plain.code).toBe(0);
    expect(plain.err).toBe('');
    expect(plain.out).toContain('~ 重新编码 QT-004 企业事业单位突发环境事件应急预案备案：QT-002 → QT-004（名称相似度 1.00）');
    expect((await quanze([old, now, '--exit-code'])).code).toBe(1);
    expect((await quanze([old, old, '--exit-code'])).code).toBe(0);
  });

  it('reads a workbook and the same inventory as CSV as the same edition', async () => {
    const { code, out } = await quanze([old, 'samples/csv-gb18030', '--exit-code', '--lang', 'en'], 'en');
    expect(out).toContain('The editions are the same');
    expect(code).toBe(0);
  });

  it('writes html and xlsx files with -o; xlsx needs -o', async () => {
    const page = join(tmp, 'diff.html');
    expect((await quanze([old, now, '--format', 'html', '-o', page])).code).toBe(0);
    expect(readFileSync(page, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const book = join(tmp, 'diff.xlsx');
    expect((await quanze([old, now, '--format', 'xlsx', '-o', book])).code).toBe(0);
    expect(XLSX.read(readFileSync(book)).SheetNames).toHaveLength(3);
    const refused = await quanze([old, now, '--format', 'xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^quanze: .*-o/);
  });

  it('refuses an output inside an input and a missing edition, in one line', async () => {
    const inside = await quanze([old, now, '-o', `${now}/diff.txt`], 'en');
    expect(inside.code).toBe(2);
    expect(inside.err).toMatch(/^quanze: -o .* would overwrite the input .*CSV-folder inventory/);
    const missing = await quanze([old, 'no/such/edition']);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
  });
});
