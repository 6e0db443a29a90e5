// readInventory's assumeTable option: plain lists read as a powers table, real inventories read as before.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { readInventory } from '../../src/ingest/index.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'quanze-lists-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInventory with assumeTable', () => {
  it('reads a CSV with only a 名称 column as a powers table', async () => {
    const raw = await readInventory('classify-inputs/names.csv', { cwd: fixtures, assumeTable: 'powers' });
    expect(raw.tables).toHaveLength(1);
    expect(raw.tables[0]).toMatchObject({ kind: 'powers', headerRow: 1, columns: [{ letter: 'A', field: 'name' }] });
    expect(raw.tables[0]?.rows.map((r) => r.cells[0])).toEqual(['排污许可证核发', '对到期不缴纳罚款的加处罚款']);
  });

  it('reads the labelled dev.tsv (name, type, department, source)', async () => {
    const raw = await readInventory('classify/dev.tsv', { cwd: fixtures, assumeTable: 'powers' });
    const table = raw.tables[0];
    expect(table?.columns.map((c) => c.field)).toEqual(['name', 'type', 'department', undefined]);
    expect(table?.rows).toHaveLength(415);
    expect(table?.rows[0]?.row).toBe(2);
  });

  it('still throws no-tables without the option', async () => {
    await expect(readInventory('classify-inputs/names.csv', { cwd: fixtures })).rejects.toMatchObject({ code: 'no-tables' });
  });

  it('takes the first sheet whose header has the name column, skipping a notes sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRows([['本表为事项清单'], ['填表人：张三']]);
    const list = workbook.addWorksheet('Sheet1');
    list.addRows([['XX局事项目录'], ['序号', '事项名称'], ['1', '排污许可证核发']]);
    workbook.addWorksheet('Sheet2').addRows([['名称'], ['其他表']]);
    const path = join(tmp, 'list.xlsx');
    writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
    const raw = await readInventory(path, { cwd: tmp, assumeTable: 'powers' });
    expect(raw.tables.map((t) => ({ sheet: t.sheet, headerRow: t.headerRow, rows: t.rows.length }))).toEqual([
      { sheet: 'Sheet1', headerRow: 2, rows: 1 },
    ]);
  });

  it('does not change how a real inventory is read', async () => {
    const plain = await readInventory('samples/city-ecology-bureau.xlsx', { cwd: root });
    const assumed = await readInventory('samples/city-ecology-bureau.xlsx', { cwd: root, assumeTable: 'powers' });
    expect(assumed).toEqual(plain);
  });

  it('still refuses a file with no name column', async () => {
    const path = join(tmp, 'nothing.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    const error = await readInventory(path, { cwd: tmp, assumeTable: 'powers' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolkitError);
    expect((error as ToolkitError).code).toBe('no-tables');
  });
});
