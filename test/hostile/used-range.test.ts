// A workbook of a few hundred KB whose every row has a value in column XFD (or one merge over the whole sheet)
// would make a grid of billions of cell positions: it is refused, naming the sheet and what to do, within
// bounded memory, before any grid is built.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInventory } from '../../src/ingest/index.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { writeZip } from '../ingest/helpers/zip.js';

const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const tmp = mkdtempSync(join(tmpdir(), 'quanze-used-range-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function workbook(sheetData: string, tail = '', sst?: string): string {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${head}<workbook xmlns="${main}" xmlns:r="${relNs}"><sheets><sheet name="执法事项" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${head}<worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData>${tail}</worksheet>`,
    ...(sst === undefined ? {} : { 'xl/sharedStrings.xml': sst }),
  };
  const file = join(tmp, `book-${Object.keys(parts).length}-${sheetData.length}-${tail.length}.xlsx`);
  writeFileSync(file, writeZip(Object.entries(parts).map(([name, text]) => ({ name, data: Buffer.from(text, 'utf8') }))));
  return file;
}

const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c><c r="B1" t="inlineStr"><is><t>事项名称</t></is></c></row>';

async function refusal(file: string, limits: { maxSheetCells?: number } = {}): Promise<ToolkitError> {
  const error: unknown = await readInventory(file, { lang: 'zh', limits }).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ToolkitError);
  return error as ToolkitError;
}

describe('a sheet whose used range is huge', () => {
  it('every row with a value in column XFD: refused, naming the sheet', async () => {
    let rows = header;
    for (let r = 2; r <= 5000; r++) rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="XFD${r}"><v>1</v></c></row>`;
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await refusal(workbook(rows));
    expect(error.code).toBe('input-used-range');
    expect(error.text.zh).toContain('工作表“执法事项”');
    expect(error.text.zh).toContain('16,384列');
    expect(error.text.en).toMatch(/delete the stray cells/u);
    // Refused before a grid of 5,000 × 16,384 positions (~650 MB of pointers) was made.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('one merge over the whole sheet: refused', async () => {
    let rows = header;
    for (let r = 2; r <= 4000; r++) rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>C${r}</t></is></c></row>`;
    rows += '<row r="4001"><c r="XFD4001"><v>1</v></c></row>';
    const error = await refusal(workbook(rows, '<mergeCells count="1"><mergeCell ref="A2:XFD4001"/></mergeCells>'));
    expect(error.code).toBe('input-used-range');
  });

  it('a stray value far right in one row is still read', async () => {
    const rows = `${header}<row r="2"><c r="A2" t="inlineStr"><is><t>CF-001</t></is></c><c r="B2" t="inlineStr"><is><t>对某行为的处罚</t></is></c><c r="XFD2"><v>1</v></c></row>`;
    const read = await readInventory(workbook(rows), { lang: 'zh' });
    expect(read.tables.map((table) => table.kind)).toEqual(['powers']);
  });

  it('a shared-string table of more items than the grid may hold positions: refused as too large', async () => {
    const sst = `${head}<sst xmlns="${main}">${'<si/>'.repeat(2000)}</sst>`;
    const error = await refusal(workbook(header, '', sst), { maxSheetCells: 1000 });
    expect(error.code).toBe('input-too-large');
    expect(error.text.zh).toContain('共享字符串表超过1,000项');
  });
});
