// Label measurement and wrapping: CJK full width, Latin by the font's advances, East Asian line-breaking rules.

import { describe, expect, it } from 'vitest';
import { textWidth, wrapText, widestLine } from '../../src/flow/measure.js';

describe('textWidth', () => {
  it('measures ideographs and full-width punctuation at one em', () => {
    expect(textWidth('执法流程', 14)).toBe(56);
    expect(textWidth('《》，。（）：“”', 10)).toBe(90);
  });

  it('measures Latin by the glyph advances of Noto Sans CJK (narrower than half an em for i, wider for m)', () => {
    expect(textWidth('i', 1000)).toBe(275);
    expect(textWidth('m', 1000)).toBe(926);
    expect(textWidth('2026', 10)).toBeCloseTo(22.2, 5);
    expect(textWidth('60日', 14)).toBeCloseTo(2 * 7.77 + 14, 5);
  });

  it('gives characters no SVG can carry no width', () => {
    expect(textWidth('\u0007\u001b', 14)).toBe(0);
    expect(textWidth('审\u0000查', 14)).toBe(28);
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('立案', 168, 14)).toEqual(['立案']);
    expect(wrapText('', 168, 14)).toEqual(['']);
  });

  it('never lets a line exceed the width, whatever the text', () => {
    const texts = ['告知拟处罚内容及陈述、申辩、听证权利', 'Supercalifragilisticexpialidocious-administrative-review 审查', '《中华人民共和国行政处罚法》第六十条规定的期限', 'a b c d e f g h i j k l m n o p q r s t u v w x y z', '<script>alert("x")</script>'];
    for (const text of texts) for (const width of [60, 100, 168]) for (const line of wrapText(text, width, 14)) expect(textWidth(line, 14), `${text} @ ${width}: ${line}`).toBeLessThanOrEqual(width);
  });

  it('does not begin a line with closing punctuation or end one with an opening bracket', () => {
    for (let width = 42; width <= 168; width += 7) {
      const lines = wrapText('调查取证（执法人员不少于两人），告知《决定书》内容。', width, 14);
      for (const [i, line] of lines.entries()) {
        if (i > 0) expect(line, `width ${width}: ${lines.join('|')}`).not.toMatch(/^[、。，）》：；]/u);
        if (i < lines.length - 1) expect(line, `width ${width}: ${lines.join('|')}`).not.toMatch(/[（《]$/u);
      }
      expect(lines.join('')).toBe('调查取证（执法人员不少于两人），告知《决定书》内容。');
    }
  });

  it('keeps Latin words and numbers together and drops the space at a break', () => {
    const lines = wrapText('Review of the licence application 2026', 100, 14);
    expect(lines.join(' ')).toBe('Review of the licence application 2026');
    for (const line of lines) expect(line).toBe(line.trim());
    expect(wrapText('自受理之日起20个工作日内作出决定', 98, 14).some((l) => l.includes('20'))).toBe(true);
    expect(wrapText('自受理之日起20个工作日内作出决定', 98, 14).every((l) => !/^\d$|^0/u.test(l))).toBe(true);
  });

  it('breaks a word wider than the line by character, keeping what follows its hyphen whole', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious-review', 120, 14);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious-review');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => line.endsWith('review'))).toBe(true);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
  });

  it('takes \\n as a forced break', () => {
    expect(wrapText('申请行政复议\n提起行政诉讼', 300, 12)).toEqual(['申请行政复议', '提起行政诉讼']);
  });

  it('balances lines: as many as at the full width, no lone last character', () => {
    const lines = wrapText('行政机关负责人集体讨论决定', 168, 14);
    expect(lines).toHaveLength(2);
    expect(Math.abs([...(lines[0] ?? '')].length - [...(lines[1] ?? '')].length)).toBeLessThanOrEqual(1);
    expect(widestLine(lines, 14)).toBeLessThanOrEqual(168);
  });
});
