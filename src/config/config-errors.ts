// What is wrong with a configuration file, in our own words in both languages: where JSON.parse stopped (line and
// column, computed from the position V8 reports) and what a schema keyword means, never V8's or ajv's English
// inside a Chinese message.

import { systemFailure } from '../diagnostics/system-failures.js';
import type { Bilingual } from '../diagnostics/types.js';

/** What V8 says without a position (`Unexpected token 'P', "PK…" is not valid JSON`, e.g. an xlsx given as --config), in our words. */
function unexpectedToken(message: string): string {
  const token = /Unexpected token '([^']+)'/.exec(message)?.[1];
  return token === undefined ? '无法按 JSON 解析' : `有不应出现的字符“${token}”，请确认它是 JSON 格式的配置文件`;
}

/** Where the JSON text stops being JSON, from JSON.parse's error; the English keeps V8's own words. */
export function describeJsonError(text: string, error: unknown): Bilingual {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === undefined) {
    return /unexpected end/i.test(message)
      ? { zh: '内容在结束前中断（缺少括号或引号）', en: `it ends too early (${message})` }
      : { zh: unexpectedToken(message), en: message };
  }
  const before = text.slice(0, Number(position)).split(/\r\n|\r|\n/);
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  return { zh: `第 ${line} 行第 ${column} 列附近有误`, en: `at line ${line}, column ${column} (${message})` };
}

/** Why the file could not be read, by the system's error code. */
export function describeReadError(error: unknown): Bilingual {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return { zh: '文件不存在', en: 'it does not exist' };
  const known = systemFailure(error);
  if (known !== undefined) return known.words;
  return { zh: `系统错误 ${code ?? '未知'}`, en: `system error ${code ?? 'unknown'}` };
}

/** What a JSON Schema keyword that failed says about the value, for the Chinese message. */
const keywordWords: Readonly<Record<string, Bilingual>> = {
  required: { zh: '缺少必填的键', en: 'a required key is missing' },
  type: { zh: '值的类型不对', en: 'the value has the wrong type' },
  enum: { zh: '值不在允许的取值中', en: 'the value is not one of those allowed' },
  const: { zh: '值不在允许的取值中', en: 'the value is not one of those allowed' },
  additionalProperties: { zh: '不认识的键', en: 'the key is not a known one' },
  minimum: { zh: '值小于允许的最小值', en: 'the value is below the minimum' },
  exclusiveMinimum: { zh: '值小于允许的最小值', en: 'the value is below the minimum' },
  maximum: { zh: '值大于允许的最大值', en: 'the value is above the maximum' },
  exclusiveMaximum: { zh: '值大于允许的最大值', en: 'the value is above the maximum' },
  pattern: { zh: '值的格式不对', en: 'the value does not have the right form' },
  format: { zh: '值的格式不对', en: 'the value does not have the right form' },
  minLength: { zh: '值太短', en: 'the value is too short' },
  maxLength: { zh: '值太长', en: 'the value is too long' },
};

/** The schema keyword in words, with the keyword itself kept in the English. */
export function describeSchemaKeyword(keyword: string | undefined): Bilingual {
  const words = keyword === undefined ? undefined : keywordWords[keyword];
  if (words === undefined) return { zh: '不符合要求', en: keyword === undefined ? 'it does not fit' : `it does not fit (${keyword})` };
  return { zh: words.zh, en: `${words.en} (${keyword ?? ''})` };
}
