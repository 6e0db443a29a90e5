// Inputs that cannot be read: each gets its ingest error code and a message that says what to do.

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolkitError, type ToolkitErrorCode } from '../../src/diagnostics/errors.js';
import { readInventory } from '../../src/ingest/index.js';
import type { IngestLimits } from '../../src/ingest/limits.js';
import { deflateZeros, writeZip } from './helpers/zip.js';

const fixtures = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'quanze-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Reads and expects a ToolkitError with this code whose messages, in both languages, name the file. */
async function expectRefusal(path: string, code: ToolkitErrorCode, cwd: string, limits?: Partial<IngestLimits>): Promise<ToolkitError> {
  let caught: unknown;
  try {
    await readInventory(path, { cwd, ...(limits === undefined ? {} : { limits }) });
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ToolkitError);
  const error = caught as ToolkitError;
  expect(error.code).toBe(code);
  expect(error.describe('zh')).toContain(path);
  expect(error.describe('en')).toContain(path);
  expect(error.describe('zh')).not.toContain('\n');
  expect(error.describe('en')).not.toMatch(/\n|\s at /);
  return error;
}

describe('inputs that cannot be read', () => {
  it('input-not-found', async () => {
    await expectRefusal('没有这个文件.xlsx', 'input-not-found', fixtures);
    await expectRefusal('missing-folder/执法事项.csv', 'input-not-found', fixtures);
  });

  it('input-empty for an empty workbook or CSV', async () => {
    await expectRefusal('empty.xlsx', 'input-empty', fixtures);
    await expectRefusal('empty.csv', 'input-empty', fixtures);
  });

  it('input-not-spreadsheet for a .txt, a PDF named .xlsx, random bytes named .xlsx, and a .docx', async () => {
    await expectRefusal('notes.txt', 'input-not-spreadsheet', fixtures);
    writeFileSync(join(tmp, 'report.pdf.xlsx'), '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n');
    const pdf = await expectRefusal('report.pdf.xlsx', 'input-not-spreadsheet', tmp);
    expect(pdf.describe('en')).toContain('PDF');
    writeFileSync(join(tmp, 'random.xlsx'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)));
    await expectRefusal('random.xlsx', 'input-not-spreadsheet', tmp);
    writeFileSync(join(tmp, 'letter.docx'), writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]));
    await expectRefusal('letter.docx', 'input-not-spreadsheet', tmp);
    copyFileSync(join(tmp, 'letter.docx'), join(tmp, 'letter.xlsx'));
    const docx = await expectRefusal('letter.xlsx', 'input-not-spreadsheet', tmp);
    expect(docx.describe('en')).toContain('Word');
  });

  it('input-encrypted for a password-protected workbook, with what to do', async () => {
    const error = await expectRefusal('encrypted.xlsx', 'input-encrypted', fixtures);
    expect(error.describe('en')).toContain('unprotected copy');
    expect(error.describe('zh')).toContain('另存');
  });

  it('input-unreadable for a truncated or damaged zip, keeping the cause', async () => {
    const bytes = readFileSync(join(fixtures, 'basic.xlsx'));
    writeFileSync(join(tmp, 'truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefusal('truncated.xlsx', 'input-unreadable', tmp);
    // Same central directory, garbage where the sheet data are deflated.
    const damaged = Buffer.from(bytes);
    for (let i = 200; i < damaged.length - 2000; i += 3) damaged[i] = 0xff;
    writeFileSync(join(tmp, 'damaged.xlsx'), damaged);
    const error = await expectRefusal('damaged.xlsx', 'input-unreadable', tmp);
    expect(error.cause).toBeDefined();
  });

  it('no-tables for a workbook with no recognisable sheet, listing the sheets found and the names accepted', async () => {
    const error = await expectRefusal('no-tables.xlsx', 'no-tables', fixtures);
    expect(error.describe('zh')).toContain('Sheet1, 汇总');
    expect(error.describe('zh')).toContain('执法事项/powers');
  });

  it('input-not-spreadsheet for a pipe, whatever its name', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [join(tmp, 'pipe.csv')]);
    const error = await expectRefusal('pipe.csv', 'input-not-spreadsheet', tmp);
    expect(error.describe('en')).toContain('not a regular file');
  });

  it('no-tables for a folder without CSV tables', async () => {
    mkdirSync(join(tmp, 'empty-folder'));
    await expectRefusal('empty-folder', 'no-tables', tmp);
  });
});

describe('hostile input limits', () => {
  let bomb: string;
  beforeAll(async () => {
    // 300 MB of zeros deflate to a few hundred KB: a zip bomb dressed as a workbook.
    const zeros = await deflateZeros(300);
    expect(zeros.bytes.length).toBeLessThan(1024 * 1024);
    bomb = join(tmp, 'bomb.xlsx');
    writeFileSync(
      bomb,
      writeZip([
        { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
        { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', deflated: zeros },
      ]),
    );
  });

  it('refuses a zip bomb by its compression ratio, before inflating it, with the numbers', async () => {
    const error = await expectRefusal('bomb.xlsx', 'input-zip-bomb', tmp);
    expect(error.describe('en')).toContain('300.0 MB');
    expect(error.describe('en')).toMatch(/ratio \d+:1 over 100:1/);
  });

  it('refuses a workbook whose total uncompressed size is over the limit', async () => {
    const error = await expectRefusal('bomb.xlsx', 'input-too-large', tmp, { maxCompressionRatio: 1e6, maxUncompressedBytes: 200 * 1024 * 1024 });
    expect(error.describe('en')).toContain('300.0 MB uncompressed');
  });

  it('refuses a workbook file over the size limit before parsing', async () => {
    const error = await expectRefusal('basic.xlsx', 'input-too-large', fixtures, { maxWorkbookBytes: 1000 });
    expect(error.describe('zh')).toContain('上限');
  });
});
