// expandInputs: folders, CSV folders, named files and globs become one sorted list of inventories.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { expandInputs } from '../../src/ingest/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'quanze-expand-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  // batch/            生态环境局.xlsx, 市场监管局.xls, ~$生态环境局.xlsx (lock file), .hidden.xlsx, readme.txt
  // batch/csv/交通局/  执法事项.csv, 执法岗位.csv      → one inventory (the folder)
  // batch/csv/水务局/  执法事项.tsv                    → one inventory
  // batch/nested/deep/ 农业局.ods
  const batch = join(root, 'batch');
  for (const dir of ['csv/交通局', 'csv/水务局', 'nested/deep']) mkdirSync(join(batch, dir), { recursive: true });
  copyFileSync(join(fixtures, 'basic.xlsx'), join(batch, '生态环境局.xlsx'));
  copyFileSync(join(fixtures, 'basic.xls'), join(batch, '市场监管局.xls'));
  writeFileSync(join(batch, '~$生态环境局.xlsx'), 'lock');
  writeFileSync(join(batch, '.hidden.xlsx'), 'hidden');
  writeFileSync(join(batch, 'readme.txt'), 'notes');
  copyFileSync(join(fixtures, 'csv-utf8/执法事项.csv'), join(batch, 'csv/交通局/执法事项.csv'));
  copyFileSync(join(fixtures, 'csv-utf8/执法岗位.csv'), join(batch, 'csv/交通局/执法岗位.csv'));
  copyFileSync(join(fixtures, 'tsv/powers.tsv'), join(batch, 'csv/水务局/执法事项.tsv'));
  copyFileSync(join(fixtures, 'basic.ods'), join(batch, 'nested/deep/农业局.ods'));
});

describe('expandInputs', () => {
  it('expands a folder into each workbook and each CSV folder, recursively, sorted, skipping lock files and dotfiles', async () => {
    expect(await expandInputs(['batch'], root)).toEqual([
      'batch/csv/交通局',
      'batch/csv/水务局',
      'batch/nested/deep/农业局.ods',
      'batch/市场监管局.xls',
      'batch/生态环境局.xlsx',
    ]);
  });

  it('takes a folder of CSV files as one inventory', async () => {
    expect(await expandInputs(['batch/csv/交通局'], root)).toEqual(['batch/csv/交通局']);
  });

  it('keeps a file given by name and removes duplicates', async () => {
    expect(await expandInputs(['batch/生态环境局.xlsx', './batch/生态环境局.xlsx'], root)).toEqual(['batch/生态环境局.xlsx']);
  });

  it('matches *, ? and ** globs', async () => {
    expect(await expandInputs(['batch/*.xls?'], root)).toEqual(['batch/生态环境局.xlsx']);
    expect(await expandInputs(['batch/*.xls*'], root)).toEqual(['batch/市场监管局.xls', 'batch/生态环境局.xlsx']);
    expect(await expandInputs(['batch/**/*.ods'], root)).toEqual(['batch/nested/deep/农业局.ods']);
    expect(await expandInputs(['batch/csv/*'], root)).toEqual(['batch/csv/交通局', 'batch/csv/水务局']);
    expect(await expandInputs(['**/执法事项.tsv'], root)).toEqual(['batch/csv/水务局/执法事项.tsv']);
  });

  it('gives absolute paths for inputs outside cwd', async () => {
    const elsewhere = join(root, 'batch');
    const out = await expandInputs([join(elsewhere, '生态环境局.xlsx')], join(root, 'batch/csv'));
    expect(out).toEqual([join(elsewhere, '生态环境局.xlsx').split('\\').join('/')]);
  });

  it('refuses a path or a glob that names nothing', async () => {
    await expect(expandInputs(['batch/nothing.xlsx'], root)).rejects.toMatchObject({ code: 'input-not-found' });
    await expect(expandInputs(['batch/*.pdf'], root)).rejects.toBeInstanceOf(ToolkitError);
  });
});

describe('expandInputs through symbolic links', () => {
  // linked/  局.xlsx → ../batch/生态环境局.xlsx, csv → ../batch/csv/交通局 (a folder), up → . (a loop), gone.xlsx → nowhere
  const linked = join(root, 'linked');
  beforeAll(() => {
    mkdirSync(linked, { recursive: true });
    symlinkSync(join(root, 'batch', '生态环境局.xlsx'), join(linked, '局.xlsx'));
    symlinkSync(join(root, 'batch', 'csv', '交通局'), join(linked, 'csv'));
    symlinkSync(linked, join(linked, 'up'));
    symlinkSync(join(root, 'nowhere.xlsx'), join(linked, 'gone.xlsx'));
  });

  it('takes a linked workbook and a linked CSV folder as inventories, and walks a link loop once', async () => {
    expect(await expandInputs(['linked'], root)).toEqual(['linked/csv', 'linked/局.xlsx']);
    expect(await expandInputs(['linked/**/*.xlsx'], root)).toEqual(['linked/局.xlsx']);
  });

  it('names a dangling link among what a folder holds when it holds no inventory', async () => {
    const lonely = join(root, 'lonely');
    mkdirSync(lonely, { recursive: true });
    symlinkSync(join(root, 'nowhere.csv'), join(lonely, '执法事项.csv'));
    const error = await expandInputs(['lonely'], root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolkitError);
    expect((error as ToolkitError).text.zh).toContain('失效的链接');
  });
});
