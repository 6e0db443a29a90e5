// Writes citations in the canonical form of DOMAIN §3.3: 《中华人民共和国行政处罚法》第五十八条第一款第（三）项.

import { parseArabicNumeral, toChineseNumeral } from './numerals.js';
import type { Citation, CitationLocator } from './types.js';

/** Locator levels from the top; a continuation such as 第三款 starts below 条. */
export type LocatorLevel = 'article' | 'paragraph' | 'item' | 'subItem';

const LEVEL_RANK: Readonly<Record<LocatorLevel, number>> = { article: 0, paragraph: 1, item: 2, subItem: 3 };

/**
 * Writes a locator with Chinese numerals, from `from` down: 第三十八条之一第二款第（三）项第1目.
 * 目 keeps Arabic numerals, as 立法法 Art. 65 numbers 目 with Arabic `1.`.
 */
export function formatLocator(locator: CitationLocator, from: LocatorLevel = 'article'): string {
  const rank = LEVEL_RANK[from];
  let out = '';
  if (rank <= 0 && locator.article !== undefined) {
    out += `第${toChineseNumeral(locator.article)}条`;
    if (locator.articleSuffix !== undefined) out += `之${toChineseNumeral(locator.articleSuffix)}`;
  }
  if (rank <= 1 && locator.paragraph !== undefined) out += `第${toChineseNumeral(locator.paragraph)}款`;
  if (rank <= 2 && locator.item !== undefined) out += `第（${toChineseNumeral(locator.item)}）项`;
  if (locator.subItem !== undefined) out += `第${locator.subItem}目`;
  return out;
}

const DOC_NUMBER = /^(.*?)[〔﹝[［(（【]\s*([0-9０-９]{4})\s*[〕﹞\]］)）】]\s*第?\s*([0-9０-９]+)\s*号$/u;

/** Writes a 发文字号 as GB/T 9704-2012 wants it: 〔〕 around the year, no 第, no zero padding. */
export function formatDocNumber(docNumber: string): string {
  const match = DOC_NUMBER.exec(docNumber.trim());
  if (match === null) return docNumber;
  const [, issuer = '', year = '', serial = ''] = match;
  return `${issuer.trim()}〔${parseArabicNumeral(year) ?? year}〕${parseArabicNumeral(serial) ?? serial}号`;
}

/**
 * Writes a citation canonically: 《title》, then （version） and （docNumber） when known, then the
 * locator with Chinese numerals. The title is kept as cited; resolve it against the catalogue
 * to get the full 中华人民共和国… name.
 */
export function formatCitation(citation: Pick<Citation, 'title' | 'version' | 'docNumber'> & CitationLocator): string {
  let out = `《${citation.title}》`;
  if (citation.version !== undefined) out += `（${citation.version}）`;
  if (citation.docNumber !== undefined) out += `（${formatDocNumber(citation.docNumber)}）`;
  return out + formatLocator(citation);
}
