// The plain-text fast path gives exactly what NFKC without whitespace would give.

import { describe, expect, it } from 'vitest';
import { compactText, isPlainText } from '../../src/model/plain-text.js';

describe('isPlainText', () => {
  it('holds only where NFKC changes nothing and there is no whitespace', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (isPlainText(char)) expect([code, char.normalize('NFKC') === char && !/\s/.test(char)]).toEqual([code, true]);
    }
  });

  it('leaves full-width forms, spaces and compatibility characters to NFKC', () => {
    expect(isPlainText('CF-001')).toBe(true);
    expect(isPlainText('对违反规定的行为的行政处罚')).toBe(true);
    expect(isPlainText('行政许可（审核转报）')).toBe(false);
    expect(isPlainText('G 01')).toBe(false);
    expect(isPlainText('Ｇ01')).toBe(false);
    expect(isPlainText('⼈')).toBe(false);
  });
});

describe('compactText', () => {
  it('equals NFKC without whitespace', () => {
    for (const text of ['CF-001', ' Ｇ０１ ', '行政许可（审核转报）', '《中华人民共和国行政处罚法》第九条', 'a\u3000b\nc', '']) {
      expect(compactText(text)).toBe(text.normalize('NFKC').replace(/\s+/g, ''));
    }
  });
});
