// The blank template: sheets, headers, notes, dropdowns, CSV encoding and byte-for-byte determinism.

import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { actTypes } from '../../src/model/act-types.js';
import { basisLevels, basisStatuses } from '../../src/model/basis-vocab.js';
import { fieldsByTable } from '../../src/model/fields.js';
import { tableKinds, tableLabels, type TableKind } from '../../src/model/tables.js';
import type { OutputFile } from '../../src/output/output-file.js';
import { buildTemplateFiles, INSTRUCTIONS_SHEET, TEMPLATE_WORKBOOK } from '../../src/template/index.js';
import { readZipEntries, readZipText } from './unzip.js';

const files = await buildTemplateFiles();

function bytesOf(path: string, list: readonly OutputFile[] = files): Uint8Array {
  const file = list.find((f) => f.path === path);
  if (!file) throw new Error(`${path} not built`);
  if (typeof file.contents === 'string') return new TextEncoder().encode(file.contents);
  return file.contents;
}

const xlsxBytes = bytesOf(TEMPLATE_WORKBOOK);
const workbook = XLSX.read(xlsxBytes, { type: 'buffer' });

/** xl/worksheets/sheetN.xml of a table; exceljs numbers sheets in the order they were added, 填写说明 first. */
function sheetXml(table: TableKind): string {
  return readZipText(xlsxBytes, `xl/worksheets/sheet${tableKinds.indexOf(table) + 2}.xml`);
}

function columnLetter(table: TableKind, name: string): string {
  const index = fieldsByTable[table].findIndex((f) => f.name === name);
  if (index < 0) throw new Error(`${table}.${name} unknown`);
  return XLSX.utils.encode_col(index);
}

function listFormula(values: readonly string[]): string {
  return `<formula1>&quot;${values.join(',')}&quot;</formula1>`;
}

describe('buildTemplateFiles', () => {
  it('returns the workbook, one CSV per table and a config file', () => {
    expect(files.map((f) => f.path)).toEqual([
      '执法清单模板.xlsx',
      'csv/执法依据.csv',
      'csv/执法事项.csv',
      'csv/执法岗位.csv',
      'csv/执法人员.csv',
      'csv/执法流程.csv',
      'quanze.config.json',
    ]);
  });

  it('has the instructions sheet first, then the five tables in order', () => {
    expect(workbook.SheetNames).toEqual([INSTRUCTIONS_SHEET, '执法依据', '执法事项', '执法岗位', '执法人员', '执法流程']);
    const text = XLSX.utils.sheet_to_csv(workbook.Sheets[INSTRUCTIONS_SHEET]!);
    for (const needle of ['《中华人民共和国行政处罚法》第五十八条第一款第（三）项', '、', '；', '2024-03-01', 'quanze check']) {
      expect(text).toContain(needle);
    }
  });

  it.each(tableKinds)('writes the %s headers as the field labels, in order, with notes', (table) => {
    const sheet = workbook.Sheets[tableLabels[table].zh]!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toEqual(fieldsByTable[table].map((f) => f.label));
    fieldsByTable[table].forEach((field, index) => {
      const cell = sheet[`${XLSX.utils.encode_col(index)}1`] as XLSX.CellObject;
      const note = cell.c?.[0]?.t ?? '';
      expect(note).toContain(field.note);
      expect(note.includes('必填')).toBe(field.required === true);
    });
  });

  it.each(tableKinds)('freezes the %s header row', (table) => {
    expect(sheetXml(table)).toMatch(/<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
  });

  it('offers dropdowns for act type, basis level, status and yes/no columns over rows 2..5000', () => {
    const powers = sheetXml('powers');
    const type = columnLetter('powers', 'type');
    expect(powers).toContain(`sqref="${type}2:${type}5000"`);
    expect(powers).toContain(listFormula(actTypes.map((t) => t.label)));
    const legalReview = columnLetter('powers', 'legalReview');
    expect(powers).toContain(`sqref="${legalReview}2:${legalReview}5000"`);
    expect(powers).toContain(listFormula(['是', '否']));

    const bases = sheetXml('bases');
    expect(bases).toContain(listFormula(basisLevels.map((l) => l.label)));
    expect(bases).toContain(listFormula(basisStatuses.map((s) => s.label)));
    const level = columnLetter('bases', 'level');
    expect(bases).toContain(`sqref="${level}2:${level}5000"`);

    const officers = sheetXml('officers');
    const reviewer = columnLetter('officers', 'legalReviewer');
    expect(officers).toContain(`sqref="${reviewer}2:${reviewer}5000"`);
    expect(sheetXml('posts')).not.toContain('<dataValidations');
  });

  it('marks required headers in red and formats date columns as yyyy-mm-dd', () => {
    const styles = readZipText(xlsxBytes, 'xl/styles.xml');
    expect(styles).toContain('<color rgb="FFC00000"/>');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    // The date column's <col> carries a style; check that it is the date format.
    const numFmtId = /<numFmt numFmtId="(\d+)" formatCode="yyyy-mm-dd"\/>/.exec(styles)?.[1];
    const xfs = [...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s.exec(styles)?.[1] ?? '').matchAll(/<xf [^>]*?numFmtId="(\d+)"/g)].map((m) => m[1]);
    const effective = fieldsByTable.bases.findIndex((f) => f.name === 'effective') + 1;
    const style = new RegExp(`<col min="\\d+" max="\\d+"[^>]*style="(\\d+)"`, 'g');
    const colStyles = [...sheetXml('bases').matchAll(style)];
    const dateCol = colStyles.find((m) => {
      const [min, max] = [/min="(\d+)"/.exec(m[0])?.[1], /max="(\d+)"/.exec(m[0])?.[1]].map(Number);
      return (min ?? 0) <= effective && effective <= (max ?? 0);
    });
    expect(dateCol).toBeDefined();
    expect(xfs[Number(dateCol?.[1])]).toBe(numFmtId);
  });

  it.each(tableKinds)('writes csv/%s as UTF-8 with BOM and the header row', (table) => {
    const bytes = bytesOf(`csv/${tableLabels[table].zh}.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe(`\uFEFF${fieldsByTable[table].map((f) => f.label).join(',')}\r\n`);
  });

  describe('determinism', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives identical bytes whatever the clock says', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2020-05-05T13:14:15Z'));
      const first = await buildTemplateFiles();
      vi.setSystemTime(new Date('2031-07-07T21:22:23Z'));
      const second = await buildTemplateFiles();
      expect(second.map((f) => f.path)).toEqual(first.map((f) => f.path));
      first.forEach((file) => {
        expect(Buffer.from(bytesOf(file.path, second)).equals(Buffer.from(bytesOf(file.path, first))), file.path).toBe(true);
      });
    });

    it('stamps document properties and zip entries with 2024-01-01', () => {
      const core = readZipText(xlsxBytes, 'docProps/core.xml');
      expect(core).toContain('<dc:creator>quanze</dc:creator>');
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified>');
      for (const entry of readZipEntries(xlsxBytes)) {
        expect({ name: entry.name, date: entry.dosDate, time: entry.dosTime }).toEqual({
          name: entry.name,
          date: ((2024 - 1980) << 9) | (1 << 5) | 1,
          time: 0,
        });
      }
    });
  });
});
