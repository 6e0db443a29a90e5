// Chinese ↔ Arabic numerals as used in article numbers (第一百零五条), per 立法法 Art. 65 numbering.

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const DIGIT_CHARS = '零一二三四五六七八九';
const PLACES = [
  [1000, '千'],
  [100, '百'],
  [10, '十'],
  [1, ''],
] as const;

/** Which script a number was written in. */
export type NumeralScript = 'chinese' | 'arabic';

/**
 * Writes a whole number 0–9999 in Chinese numerals the way statutes number articles:
 * 10 → 十, 11 → 十一, 105 → 一百零五, 110 → 一百一十, 1010 → 一千零一十.
 * @throws RangeError for anything that is not an integer in 0–9999 (a programming error, not user data).
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`toChineseNumeral expects an integer from 0 to 9999, got ${n}`);
  }
  if (n === 0) return '零';
  let out = '';
  let zeroPending = false;
  for (const [place, unit] of PLACES) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      if (out !== '') zeroPending = true;
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // 十一, not 一十一, but only at the very start: 一百一十 keeps its 一.
    const lead = place === 10 && digit === 1 && out === '' ? '' : DIGIT_CHARS[digit];
    out += `${lead ?? ''}${unit}`;
  }
  return out;
}

/**
 * Reads a Chinese numeral (一…九千九百九十九, with 零/〇 and 两), or a plain digit sequence
 * such as 一〇五. Returns undefined for anything malformed, including the colloquial
 * 二百五 (= 250?), which statutes never use because it is ambiguous.
 */
export function parseChineseNumeral(s: string): number | undefined {
  if (s === '') return undefined;
  if (![...s].some((ch) => UNITS[ch] !== undefined)) return parseDigitSequence(s);
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Number.POSITIVE_INFINITY;
  let zero = false;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined) return undefined;
      if (d === 0) {
        if (lastUnit === Number.POSITIVE_INFINITY || zero) return undefined;
        zero = true;
      } else {
        digit = d;
      }
      continue;
    }
    const unit = UNITS[ch];
    if (unit === undefined || unit >= lastUnit) return undefined;
    total += (digit ?? 1) * unit;
    digit = undefined;
    lastUnit = unit;
    zero = false;
  }
  if (digit === undefined) return zero ? undefined : total;
  // 一百五 is colloquial for 150; statutes write 一百五十 or 一百零五, so refuse to guess.
  if (lastUnit > 10 && lastUnit !== Number.POSITIVE_INFINITY && !zero) return undefined;
  return total + digit;
}

function parseDigitSequence(s: string): number | undefined {
  let value = 0;
  for (const ch of s) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** Reads ASCII or full-width Arabic digits; undefined if any other character appears. */
export function parseArabicNumeral(s: string): number | undefined {
  if (s === '') return undefined;
  let value = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const d = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : -1;
    if (d < 0) return undefined;
    value = value * 10 + d;
  }
  return value;
}

/** Reads a number written wholly in one script, and says which. Mixed forms (1十) are rejected. */
export function parseNumeral(s: string): { readonly value: number; readonly script: NumeralScript } | undefined {
  const arabic = parseArabicNumeral(s);
  if (arabic !== undefined) return { value: arabic, script: 'arabic' };
  const chinese = parseChineseNumeral(s);
  return chinese === undefined ? undefined : { value: chinese, script: 'chinese' };
}

/** True for any character that may appear inside a number token, in either script. */
export function isNumeralChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return DIGITS[ch] !== undefined || UNITS[ch] !== undefined || parseArabicNumeral(ch) !== undefined;
}
