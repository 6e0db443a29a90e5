// A configuration file that is not JSON, or does not fit its schema, stops the run with one line in each language
// naming the file and the place: the Chinese in our own words, V8's and ajv's English only in the English line.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { describeJsonError } from '../../src/config/config-errors.js';
import { fakeIo } from '../helpers/fake-io.js';

const sample = new URL('../../samples/city-ecology-bureau.xlsx', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'quanze-config-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const englishIn = (zh: string): string[] =>
  // The user's own words (a quoted key, a JSON pointer) are not library text.
  zh.replaceAll(tmp, '').replace(/“[^”]*”|\/[\w/]+/g, '').replace(/quanze|schemas\/config\.schema\.json|JSON|[\w.-]+\.json/g, '').match(/[A-Za-z]{3,}/g) ?? [];

describe('configuration errors', () => {
  it.each([
    ['trailing-comma.json', '{\n  "profile": "national",\n}\n', '第 3 行第 1 列附近有误', 'at line 3, column 1'],
    ['cut-short.json', '{"profile": ', '内容在结束前中断', 'ends too early'],
    ['unknown-key.json', '{"colour": "red"}', '“colour” 不符合 schemas/config.schema.json（不认识的键）', 'the key is not a known one (additionalProperties)'],
    ['not-a-profile.json', '{"profile": 3}', '/profile 不符合 schemas/config.schema.json（值不在允许的取值中）', 'not one of those allowed (enum)'],
  ])('%s', async (name, text, zh, en) => {
    writeFileSync(join(tmp, name), text);
    for (const lang of ['zh', 'en'] as const) {
      const io = fakeIo({ cwd: tmp, lang });
      expect(await run(['check', sample, '--config', name, '--lang', lang], io)).toBe(2);
      expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      expect(io.stderr()).toContain(name);
      expect(io.stderr()).toContain(lang === 'zh' ? zh : en);
      if (lang === 'zh') expect(englishIn(io.stderr())).toEqual([]);
    }
  });

  it.each([
    ['missing.json', '文件不存在', 'it does not exist'],
    ['.', '这是一个文件夹', 'it is a folder'],
  ])('an unreadable --config %s says why and what to do', async (name, zh, en) => {
    for (const lang of ['zh', 'en'] as const) {
      const io = fakeIo({ cwd: tmp, lang });
      expect(await run(['check', sample, '--config', name, '--lang', lang], io)).toBe(2);
      expect(io.stderr()).toMatch(/^quanze: [^\n]+\n$/);
      expect(io.stderr()).toContain(lang === 'zh' ? `（${zh}）：请检查` : `(${en}): check the path`);
    }
  });

  it('says an unexpected token in our words, without repeating "not valid JSON" (a workbook given as --config)', async () => {
    const name = join(tmp, 'workbook.xlsx');
    writeFileSync(name, 'PK\u0003\u0004 not a config');
    const io = fakeIo({ cwd: tmp });
    expect(await run(['check', sample, '--config', name], io)).toBe(2);
    expect(io.stderr()).toBe(`quanze: 配置文件 ${name} 有误：不是有效的 JSON（有不应出现的字符“P”，请确认它是 JSON 格式的配置文件）\n`);
  });

  it('counts lines after CRLF and lone CR as well', () => {
    expect(describeJsonError('{\r\n\r\n  x', new Error('Unexpected token x in JSON at position 7')).zh).toBe('第 3 行第 3 列附近有误');
  });
});
