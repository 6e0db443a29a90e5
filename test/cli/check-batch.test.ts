// Batch review from the command line: the per-department summary file and the baseline.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;

function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-batch-'));
  copyFileSync(join(root, 'samples/city-ecology-bureau.xlsx'), join(dir, 'ecology.xlsx'));
  copyFileSync(join(root, 'samples/mistakes/city-parks-bureau.xlsx'), join(dir, 'parks.xlsx'));
  writeFileSync(join(dir, 'quanze.config.json'), '{ "referenceDate": "2026-01-01" }');
  return dir;
}

describe('check --summary', () => {
  it('writes one row per department as CSV and xlsx, with pass/fail', async () => {
    const dir = batchDir();
    writeFileSync(join(dir, 'broken.xlsx'), 'not a workbook');
    const io = fakeIo({ cwd: dir });
    expect(await run(['check', '.', '--format', 'json', '--summary', 'summary.csv'], io)).toBe(2);
    const csv = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(csv.startsWith('\ufeff部门,文件,执法依据,执法事项')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^,broken\.xlsx,0,0,0,0,0,0,0,不通过,/);
    expect(lines[2]).toMatch(/^XX市生态环境局,ecology\.xlsx,21,34,9,22,24,\d+,\d+,/);
    expect(lines[3]).toMatch(/parks\.xlsx,6,10,4,6,0,\d+,\d+,不通过,$/);

    expect(await run(['check', 'ecology.xlsx', 'parks.xlsx', '--format', 'json', '--summary', 'summary.xlsx', '--lang', 'en'], fakeIo({ cwd: dir }))).toBe(1);
    const book = XLSX.read(readFileSync(join(dir, 'summary.xlsx')));
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0]!]!);
    expect(rows.map((r) => [r.file, r.result])).toEqual([['ecology.xlsx', expect.any(String)], ['parks.xlsx', 'fail']]);
  });

  it('refuses a summary file of another kind', async () => {
    const io = fakeIo({ cwd: batchDir() });
    expect(await run(['check', '.', '--summary', 'summary.txt'], io)).toBe(2);
    expect(io.stderr()).toMatch(/\.csv/);
  });
});

describe('check --baseline', () => {
  it('records today\'s findings, then fails only on new ones', async () => {
    const dir = batchDir();
    const update = fakeIo({ cwd: dir });
    expect(await run(['check', 'parks.xlsx', '--baseline', 'baseline.json', '--update-baseline'], update)).toBe(0);
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).toMatch(/"version": 2/);

    const again = fakeIo({ cwd: dir });
    expect(await run(['check', 'parks.xlsx', '--baseline', 'baseline.json', '--format', 'json'], again)).toBe(0);
    expect(JSON.parse(again.stdout()).diagnostics).toEqual([]);
    expect(again.stderr()).toMatch(/基线已屏蔽 \d+ 条/);

    // Findings in a file the baseline does not know are new.
    copyFileSync(join(root, 'test/fixtures/cli/warnings-only/执法事项.csv'), join(dir, 'extra.csv'));
    const fresh = fakeIo({ cwd: dir });
    await run(['check', 'extra.csv', '--baseline', 'baseline.json', '--format', 'json'], fresh);
    expect(JSON.parse(fresh.stdout()).diagnostics.length).toBeGreaterThan(0);
  });

  it('matches after the tree moves and from another working directory (keys relative to the baseline file)', async () => {
    const dir = batchDir();
    expect(await run(['check', '.', '--baseline', 'baseline.json', '--update-baseline'], fakeIo({ cwd: dir }))).toBe(0);
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).not.toContain(dir);
    // A CI clone at another path, checked from the folder above it.
    const ci = mkdtempSync(join(tmpdir(), 'quanze-ci-'));
    mkdirSync(join(ci, 'work'));
    renameSync(dir, join(ci, 'work', 'repo'));
    const io = fakeIo({ cwd: ci });
    const args = ['check', 'work/repo', '--baseline', 'work/repo/baseline.json', '--config', 'work/repo/quanze.config.json', '--format', 'json'];
    expect(await run(args, io)).toBe(0);
    expect(JSON.parse(io.stdout()).diagnostics).toEqual([]);
    expect(io.stderr()).not.toMatch(/已修正/);
    // An input given by its absolute path matches too.
    const absolute = fakeIo({ cwd: ci });
    expect(await run(['check', join(ci, 'work/repo/parks.xlsx'), '--baseline', 'work/repo/baseline.json', '--config', 'work/repo/quanze.config.json', '--format', 'json'], absolute)).toBe(0);
  });

  it('explains a missing or broken baseline in one line', async () => {
    const dir = batchDir();
    const io = fakeIo({ cwd: dir });
    expect(await run(['check', 'parks.xlsx', '--baseline', 'nope.json'], io)).toBe(2);
    expect(io.stderr()).toMatch(/--update-baseline/);
    writeFileSync(join(dir, 'bad.json'), '{"version": 9}');
    const bad = fakeIo({ cwd: dir });
    expect(await run(['check', 'parks.xlsx', '--baseline', 'bad.json'], bad)).toBe(2);
    expect(bad.stderr().trim().split('\n')).toHaveLength(1);
  });
});

