// A cell longer than the limit is reported with the length it really has, also when the CSV reader stopped keeping
// its characters long before its end (a memory guard), whether the file is read whole or streamed in chunks.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvParser } from '../../src/ingest/csv-parser.js';
import { readInventory, streamCsvRows } from '../../src/ingest/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'quanze-cell-length-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function parseInPieces(text: string, size: number, maxField: number) {
  const parser = new CsvParser(',', maxField);
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  out.push(...parser.end());
  return out;
}

describe('the real length of a clipped cell', () => {
  it.each([1, 7, 1000, 1_000_000])('is counted by the parser, unquoted, quoted and with "" escapes (chunks of %i)', (size) => {
    const text = `a,${'x'.repeat(5000)},"${'y'.repeat(3000)}""${'z'.repeat(999)}"\nb,short,"q"\n`;
    const records = parseInPieces(text, size, 100);
    expect(records.map((r) => r.cells.length)).toEqual([3, 3]);
    // A run taken in one slice is kept whole; one that arrives past the limit is counted, not kept.
    const real = (c: number): number => records[0]?.clipped?.get(c) ?? records[0]?.cells[c]?.length ?? 0;
    expect([real(1), real(2)]).toEqual([5000, 4000]);
    if (size < 100) expect(records[0]?.cells[1]?.length).toBeLessThan(5000);
    expect(records[1]?.clipped).toBeUndefined();
    expect(records[1]?.cells).toEqual(['b', 'short', 'q']);
  });

  it('is counted for an unclosed quote that swallows the rest of the file', () => {
    const records = parseInPieces(`a,"${'w'.repeat(10_000)}`, 333, 50);
    expect(records[0]?.clipped?.get(1)).toBe(10_000);
    expect(records[0]?.cells[1]?.length).toBeLessThan(1000);
  });

  it('reaches the finding, read whole and streamed, and the cell keeps the limit', async () => {
    const path = join(tmp, '执法事项.csv');
    const length = 2_000_000;
    writeFileSync(path, `事项编码,事项名称,实施依据\nCF-1,名称,"${'依'.repeat(length)}"\nCF-2,名称,短\n`);
    for (const lang of ['zh', 'en'] as const) {
      const inventory = await readInventory(path, { cwd: tmp, lang });
      const finding = inventory.diagnostics.find((d) => d.ruleId === 'ingest/cell-too-long');
      expect(finding).toMatchObject({ row: 2, column: 'C' });
      expect(finding?.message).toContain(lang === 'zh' ? '单元格有2,000,000个字符' : 'cell has 2,000,000 characters');
      expect(inventory.tables[0]?.rows[0]?.cells[2]?.length).toBe(32_767);
      expect(inventory.tables[0]?.rows.length).toBe(2);
    }
    const streamed = [];
    for await (const row of streamCsvRows(path, { wholeFileBytes: 0, maxFieldChars: 1000 })) streamed.push(row);
    expect(streamed[1]?.clipped?.get(2)).toBe(length);
    expect(streamed[1]?.cells[2]?.length).toBeLessThan(length);
    expect(streamed[2]?.clipped).toBeUndefined();
  });
});
