// Errors that cross the worker boundary: the Chinese text is quanze's own words (no V8 or library English in it),
// the raw message is in the English text and kept as the cause; an out-of-memory crash says how to give Node more heap.

import { describe, expect, it } from 'vitest';
import { reviveError, serialiseError, unexpectedText } from '../../src/batch/serialise-error.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { cjk, strayLatin } from '../helpers/language.js';

const allowed = new Set(['quanze', 'en']);
/** English words in a Chinese text, once the environment setting a user types (NODE_OPTIONS=…) is taken out. */
const english = (text: string): string[] => strayLatin(text.replace(/NODE_OPTIONS=\S+?(?=（)/u, ' '), allowed);
const oom = 'Worker terminated due to reaching memory limit: JS heap out of memory';
const bug = "Cannot read properties of undefined (reading 'rows')";

describe('unexpectedText', () => {
  it('tells a user how to get more memory instead of asking for a bug report', () => {
    const text = unexpectedText('big/', oom);
    expect(text.zh).toBe('检查“big/”时内存不足，未能完成；其他清单照常检查。请设置环境变量 NODE_OPTIONS=--max-old-space-size=8192（单位 MB，按本机内存取值）后重试，或将清单拆分为几个文件');
    expect(text.en).toBe(`checking "big/" ran out of memory (${oom}); the other inventories are still checked. Retry with NODE_OPTIONS=--max-old-space-size=8192 (in MB, as much as the machine allows), or split the inventory into several files`);
    expect(text.zh).not.toContain('heap');
    expect(english(text.zh)).toEqual([]);
  });

  it('asks for a report with the command and the file; the raw message only in English', () => {
    const text = unexpectedText('a.xlsx', bug);
    expect(text.zh).toBe('检查“a.xlsx”时 quanze 内部出错，未能完成；其他清单照常检查。请将所用的命令和此文件反馈给 quanze 开发者（加 --lang en 重新运行可看到原始错误信息）');
    expect(text.zh).not.toContain('Cannot read');
    expect(english(text.zh)).toEqual([]);
    expect(text.en).toContain(bug);
    expect(text.en).toMatch(/report this message with the command you ran and this file/);
    expect(cjk.test(text.en)).toBe(false);
  });
});

describe('serialiseError and reviveError', () => {
  it("keep a library error's message and stack as the cause, and tell the user in quanze's words", () => {
    const original = new TypeError(bug);
    const serialised = serialiseError(original, 'a.xlsx');
    expect(serialised.code).toBe('input-unreadable');
    expect(serialised.text).toEqual(unexpectedText('a.xlsx', bug));
    const revived = reviveError(structuredClone(serialised));
    expect(revived.describe('zh')).not.toContain(bug);
    expect(revived.describe('en')).toContain(bug);
    expect(revived.cause).toBeInstanceOf(Error);
    expect(revived.cause).toMatchObject({ name: 'TypeError', message: bug, stack: original.stack });
  });

  it("keep a ToolkitError's code and both texts", () => {
    const text = { zh: '找不到文件“a.xlsx”', en: 'file "a.xlsx" not found' };
    const revived = reviveError(serialiseError(new ToolkitError('input-not-found', text), 'a.xlsx'));
    expect(revived.code).toBe('input-not-found');
    expect(revived.text).toEqual(text);
  });
});
