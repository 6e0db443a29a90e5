// Failures of the libraries and the system that read a file (SheetJS, exceljs, zlib, fs), told in our own words
// in both languages: the Chinese text never carries the library's English, the English keeps it after ours so a
// bug report can quote it. The error itself stays as the ToolkitError's cause (QUANZE_DEBUG shows its stack).

import { systemFailure } from '../diagnostics/system-failures.js';
import type { Bilingual } from '../diagnostics/types.js';

/** What a known reader failure means, by the words the library uses. Checked in order. */
const readerFailures: readonly (readonly [RegExp, Bilingual])[] = [
  [/compress|zip|inflate|deflate|zlib|crc|invalid (?:stored|code|distance|block|literal)|incorrect header check|unexpected end of (?:file|data)|framed stream|snappy/i,
    { zh: '压缩数据损坏或不完整', en: 'its compressed data are damaged or incomplete' }],
  // After the zip words: in a zip, "encryption" means damaged flag bits (Excel never encrypts at the zip level).
  [/password|encrypt/i, { zh: '文件已加密或设置了密码', en: 'it is encrypted or password-protected' }],
  [/\bcfb\b|\bfat\b|sector|mad header|difat|minifat|(?:major|minor) version/i, { zh: '旧版 .xls 文件的内部结构损坏', en: 'the inner structure of the old-style .xls file is damaged' }],
  [/biff|unsupported (?:file|format|works|multiplan|value|encoding|payload|codepage)|unrecognized (?:type|lotus|sheet type|streamversion)|sylk|\bdif\b|lotus|quattro/i,
    { zh: '文件格式或版本不受支持', en: 'its format or version is not supported' }],
  [/xml|namespace|theme|html|unexpected (?:token|character|record)|unrecognized (?:character|formula)|bad state|rt mismatch/i,
    { zh: '工作簿内部的数据损坏', en: 'the data inside the workbook are damaged' }],
  [/sheet|range|workbook is empty|worksheet/i, { zh: '工作表的结构不完整', en: 'its sheets are incomplete' }],
];

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();

/** At most this much of the library's own text is quoted in the English message. */
const quoteChars = 160;

/**
 * The detail of an `input-unreadable` message for an error thrown while `reader` ("SheetJS", "exceljs") read a
 * file, or while the system did: our words in both languages, and in English the library's text after them.
 */
export function describeReaderError(error: unknown, reader?: string): Bilingual {
  const system = systemFailure(error);
  if (system !== undefined) return { zh: `${system.words.zh}（${system.code}）`, en: `${system.words.en} (${system.code})` };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const text = messageOf(error);
  const known = readerFailures.find(([pattern]) => pattern.test(text))?.[1];
  const meaning = known ?? (typeof code === 'string'
    ? { zh: `系统错误（${code}）`, en: `a system error (${code})` }
    : { zh: '读取程序无法解析其内容', en: 'its content could not be parsed' });
  const quoted = text.length > quoteChars ? `${text.slice(0, quoteChars)}…` : text;
  return { zh: meaning.zh, en: quoted === '' ? meaning.en : `${meaning.en}; ${reader ?? 'reader'}: ${quoted}` };
}
