// Cells that would start a formula — also after a leading CR, LF, tab or spaces, which CSV writers used to
// normalise after checking — leave `classify --write` neutralised in CSV and exactly as written in xlsx.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'quanze-inject-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const payloads = ['\r=1+1', '\n=1+1', '\t=1+1', ' =1+1', '  +1', ' @SUM(A1)', '-2+3', '＝1+1', '\r\n@x'];
const csv = `\ufeff名称,备注\r\n${payloads.map((p, i) => `对违法行为${i}的处罚,"${p}"`).join('\r\n')}\r\n`;

describe('formula-like cells through classify --write', () => {
  it('CSV: every cell that a spreadsheet would run gets the \' prefix, after every normalisation', async () => {
    writeFileSync(join(tmp, 'list.csv'), csv);
    const io = fakeIo({ cwd: tmp });
    expect(await run(['classify', 'list.csv', '--write', 'out.csv'], io)).toBe(0);
    const rows = parse(readFileSync(join(tmp, 'out.csv'), 'utf8').replace(/^\ufeff/, '')) as string[][];
    const notes = rows.slice(1).map((row) => row[1] ?? '');
    expect(notes).toHaveLength(payloads.length);
    for (const note of notes) expect(note.startsWith("'"), JSON.stringify(note)).toBe(true);
  });

  it('xlsx: the same cells are strings, kept exactly (line breaks as the CSV reader gives them)', async () => {
    const io = fakeIo({ cwd: tmp });
    expect(await run(['classify', 'list.csv', '--write', 'out.xlsx'], io)).toBe(0);
    const sheet = XLSX.read(readFileSync(join(tmp, 'out.xlsx')), { cellFormula: true }).Sheets['执法事项'];
    payloads.forEach((payload, i) => {
      const cell = sheet?.[`B${i + 2}`] as XLSX.CellObject | undefined;
      expect(cell?.t).toBe('s');
      expect(cell?.f).toBeUndefined();
      expect(cell?.v).toBe(payload.replace(/\r\n?/g, '\n'));
    });
  });
});
