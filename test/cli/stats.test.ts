// `quanze stats` in-process on the samples: the views, file outputs, refusals and exit codes.

import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = resolve('.');
const tmp = mkdtempSync(join(tmpdir(), 'quanze-stats-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sample = join(root, 'samples/city-ecology-bureau.xlsx');
const config = join(root, 'test/fixtures/cli/reference-2026.config.json');

async function quanze(argv: readonly string[], lang: 'zh' | 'en' = 'zh') {
  const io = fakeIo({ cwd: root, lang });
  const code = await run(['stats', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('quanze stats', () => {
  it('prints the department × type table and staffing of the sample', async () => {
    const { code, out, err } = await quanze([sample, '--config', config]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/^XX市生态环境局\s+3\s+22\s+4\s+1\s+1\s+3\s+34$/m);
    expect(out).toMatch(/^XX市生态环境局\s+9\s+22\s+22\s+3\s+13\.6%\s+2\s+是$/m);
    expect(out).toContain('须法制审核的事项 27 项');
  });

  it('--by level --format json is the whole result', async () => {
    const { code, out } = await quanze([sample, '--by', 'level', '--format', 'json', '--config', config]);
    expect(code).toBe(0);
    const stats = JSON.parse(out) as { bases: { total: number }; powers: { totals: { total: number } } };
    expect(stats.bases.total).toBe(21);
    expect(stats.powers.totals.total).toBe(34);
  });

  it('writes xlsx with -o, and refuses xlsx to the terminal', async () => {
    const refused = await quanze([sample, '--format', 'xlsx']);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/^quanze: .*-o/);
    const file = join(tmp, 'stats.xlsx');
    const { code, err } = await quanze([sample, '--format', 'xlsx', '-o', file], 'en');
    expect(code).toBe(0);
    expect(err).toMatch(/^wrote /);
    expect(XLSX.read(readFileSync(file)).SheetNames).toContain('by department');
  });

  it('never writes over an input or into a CSV-folder inventory', async () => {
    const copy = join(tmp, 'copy.xlsx');
    writeFileSync(copy, readFileSync(sample));
    const before = readFileSync(copy);
    const over = await quanze([copy, '--format', 'csv', '-o', copy]);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/^quanze: -o .* 会覆盖输入/);
    expect(readFileSync(copy).equals(before)).toBe(true);
    const folder = await quanze([join(root, 'samples/csv-gb18030'), '-o', join(root, 'samples/csv-gb18030/out.csv')], 'en');
    expect(folder.code).toBe(2);
    expect(folder.err).toMatch(/would overwrite the input .*CSV-folder inventory/);
  });

  it('counts the readable inventories of a batch and exits 2 for an unreadable one', async () => {
    const dir = join(tmp, 'batch');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.xlsx'), readFileSync(sample));
    writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
    const { code, out, err } = await quanze([dir, '--format', 'csv']);
    expect(code).toBe(2);
    expect(out).toContain('XX市生态环境局,3,22,4');
    expect(err).toMatch(/broken\.xlsx/);
  });

  it('gives the same bytes twice', async () => {
    const a = await quanze([sample, '--by', 'unit', '--format', 'markdown', '--config', config]);
    const b = await quanze([sample, '--by', 'unit', '--format', 'markdown', '--config', config]);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('| 环境执法支队 |');
  });
});