describe('check --annotate', () => {
  it('writes an annotated copy per workbook, leaves inputs alone and refuses to overwrite an input', async () => {
    const dir = batchDir();
    const before = readFileSync(join(dir, 'parks.xlsx'));
    expect(await run(['check', 'parks.xlsx', '--annotate', 'parks.review.xlsx'], fakeIo({ cwd: dir }))).toBe(1);
    const book = XLSX.read(readFileSync(join(dir, 'parks.review.xlsx')));
    expect(book.SheetNames[0]).toBe('审核意见');
    expect(readFileSync(join(dir, 'parks.xlsx')).equals(before)).toBe(true);

    expect(await run(['check', '.', '--annotate', 'review'], fakeIo({ cwd: dir }))).toBe(1);
    expect(readFileSync(join(dir, 'review', 'ecology.审核意见.xlsx')).length).toBeGreaterThan(0);
    expect(readFileSync(join(dir, 'review', 'parks.审核意见.xlsx')).length).toBeGreaterThan(0);

    const io = fakeIo({ cwd: dir });
    expect(await run(['check', 'parks.xlsx', '--annotate', 'parks.xlsx'], io)).toBe(2);
    expect(io.stderr()).toMatch(/覆盖/);
    // Refused before the check: no report was printed first.
    expect(io.stdout()).toBe('');
    expect(readFileSync(join(dir, 'parks.xlsx')).equals(before)).toBe(true);
  });

  it('refuses an .xlsx file name for several inventories instead of making a folder of that name (exit 2)', async () => {
    const dir = batchDir();
    const zh = fakeIo({ cwd: dir });
    expect(await run(['check', '.', '--annotate', 'review.xlsx'], zh)).toBe(2);
    expect(zh.stderr()).toBe('quanze: --annotate review.xlsx：2 个清单各写一份审核意见副本，须写入文件夹：请给出文件夹（如 审核意见/），而不是 .xlsx 文件\n');
    expect(zh.stdout()).toBe('');
    const en = fakeIo({ cwd: dir });
    expect(await run(['check', '.', '--annotate', 'review.xlsx', '--lang', 'en'], en)).toBe(2);
    expect(en.stderr()).toBe('quanze: --annotate review.xlsx: the 2 inventories get one annotated copy each, written to a folder: give a folder (such as review/), not an .xlsx file\n');
    expect(existsSync(join(dir, 'review.xlsx'))).toBe(false);
  });
});

describe('the configuration and batch rules', () => {
  it('sets a batch rule like any other ("off" is accepted), and refuses an unknown id pointing at quanze rules', async () => {
    const dir = batchDir();
    writeFileSync(join(dir, 'quanze.config.json'), '{ "referenceDate": "2026-01-01", "rules": { "batch-power-overlap": "off" } }');
    const io = fakeIo({ cwd: dir });
    expect(await run(['check', '.', '--format', 'json'], io)).toBe(1);
    expect(io.stderr()).toBe('');
    expect(io.stdout()).not.toContain('"ruleId": "batch-power-overlap"');

    writeFileSync(join(dir, 'quanze.config.json'), '{ "rules": { "batch-power-overlaps": "off" } }');
    const refused = fakeIo({ cwd: dir });
    expect(await run(['check', '.'], refused)).toBe(2);
    expect(refused.stderr()).toContain('未知的规则：batch-power-overlaps（运行 quanze rules 查看所有规则）');
  });
});
