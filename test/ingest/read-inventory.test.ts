// readInventory: headers under title rows, cell values as users see them, unknown columns and sheets, merged cells.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readInventory, streamCsvRows, type RawInventory, type RawTable } from '../../src/ingest/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const read = (path: string, lang: 'zh' | 'en' = 'zh') => readInventory(path, { cwd: fixtures, lang });
const tmp = mkdtempSync(join(tmpdir(), 'quanze-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function table(inventory: RawInventory, match: { kind?: string; sheet?: string; file?: string }): RawTable {
  const found = inventory.tables.find(
    (t) => (match.kind === undefined || t.kind === match.kind) && (match.sheet === undefined || t.sheet === match.sheet) && (match.file === undefined || t.file === match.file),
  );
  if (found === undefined) throw new Error(`no table ${JSON.stringify(match)}`);
  return found;
}

/** A row's cells by canonical field. */
function byField(t: RawTable, index: number): Record<string, string> {
  const out: Record<string, string> = {};
  const row = t.rows[index];
  t.columns.forEach((column, c) => {
    if (column.field !== undefined) out[column.field] = row?.cells[c] ?? '';
  });
  return out;
}

describe.each(['basic.xlsx', 'basic.xls', 'basic.ods'])('workbook %s', (name) => {
  it('reads the powers sheet under its title row, with header variants mapped', async () => {
    const inventory = await read(name);
    const powers = table(inventory, { sheet: '附件1 执法事项清单' });
    expect(inventory.source).toBe(name);
    expect(powers).toMatchObject({ kind: 'powers', file: name, headerRow: 2 });
    expect(powers.columns.map((c) => c.field)).toEqual(['seq', 'code', 'name', 'type', 'basisText', 'department', 'unit', undefined, undefined, 'note']);
    expect(powers.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J']);
    expect(powers.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(byField(powers, 0)).toMatchObject({ code: 'CF-001', type: '行政处罚', unit: '执法监察科' });
  });

  it('gives dates as ISO, numbers without float noise, numeric codes as integers, booleans as TRUE/FALSE', async () => {
    const powers = table(await read(name), { sheet: '附件1 执法事项清单' });
    const dates = powers.rows.map((r) => r.cells[8]);
    expect(dates).toEqual(['2024-03-01', '2024-03-01', '2024-04-01', '']);
    expect(byField(powers, 1).code).toBe('1');
    expect(byField(powers, 2).note).toBe('0.3');
    expect(powers.rows[3]?.cells[7]).toBe('TRUE');
    expect(byField(powers, 0).seq).toBe('1');
  });

  it('keeps unknown columns with a warning naming file, sheet, row, column and header', async () => {
    const inventory = await read(name);
    const unknown = inventory.diagnostics.filter((d) => d.ruleId === 'ingest/unknown-column');
    expect(unknown.map((d) => [d.column, d.value])).toEqual([['H', '联系人'], ['I', '发布日期']]);
    expect(unknown[0]).toMatchObject({ severity: 'warning', file: name, sheet: '附件1 执法事项清单', row: 2 });
    expect(unknown[0]?.message).toContain('联系人');
    expect(unknown[0]?.hint).toContain('也可保留');
  });

  it('sets the note under the data aside as an info finding, not a record', async () => {
    const inventory = await read(name);
    const note = inventory.diagnostics.find((d) => d.ruleId === 'ingest/note-row');
    expect(note).toMatchObject({ severity: 'info', row: 8, column: 'A', value: '注：本清单自2024年3月1日起施行。' });
  });

  it('reads a posts sheet by name, a powers sheet by its header, and skips an unknown sheet with an info finding', async () => {
    const inventory = await read(name);
    expect(inventory.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['附件1 执法事项清单', 'powers'],
      ['执法岗位', 'posts'],
      ['Sheet3', 'powers'],
    ]);
    const skipped = inventory.diagnostics.find((d) => d.ruleId === 'ingest/unknown-sheet');
    expect(skipped).toMatchObject({ severity: 'info', sheet: '填表说明' });
  });
});

describe('merged cells', () => {
  it('folds rows whose code and name are merged into one record, joining the other cells by line', async () => {
    const powers = table(await read('merged.xlsx'), { kind: 'powers' });
    expect(powers.headerRow).toBe(2);
    expect(powers.rows[0]).toMatchObject({ row: 3, extraRows: 2 });
    expect(byField(powers, 0)).toMatchObject({
      code: 'CF-010',
      name: '对超标排放大气污染物的处罚',
      type: '行政处罚',
      basisText: '《大气污染防治法》第十八条\n《大气污染防治法》第九十九条第一项\n《环境保护法》第五十九条',
      department: 'XX市生态环境局',
    });
  });

  it('fills a merged main-item name down into sub-items with their own codes (not one record)', async () => {
    const powers = table(await read('merged.xlsx'), { kind: 'powers' });
    expect(powers.rows.map((r) => [r.row, r.extraRows ?? 0])).toEqual([[3, 2], [6, 0], [7, 0], [8, 0]]);
    expect([1, 2, 3].map((i) => byField(powers, i).name)).toEqual(Array(3).fill('对违反排污许可管理的处罚'));
    expect([1, 2, 3].map((i) => byField(powers, i).department)).toEqual(Array(3).fill('XX市生态环境局'));
  });

  it('groups steps on a merged step id, while a power code merged over all steps fills down', async () => {
    const steps = table(await read('merged.xlsx'), { kind: 'steps' });
    expect(steps.rows.map((r) => [r.row, r.extraRows ?? 0])).toEqual([[2, 0], [3, 1], [5, 0]]);
    expect(byField(steps, 1)).toMatchObject({ powerCode: 'CF-010', stepId: 'S2', timeLimit: '90日\n可延长30日' });
    expect(byField(steps, 2).powerCode).toBe('CF-010');
  });
});

describe('two-row header', () => {
  it('takes sub-headers under a merged group header and starts the data below them', async () => {
    const powers = table(await read('two-row-header.xlsx'), { kind: 'powers' });
    expect(powers.columns.map((c) => c.field)).toEqual(['code', 'name', 'type', 'basisText', 'responsibilities', 'responsibilityBasis', 'accountability']);
    expect(powers.rows.map((r) => r.row)).toEqual([3]);
    expect(byField(powers, 0).responsibilityBasis).toBe('《行政许可法》第三十条');
  });
});

describe('CSV', () => {
  const expected = {
    code: 'CF-001',
    basisText: '《中华人民共和国环境保护法》第六十三条；\n《排污许可管理条例》第三十三条',
    note: '含"按日连续处罚"',
  };

  it.each(['csv-utf8', 'csv-bom', 'csv-gb18030'])('reads a folder in %s, one table per file, rows numbered as Excel shows them', async (dir) => {
    const inventory = await read(dir);
    const powers = table(inventory, { kind: 'powers' });
    expect(powers.file).toBe(`${dir}/执法事项.csv`);
    expect(powers.sheet).toBeUndefined();
    expect(powers.columns.map((c) => c.field)).toEqual(['code', 'name', 'type', 'basisText', 'department', 'note']);
    // Record 2 spans lines 2–3 (a line break inside 实施依据) and stays one row; record 4 is blank.
    expect(powers.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(byField(powers, 0)).toMatchObject(expected);
    expect(byField(powers, 2)).toMatchObject({ basisText: '《大气污染防治法》第九十八条，处二万元以上二十万元以下罚款', note: '国办发〔2018〕118号' });
  });

  it('reads the GB18030 file to the same cells as the UTF-8 one', async () => {
    const utf8 = table(await read('csv-utf8'), { kind: 'powers' });
    const gb = table(await read('csv-gb18030'), { kind: 'powers' });
    expect(gb.rows.map((r) => r.cells)).toEqual(utf8.rows.map((r) => r.cells));
  });

  it('reports a CSV in the folder that is no table', async () => {
    const inventory = await read('csv-utf8');
    expect(inventory.tables.map((t) => t.kind)).toEqual(['powers', 'posts']);
    expect(inventory.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest/unknown-sheet', file: 'csv-utf8/附件说明.csv' }));
  });

  it('reads a .tsv file, and a tab-separated file named .csv', async () => {
    const tsv = table(await read('tsv/powers.tsv'), { kind: 'powers' });
    expect(byField(tsv, 0).code).toBe('CF-001');
    expect(tsv.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    const sniffed = table(await read('tab-sniffed.csv'), { kind: 'powers' });
    expect(byField(sniffed, 0)).toMatchObject({ code: 'CF-001', basisText: '《排污许可管理条例》' });
  });

  it('skips a title row above the header', async () => {
    const powers = table(await read('title-row.csv'), { kind: 'powers' });
    expect(powers.headerRow).toBe(2);
    expect(powers.rows.map((r) => r.row)).toEqual([3]);
  });

  it('warns about a duplicate column and keeps the first', async () => {
    const inventory = await read('duplicate-column.csv');
    const powers = table(inventory, { kind: 'powers' });
    expect(powers.columns.map((c) => c.field)).toEqual(['code', 'name', undefined, 'type', 'basisText']);
    expect(inventory.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/duplicate-column', column: 'C', row: 1, severity: 'warning' })]);
    expect(powers.rows[0]?.cells[2]).toBe('许可证核发');
  });

  it('keeps a note-like row followed by data as a record; only trailing notes become findings', async () => {
    const inventory = await read('notes.csv');
    const powers = table(inventory, { kind: 'powers' });
    expect(powers.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(inventory.diagnostics.map((d) => [d.ruleId, d.row])).toEqual([['ingest/note-row', 6], ['ingest/note-row', 7]]);
  });

  it('keeps __proto__, constructor and prototype headers as plain unknown columns', async () => {
    const inventory = await read('proto.csv');
    const powers = table(inventory, { kind: 'powers' });
    expect(powers.columns.map((c) => c.header)).toEqual(['事项编码', '__proto__', '事项名称', 'constructor', '事项类型', 'prototype', '实施依据']);
    expect(powers.rows[0]?.cells).toEqual(['CF-001', 'x', '核发', 'y', '行政许可', 'z', '《条例》']);
    expect(inventory.diagnostics.map((d) => d.column)).toEqual(['B', 'D', 'F']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(powers.rows[0])).toBe(Object.prototype);
  });

  it('flags a cell over 32,767 characters and truncates it', async () => {
    const path = join(tmp, '执法事项.csv');
    writeFileSync(path, `事项编码,事项名称,实施依据\nCF-1,名称,"${'依'.repeat(40_000)}"\n`);
    const inventory = await readInventory(path, { cwd: tmp });
    const finding = inventory.diagnostics.find((d) => d.ruleId === 'ingest/cell-too-long');
    expect(finding).toMatchObject({ severity: 'error', file: '执法事项.csv', row: 2, column: 'C', field: 'basisText' });
    expect(finding?.message).toContain('40,000');
    expect(finding?.value?.length).toBeLessThan(300);
    expect(inventory.tables[0]?.rows[0]?.cells[2]?.length).toBe(32_767);
  });

  it('skips a file named like a table whose first rows hold no header, with a warning', async () => {
    const dir = join(tmp, 'no-header');
    mkdirSync(dir);
    writeFileSync(join(dir, '执法岗位.csv'), '本表待补充\n张三,李四\n');
    writeFileSync(join(dir, '执法事项.csv'), '事项编码,事项名称,事项类型,实施依据\nCF-1,核发,行政许可,《条例》\n');
    const inventory = await readInventory(dir, { cwd: tmp, lang: 'en' });
    expect(inventory.tables.map((t) => t.kind)).toEqual(['powers']);
    expect(inventory.diagnostics).toEqual([
      expect.objectContaining({ ruleId: 'ingest/no-header', severity: 'warning', file: 'no-header/执法岗位.csv' }),
    ]);
    expect(inventory.diagnostics[0]?.message).toContain('posts table');
  });

  it('warns about a quote never closed', async () => {
    const path = join(tmp, 'powers.csv');
    writeFileSync(path, '事项编码,事项名称,实施依据\nCF-1,"名称,x\nCF-2,b,c\n');
    const inventory = await readInventory(path, { cwd: tmp, lang: 'en' });
    expect(inventory.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'ingest/unclosed-quote', row: 2, column: 'B' }));
  });

  it('names the row of a quote never closed as Excel shows it, after a quoted line break', async () => {
    const path = join(tmp, 'powers-multiline.csv');
    // The open quote is on line 4 of the file, in the third record: row 3 in Excel.
    writeFileSync(path, '事项编码,事项名称,实施依据\nCF-1,"名称\n续",x\nCF-2,"名称,x\nCF-3,b,c\n');
    const inventory = await readInventory(path, { cwd: tmp, lang: 'en' });
    const unclosed = inventory.diagnostics.filter((d) => d.ruleId === 'ingest/unclosed-quote');
    expect(unclosed).toEqual([expect.objectContaining({ row: 3, column: 'B' })]);
    expect(unclosed[0]?.message).toContain('cell B3');
    expect(inventory.tables[0]?.rows.map((r) => r.row)).toEqual([2, 3]);
  });

  it('pads short rows and widens the table for data past the last header, warning about the unnamed column', async () => {
    const path = join(tmp, 'powers-wide.csv');
    writeFileSync(path, '事项编码,事项名称\nCF-1\nCF-2,名称,多出的值\n');
    const inventory = await readInventory(path, { cwd: tmp });
    const powers = inventory.tables[0];
    expect(powers?.columns.map((c) => c.letter)).toEqual(['A', 'B', 'C']);
    expect(powers?.rows.map((r) => r.cells)).toEqual([['CF-1', '', ''], ['CF-2', '名称', '多出的值']]);
    expect(inventory.diagnostics).toEqual([expect.objectContaining({ ruleId: 'ingest/unknown-column', column: 'C' })]);
  });
});

describe('streamCsvRows', () => {
  it('streams records numbered by record (a quoted line break stays in its row), also over the two-pass path for large files', async () => {
    const path = join(tmp, 'stream.csv');
    const lines = ['a,b', '"x\ny",1'];
    for (let i = 0; i < 20_000; i++) lines.push(`罚款${i},"《法》第${i}条, ""引号"""`);
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const whole: { row: number; cells: string[] }[] = [];
    for await (const row of streamCsvRows(path)) whole.push(row);
    const streamed: { row: number; cells: string[] }[] = [];
    for await (const row of streamCsvRows(path, { wholeFileBytes: 0 })) streamed.push(row);
    expect(streamed).toEqual(whole);
    expect(whole[0]).toEqual({ row: 1, cells: ['a', 'b'] });
    expect(whole[1]).toEqual({ row: 2, cells: ['x\ny', '1'] });
    expect(whole[2]).toEqual({ row: 3, cells: ['罚款0', '《法》第0条, "引号"'] });
    expect(whole).toHaveLength(20_002);
    expect(whole[20_001]).toEqual({ row: 20_002, cells: ['罚款19999', '《法》第19999条, "引号"'] });
  });
});

describe('messages follow the language', () => {
  it('gives English text when asked', async () => {
    const inventory = await read('basic.xlsx', 'en');
    const unknown = inventory.diagnostics.find((d) => d.ruleId === 'ingest/unknown-column');
    expect(unknown?.message).toBe('column H "联系人" is not a known column of the powers table');
    expect(unknown?.hint).toMatch(/^rename it to one of .* or leave it: it is kept$/);
  });
});
