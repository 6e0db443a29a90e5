// The annotated copy of inputs that exceljs cannot keep as they are: a CSV folder and an .xls workbook, copied as
// values at the rows and columns the findings name; and the edge cases: name clashes, caps, formula-like text.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { annotateInventory } from '../../src/annotate/index.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { checkAndAnnotate, fillOf, listedFindings, loadExcel, noteOf, readSheetJs, root, type Annotated } from './read-output.js';

const folder = 'test/fixtures/annotate/csv-folder';
const powersCsv = `${folder}/执法事项.csv`;
const digest = (path: string): string => createHash('sha256').update(readFileSync(join(root, path))).digest('hex');

describe('annotateInventory on a CSV folder', () => {
  let before: string;
  let run: Annotated;
  beforeAll(async () => {
    before = digest(powersCsv);
    run = await checkAndAnnotate(folder);
  });

  it('makes one sheet per CSV file after the findings sheet, and leaves the files alone', () => {
    const book = readSheetJs(run.bytes);
    expect(book.SheetNames).toEqual(['审核意见', '执法事项', '执法依据']);
    expect(digest(powersCsv)).toBe(before);
  });

  it('puts every record at the row findings give it, a quoted line break included', () => {
    const sheet = readSheetJs(run.bytes).Sheets['执法事项'];
    const at = (address: string) => sheet?.[address] as XLSX.CellObject | undefined;
    expect(at('A1')?.v).toBe('XX市测试局权责清单');
    expect(at('B2')?.v).toBe('事项编码');
    expect(at('B3')?.v).toBe('CF-001');
    expect(at('C4')?.v).toBe('对擅自砍伐城市树木的处罚\n（含移植）');
    // The quoted line break stays inside one cell, as in Excel: the third record (on line 6 of the file) is row 5.
    expect(at('B5')?.v).toBe('CF-003');
    expect(at('B6')).toBeUndefined();
  });

  it('keeps a cell written "=1+1" as text, never a formula', () => {
    const cell = readSheetJs(run.bytes).Sheets['执法事项']?.D5 as XLSX.CellObject | undefined;
    expect(cell).toMatchObject({ t: 's', v: '=1+1' });
    expect(cell?.f).toBeUndefined();
  });

  it('attaches each finding to its cell, and a finding with a row only to the first cell of the row', async () => {
    const excel = await loadExcel(run.bytes);
    const powers = excel.getWorksheet('执法事项');
    if (powers === undefined) throw new Error('no 执法事项');
    expect(noteOf(powers.getCell('B4'))).toContain('power-code-unique');
    expect(fillOf(powers.getCell('B4'))).toBe('FFFFC7CE');
    // 责任事项 missing as a whole column: one finding at the header row (row 2), with no column.
    const rowOnly = run.diagnostics.filter((d) => d.file.endsWith('执法事项.csv') && d.column === undefined);
    expect(rowOnly.map((d) => [d.ruleId, d.row])).toContainEqual(['power-responsibility-missing', 2]);
    for (const d of rowOnly) expect(noteOf(powers.getCell(`A${d.row}`))).toContain(d.message);
  });

  it('lists every finding with a link into the copy and the formula-like value as text', () => {
    const book = readSheetJs(run.bytes);
    const listed = listedFindings(book, '审核意见');
    expect(listed).toHaveLength(run.diagnostics.length);
    for (const finding of listed) {
      expect(finding.link?.sheet).toBe('执法事项');
      expect(book.Sheets['执法事项']).toBeDefined();
    }
    const typeFinding = listed.find((f) => f.link?.address === 'D5');
    // A string cell never runs as a formula: the value is kept as the user wrote it (the ' prefix is CSV's).
    expect(typeFinding?.value).toBe('=1+1');
    const valueCell = book.Sheets['审核意见']?.[`H${3 + listed.indexOf(typeFinding as NonNullable<typeof typeFinding>)}`] as XLSX.CellObject | undefined;
    expect(valueCell).toMatchObject({ t: 's' });
    expect(valueCell?.f).toBeUndefined();
  });

  it('writes the list in English under --lang en', async () => {
    const english = await checkAndAnnotate(folder, 'en');
    const book = readSheetJs(english.bytes);
    expect(book.SheetNames[0]).toBe('Review findings');
    const summary = String(book.Sheets['Review findings']?.A1?.v);
    const errors = english.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = english.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(summary).toMatch(new RegExp(`^${errors} errors, ${warnings} warnings, 0 info\\. `));
    expect(summary).toContain('finding. This copy holds the cell values of the input only');
  });

  it('copies a single CSV file given on its own as one sheet', async () => {
    const single = await checkAndAnnotate(powersCsv);
    const book = readSheetJs(single.bytes);
    expect(book.SheetNames).toEqual(['审核意见', '执法事项']);
    expect(book.Sheets['执法事项']?.B5?.v).toBe('CF-003');
    expect(book.Sheets['执法事项']?.B6).toBeUndefined();
    expect(listedFindings(book, '审核意见').filter((f) => f.link !== undefined)).toHaveLength(single.diagnostics.length);
  });

  it('gives identical bytes for the same input and findings', async () => {
    expect(Buffer.from((await checkAndAnnotate(folder)).bytes).equals(Buffer.from(run.bytes))).toBe(true);
  });
});

