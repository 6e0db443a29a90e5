// Fast paths for the NFKC-based keys and compact texts: most cells are ASCII codes or plain CJK text, which NFKC
// leaves as it is, and normalize() is the costliest step of a key (it goes through ICU and allocates every time).

/**
 * Printable ASCII, CJK unified ideographs and the CJK punctuation lists use most (、。《》「」『』【】〔〕, —, “”):
 * NFKC maps none of them to anything else (checked code point by code point in test/model/plain-text.test.ts) and
 * none is whitespace. Full-width forms such as （ and the ideographic space are left out: NFKC changes them.
 */
const plainChars = /^[\x21-\x7e\u4e00-\u9fff\u3001\u3002\u300a-\u3011\u2014\u201c\u201d]*$/;

/** True when NFKC leaves the text unchanged and it holds no whitespace. */
export const isPlainText = (text: string): boolean => plainChars.test(text);

/** NFKC without whitespace: `text.normalize('NFKC').replace(/\s+/g, '')`, without the work for plain text. */
export const compactText = (text: string): string => (isPlainText(text) ? text : text.normalize('NFKC').replace(/\s+/g, ''));
