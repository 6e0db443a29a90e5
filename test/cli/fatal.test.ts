// What stops a run that is no usage or input problem: one line in quanze's words, V8's or a library's English only
// in the English line, the stack and its causes only with QUANZE_DEBUG, and exit code 2.

import { describe, expect, it } from 'vitest';
import { reportFatal } from '../../src/cli/fatal.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { fakeIo } from '../helpers/fake-io.js';
import { cjk, strayLatin } from '../helpers/language.js';

const allowed = new Set(['quanze', 'en']);
/** English words in a Chinese text, once the environment setting a user types (NODE_OPTIONS=…) is taken out. */
const english = (text: string): string[] => strayLatin(text.replace(/NODE_OPTIONS=\S+?(?=（)/u, ' '), allowed);
const bug = "Cannot read properties of undefined (reading 'rows')";

describe('reportFatal', () => {
  it('an internal error in Chinese: our words, what to do, no raw English', () => {
    const io = fakeIo({ lang: 'zh' });
    expect(reportFatal(new TypeError(bug), io, 'zh')).toBe(2);
    expect(io.stderr()).toBe('quanze: 内部错误，运行未能完成。请将所用的命令和输入文件反馈给 quanze 开发者（加 --lang en 可看到原始错误信息，设置 QUANZE_DEBUG=1 可看到调用栈）\n');
    expect(english(io.stderr())).toEqual([]);
  });

  it('an internal error in English names the raw message', () => {
    const io = fakeIo({ lang: 'en' });
    expect(reportFatal(new TypeError(bug), io, 'en')).toBe(2);
    expect(io.stderr()).toBe(`quanze: internal error: ${bug}. Please report it with the command you ran and the input files (set QUANZE_DEBUG=1 for the stack)\n`);
  });

  it('a thrown string, with a line break in it, stays one line', () => {
    const io = fakeIo({ lang: 'en' });
    reportFatal('first\nsecond', io, 'en');
    expect(io.stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(io.stderr()).toMatch(/first ?⏎ ?second/u);
  });

  it.each([
    ['zh', 'quanze: 内存不足，运行未能完成。请设置环境变量 NODE_OPTIONS=--max-old-space-size=8192（单位 MB，按本机内存取值）后重试，或将清单拆分为几个文件\n'],
    ['en', 'quanze: out of memory (Worker terminated due to reaching memory limit: JS heap out of memory): retry with NODE_OPTIONS=--max-old-space-size=8192 (in MB, as much as the machine allows), or split the inventory into several files\n'],
  ] as const)('a worker out of memory (%s) names NODE_OPTIONS as the remedy', (lang, expected) => {
    const io = fakeIo({ lang });
    const error = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(reportFatal(error, io, lang)).toBe(2);
    expect(io.stderr()).toBe(expected);
    if (lang === 'zh') expect(english(io.stderr())).toEqual([]);
    else expect(cjk.test(io.stderr())).toBe(false);
  });

  it('QUANZE_DEBUG prints the stack and the cause it keeps', () => {
    const io = { ...fakeIo({ lang: 'zh' }), env: { QUANZE_DEBUG: '1' } };
    const cause = new RangeError('inner trouble');
    reportFatal(new ToolkitError('input-unreadable', { zh: '读不了', en: 'unreadable' }, { cause }), io, 'zh');
    const [line, ...debug] = io.stderr().trimEnd().split('\n');
    expect(line).toBe('quanze: 读不了');
    expect(debug.join('\n')).toContain('ToolkitError: unreadable');
    expect(debug.join('\n')).toContain('cause: RangeError: inner trouble');
  });

  it('without QUANZE_DEBUG, no stack', () => {
    const io = fakeIo({ lang: 'en' });
    reportFatal(new Error('x', { cause: new Error('y') }), io, 'en');
    expect(io.stderr()).not.toMatch(/\n\s+at |cause:/);
  });
});
