// The Chinese message for a file a library cannot read is all ours: the library's English text appears only in
// the English message (and in the cause), never raw inside the Chinese one.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { describeReaderError, readInventory } from '../../src/ingest/index.js';
import { fakeIo } from '../helpers/fake-io.js';

const fixtures = new URL('../fixtures/ingest/', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'quanze-reader-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** English words left in a Chinese text once the file name and the words we use on purpose are taken out. */
const englishIn = (zh: string, file: string): string[] =>
  zh.replaceAll(file, '').replace(/Excel|xlsx|xls|ods|csv|tsv|zip64|zip/gi, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('describeReaderError', () => {
  it.each([
    ['Bad compressed size: 0 != 364', '压缩数据损坏或不完整', 'compressed data are damaged'],
    ['Unsupported ZIP encryption', '压缩数据损坏或不完整', 'compressed data are damaged'],
    ['File is password-protected', '文件已加密或设置了密码', 'encrypted'],
    ['Unsupported BIFF version', '文件格式或版本不受支持', 'not supported'],
    ['FAT boundary crossed: 3 4096', '旧版 .xls 文件的内部结构损坏', 'old-style .xls'],
    ['Major Version: Expected 3 or 4 saw 16705', '旧版 .xls 文件的内部结构损坏', 'old-style .xls'],
    ['Unknown Namespace: foo', '工作簿内部的数据损坏', 'data inside the workbook'],
    ['Cannot read properties of undefined (reading \'x\')', '读取程序无法解析其内容', 'could not be parsed'],
  ])('tells %j in our words, quoting it only in English', (text, zh, en) => {
    const detail = describeReaderError(new Error(text), 'SheetJS');
    expect(detail.zh).toBe(zh);
    expect(detail.en).toContain(en);
    expect(detail.en).toContain(`SheetJS: ${text}`);
  });

  it('tells a system error by its code, and cuts a long library text short', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open \'/x\''), { code: 'EACCES' });
    expect(describeReaderError(denied)).toEqual({ zh: '没有读取权限（EACCES）', en: 'permission denied (EACCES)' });
    const odd = Object.assign(new Error('weird'), { code: 'EWEIRD' });
    expect(describeReaderError(odd).zh).toBe('系统错误（EWEIRD）');
    const long = describeReaderError(new Error(`x${' y'.repeat(500)}\nnext line`));
    expect(long.en.length).toBeLessThan(260);
    expect(long.en).not.toContain('\n');
  });
});

describe('damaged workbooks', () => {
  const bytes = readFileSync(join(fixtures, 'basic.xlsx'));
  const damaged = Buffer.from(bytes);
  for (let i = 200; i < damaged.length - 2000; i += 3) damaged[i] = 0xff;
  const cases: readonly (readonly [string, Buffer])[] = [
    ['truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['damaged.xlsx', damaged],
    ['garbage.xls', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4000, 0x41)])],
  ];
  it.each(cases)('%s: the Chinese message has no library English, the English keeps it', async (name, content) => {
    writeFileSync(join(tmp, name), content);
    const error = await readInventory(name, { cwd: tmp }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ToolkitError);
    const refusal = error as ToolkitError;
    expect(englishIn(refusal.describe('zh'), name)).toEqual([]);
    expect(refusal.describe('zh')).toContain(name);
    expect(refusal.describe('en')).toContain(name);
    expect(refusal.cause).toBeDefined();
    for (const lang of ['zh', 'en'] as const) {
      const io = fakeIo({ cwd: tmp, lang });
      expect(await run(['check', name, '--lang', lang], io)).toBe(2);
      expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      if (lang === 'zh') expect(englishIn(io.stderr().replace('quanze', ''), name)).toEqual([]);
    }
  });
});
