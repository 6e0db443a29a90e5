// Specification of the Chinese numeral helpers used for article numbers.

import { describe, expect, it } from 'vitest';
import { parseArabicNumeral, parseChineseNumeral, toChineseNumeral } from '../../src/citation/index.js';

const PAIRS = [
  [0, '零'],
  [1, '一'],
  [2, '二'],
  [10, '十'],
  [11, '十一'],
  [19, '十九'],
  [20, '二十'],
  [21, '二十一'],
  [99, '九十九'],
  [100, '一百'],
  [101, '一百零一'],
  [105, '一百零五'],
  [110, '一百一十'],
  [111, '一百一十一'],
  [120, '一百二十'],
  [200, '二百'],
  [1000, '一千'],
  [1005, '一千零五'],
  [1010, '一千零一十'],
  [1100, '一千一百'],
  [1260, '一千二百六十'],
  [9999, '九千九百九十九'],
] as const;

describe('toChineseNumeral', () => {
  it.each(PAIRS)('%i → %s', (n, chinese) => {
    expect(toChineseNumeral(n)).toBe(chinese);
  });

  it.each([-1, 1.5, 10_000, Number.NaN])('rejects %s', (n) => {
    expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
});

describe('parseChineseNumeral', () => {
  it.each(PAIRS)('%i ← %s', (n, chinese) => {
    expect(parseChineseNumeral(chinese)).toBe(n);
  });

  it.each([
    ['两', 2],
    ['两百', 200],
    ['一十一', 11],
    ['〇', 0],
    ['一〇五', 105],
    ['二〇一八', 2018],
    ['一百十', 110],
  ])('reads the variant %s as %i', (chinese, n) => {
    expect(parseChineseNumeral(chinese)).toBe(n);
  });

  it.each(['', '十十', '百十百', '二三十', '一百零', '一百二', '二百五', '十a', '10', '第十'])(
    'rejects %j',
    (s) => {
      expect(parseChineseNumeral(s)).toBeUndefined();
    },
  );

  it('round-trips every article number up to 2000', () => {
    for (let n = 0; n <= 2000; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});

describe('parseArabicNumeral', () => {
  it('reads ASCII and full-width digits', () => {
    expect(parseArabicNumeral('105')).toBe(105);
    expect(parseArabicNumeral('１０５')).toBe(105);
    expect(parseArabicNumeral('十')).toBeUndefined();
    expect(parseArabicNumeral('')).toBeUndefined();
  });
});
