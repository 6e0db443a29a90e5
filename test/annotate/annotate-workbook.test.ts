// The annotated copy of an .xlsx inventory: findings on their cells, the 审核意见 list first, the input untouched.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { readZipEntries } from '../template/unzip.js';
import { loadExcel, checkAndAnnotate, fillOf, listedFindings, noteOf, readSheetJs, root, valuesOf, type Annotated } from './read-output.js';

const sample = 'samples/mistakes/city-parks-bureau.xlsx';
const sha256 = (path: string): string => createHash('sha256').update(readFileSync(join(root, path))).digest('hex');

describe('annotateInventory on an .xlsx workbook', () => {
  let before: string;
  let run: Annotated;
  beforeAll(async () => {
    before = sha256(sample);
    run = await checkAndAnnotate(sample);
  });

  it('leaves the input file as it was', () => {
    expect(sha256(sample)).toBe(before);
  });

  it('opens with SheetJS and exceljs, with 审核意见 as the first and active sheet', async () => {
    const book = readSheetJs(run.bytes);
    expect(book.SheetNames).toEqual(['审核意见', '法律依据', '权责清单', '岗位清单', '执法人员名录']);
    const excel = await loadExcel(run.bytes);
    expect(excel.worksheets.map((sheet) => sheet.name)).toEqual(book.SheetNames);
    expect(excel.views[0]?.activeTab).toBe(0);
    // exceljs does not read tabSelected back from a frozen view, so look at the sheet XML: one selected tab only.
    const sheetXml = readZipEntries(run.bytes).filter((entry) => /^xl\/worksheets\/sheet\d+\.xml$/.test(entry.name));
    const selected = sheetXml.filter((entry) => entry.data.toString('utf8').includes('tabSelected="1"'));
    expect(selected).toHaveLength(1);
    expect(selected[0]?.data.toString('utf8')).toContain('HYPERLINK(');
  });

  it('lists exactly the findings, each linked to its cell', () => {
    const book = readSheetJs(run.bytes);
    const listed = listedFindings(book, '审核意见');
    expect(run.diagnostics.length).toBeGreaterThan(5);
    expect(listed).toHaveLength(run.diagnostics.length);
    expect(listed.map((f) => `${f.rule} ${f.message}`).sort()).toEqual(run.diagnostics.map((d) => `${d.ruleId} ${d.message}`).sort());
    for (const [i, finding] of listed.entries()) {
      expect(finding.index).toBe(i + 1);
      const diagnostic = run.diagnostics.find((d) => d.ruleId === finding.rule && d.message === finding.message);
      expect(diagnostic).toBeDefined();
      if (diagnostic?.sheet === undefined || diagnostic.row === undefined) continue;
      // Every finding of this sample names a sheet and a row, so each has a link to a cell that exists.
      expect(finding.link).toEqual({ sheet: diagnostic.sheet, address: `${diagnostic.column ?? 'A'}${diagnostic.row}`, text: finding.cellText });
      expect(book.SheetNames).toContain(finding.link?.sheet);
      expect(finding.sheet).toBe(diagnostic.sheet);
    }
    const duplicate = listed.find((f) => f.rule === 'power-code-unique');
    expect(duplicate).toMatchObject({ severity: '错误', sheet: '权责清单', cellText: 'B6', value: 'CF-003', link: { sheet: '权责清单', address: 'B6' } });
    expect(duplicate?.hint).not.toBe('');
  });

  it('gives the findings sheet a summary line, a header, a frozen header and an autofilter', async () => {
    const excel = await loadExcel(run.bytes);
    const list = excel.getWorksheet('审核意见');
    const errors = run.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = run.diagnostics.filter((d) => d.severity === 'warning').length;
    expect(String(list?.getCell('A1').value)).toContain(`共 ${errors} 个错误，${warnings} 个警告`);
    expect(list?.getRow(2).values).toEqual([undefined, '序号', '严重程度', '工作表', '单元格', '规则', '问题', '修改建议', '原值']);
    expect(list?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(list?.autoFilter).toBe(`A2:H${2 + run.diagnostics.length}`);
    expect(list?.getColumn(6).width).toBeGreaterThan(20);
  });

  it('puts every finding of a cell in one note, errors first, and highlights it in the worst severity', async () => {
    const excel = await loadExcel(run.bytes);
    const powers = excel.getWorksheet('权责清单');
    if (powers === undefined) throw new Error('no 权责清单');
    const b6 = powers.getCell('B6');
    expect(noteOf(b6)).toMatch(/^\[错误\] power-code-unique：事项编码“CF-003”重复.*\n提示：/);
    expect(fillOf(b6)).toBe('FFFFC7CE');
    expect(fillOf(powers.getCell('H12'))).toBe('FFFFEB9C');
    expect(noteOf(powers.getCell('H12'))).toContain('[警告] power-has-post：');
    // Cells without findings get neither.
    expect(noteOf(powers.getCell('B5'))).toBe('');
    expect(fillOf(powers.getCell('B5'))).not.toBe('FFFFC7CE');
    for (const d of run.diagnostics) {
      const cell = excel.getWorksheet(d.sheet ?? '')?.getCell(`${d.column ?? 'A'}${d.row ?? 1}`).master;
      expect(noteOf(cell as NonNullable<typeof cell>)).toContain(d.message);
    }
  });

  it('keeps the other styles of a highlighted cell and does not spread the highlight to cells sharing its style', async () => {
    const input = await loadExcel(readFileSync(join(root, sample)));
    const output = await loadExcel(run.bytes);
    const cellIn = input.getWorksheet('权责清单')?.getCell('B6');
    const cellOut = output.getWorksheet('权责清单')?.getCell('B6');
    expect(cellOut?.font).toEqual(cellIn?.font);
    expect(cellOut?.border).toEqual(cellIn?.border);
    expect(cellOut?.alignment).toEqual(cellIn?.alignment);
    expect(cellOut?.numFmt).toEqual(cellIn?.numFmt);
    const neighbour = output.getWorksheet('权责清单')?.getCell('B4');
    expect(fillOf(neighbour as NonNullable<typeof neighbour>)).toBe(fillOf(input.getWorksheet('权责清单')?.getCell('B4') as NonNullable<typeof neighbour>));
  });

  it('keeps every original cell value and merged range', () => {
    const original = XLSX.read(readFileSync(join(root, sample)), { type: 'buffer' });
    const copy = readSheetJs(run.bytes);
    for (const name of original.SheetNames) {
      expect(valuesOf(copy, name)).toEqual(valuesOf(original, name));
      const merges = (book: XLSX.WorkBook) => (book.Sheets[name]?.['!merges'] ?? []).map((m) => XLSX.utils.encode_range(m)).sort();
      expect(merges(copy)).toEqual(merges(original));
    }
    expect(original.Sheets['权责清单']?.['!merges']?.length).toBeGreaterThan(0);
  });

  it('gives identical bytes for the same input and findings', async () => {
    const again = await checkAndAnnotate(sample);
    expect(Buffer.from(again.bytes).equals(Buffer.from(run.bytes))).toBe(true);
  });

  it('matches the golden rendering of the list and notes for a fixed set of findings', async () => {
    const file = run.source;
    const findings: Diagnostic[] = [
      { ruleId: 'rule-b', severity: 'warning', message: '同一单元格的警告', hint: '警告的提示', file, sheet: '权责清单', row: 6, column: 'B', value: 'CF-003' },
      { ruleId: 'rule-a', severity: 'error', message: '同一单元格的错误，排在警告前', file, sheet: '权责清单', row: 6, column: 'B' },
      { ruleId: 'rule-c', severity: 'info', message: '只有行号的信息', file, sheet: '法律依据', row: 3 },
      { ruleId: 'rule-d', severity: 'error', message: '合并单元格内的位置', file, sheet: '权责清单', row: 1, column: 'C' },
      { ruleId: 'rule-e', severity: 'error', message: '整个文件的问题', file },
      { ruleId: 'rule-f', severity: 'warning', message: '=1+1', hint: '+SUM(A1)', value: '@A1', file, sheet: '没有这个表', row: 2, column: 'A' },
    ];
    const excel = await loadExcel(await run.annotate(findings));
    await expect(renderForReview(excel)).toMatchFileSnapshot('../golden/annotate/city-parks-bureau.zh.txt');
  });
});

/** The findings sheet cell by cell and every note with its fill, one line each, for a reviewable golden file. */
function renderForReview(excel: ExcelJS.Workbook): string {
  const lines: string[] = [];
  excel.worksheets.forEach((sheet, i) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (cell.master !== cell) return;
        const note = noteOf(cell);
        if (i === 0) {
          const value = cell.value as { formula?: string } | string | number | null;
          lines.push(`${sheet.name}!${cell.address}\t${typeof value === 'object' && value?.formula ? `=${value.formula}` : String(value)}`);
        } else if (note !== '') {
          lines.push(`${sheet.name}!${cell.address}\t${fillOf(cell) ?? ''}\t${note.replace(/\n/g, '⏎')}`);
        }
      });
    });
  });
  return `${lines.join('\n')}\n`;
}