describe('annotateInventory edge cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'quanze-annotate-'));
  const finding = (file: string, extra: Partial<Diagnostic>): Diagnostic => ({ ruleId: 'test-rule', severity: 'error', message: '问题', file, ...extra });

  it('writes formula-like messages, hints and values as text', async () => {
    const run = await checkAndAnnotate(folder);
    const bytes = await run.annotate([
      finding(run.source, { message: '=1+1', hint: '-2+3', value: '@SUM(A1:A2)', file: powersCsv, row: 3, column: 'C' }),
    ]);
    const list = readSheetJs(bytes).Sheets['审核意见'];
    for (const [address, text] of [['F3', '=1+1'], ['G3', '-2+3'], ['H3', '@SUM(A1:A2)']] as const) {
      const cell = list?.[address] as XLSX.CellObject | undefined;
      expect(cell).toMatchObject({ t: 's', v: text });
      expect(cell?.f).toBeUndefined();
    }
  });

  it('names the list 审核意见(2) when the input already has a 审核意见 sheet', async () => {
    const path = join(dir, 'has-review.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('执法事项').getCell('B2').value = 'CF-001';
    workbook.addWorksheet('审核意见').getCell('A1').value = '上一轮的意见';
    await workbook.xlsx.writeFile(path);
    const bytes = await annotateInventory({ source: 'has-review.xlsx', absolutePath: path, tables: [] },
      [finding('has-review.xlsx', { sheet: '执法事项', row: 2, column: 'B' })], { lang: 'zh' });
    const book = readSheetJs(bytes);
    expect(book.SheetNames).toEqual(['审核意见(2)', '执法事项', '审核意见']);
    expect(book.Sheets['审核意见']?.A1?.v).toBe('上一轮的意见');
    expect(listedFindings(book, '审核意见(2)')[0]?.link).toEqual({ sheet: '执法事项', address: 'B2', text: 'B2' });
  });

  it('copies an .xls workbook as values with its merged ranges, and says the formatting was not kept', async () => {
    const path = join(dir, 'old.xls');
    const sheet = XLSX.utils.aoa_to_sheet([['XX局权责清单'], ['事项编码', '事项名称'], ['CF-001', '对损坏绿化设施的处罚'], ['CF-002', 12.5]]);
    sheet['!merges'] = [XLSX.utils.decode_range('A1:B1')];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, '执法事项');
    writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer);
    const bytes = await annotateInventory({ source: 'old.xls', absolutePath: path, tables: [] },
      [finding('old.xls', { sheet: '执法事项', row: 4, column: 'B', severity: 'warning' })], { lang: 'zh' });
    const copy = readSheetJs(bytes);
    expect(XLSX.utils.sheet_to_json(copy.Sheets['执法事项'] as XLSX.WorkSheet, { header: 1 })).toEqual(
      XLSX.utils.sheet_to_json(sheet, { header: 1 }),
    );
    expect(copy.Sheets['执法事项']?.['!merges']?.map((m) => XLSX.utils.encode_range(m))).toEqual(['A1:B1']);
    expect(String(copy.Sheets['审核意见']?.A1?.v)).toContain('未保留格式');
    expect(fillOf((await loadExcel(bytes)).getWorksheet('执法事项')?.getCell('B4') as ExcelJS.Cell)).toBe('FFFFEB9C');
  });

  it('annotates at most maxAnnotatedCells cells, lists every finding and says so in the summary', async () => {
    const run = await checkAndAnnotate(folder);
    const many = [3, 4, 6].flatMap((row) => ['B', 'C'].map((column) => finding(powersCsv, { row, column })));
    const excel = await loadExcel(await run.annotate(many, { maxAnnotatedCells: 2 }));
    const powers = excel.getWorksheet('执法事项');
    const noted = ['B3', 'C3', 'B4', 'C4', 'B6', 'C6'].filter((address) => noteOf(powers?.getCell(address) as ExcelJS.Cell) !== '');
    expect(noted).toEqual(['B3', 'C3']);
    expect(String(excel.getWorksheet('审核意见')?.getCell('A1').value)).toContain('问题涉及 6 个单元格，只在前 2 个单元格加了批注和底色');
    expect(excel.getWorksheet('审核意见')?.rowCount).toBe(2 + many.length);
  });

  it('cuts a note at 32,767 characters and points to the list for the rest', async () => {
    const run = await checkAndAnnotate(folder);
    const long = '很长的说明'.repeat(4_000);
    const bytes = await run.annotate([
      finding(powersCsv, { row: 3, column: 'C', message: long }),
      finding(powersCsv, { row: 3, column: 'C', message: long, severity: 'warning' }),
    ]);
    const note = noteOf((await loadExcel(bytes)).getWorksheet('执法事项')?.getCell('C3') as ExcelJS.Cell);
    expect(note.length).toBeLessThanOrEqual(32_767);
    expect(note).toMatch(/^\[错误\] test-rule：很长的说明/);
    expect(note).toMatch(/另有 1 条，见“审核意见”表。$/);
  });

  it('refuses an input it cannot read with a ToolkitError', async () => {
    await expect(annotateInventory({ source: 'missing.xlsx', absolutePath: join(dir, 'missing.xlsx'), tables: [] }, [], { lang: 'zh' }))
      .rejects.toMatchObject({ name: 'ToolkitError', code: 'input-unreadable' });
  });
});
