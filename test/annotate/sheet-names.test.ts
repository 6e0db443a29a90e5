// Worksheet names an xlsx accepts, and link formulas that no sheet name can break out of.

import { describe, expect, it } from 'vitest';
import { claimSheetName, internalLinkFormula } from '../../src/annotate/sheet-names.js';

describe('claimSheetName', () => {
  it('numbers a clash, ignoring case as Excel does', () => {
    const taken = new Set(['审核意见', 'review findings']);
    expect(claimSheetName('审核意见', taken)).toBe('审核意见(2)');
    expect(claimSheetName('审核意见', taken)).toBe('审核意见(3)');
    expect(claimSheetName('Review Findings', taken)).toBe('Review Findings(2)');
  });

  it('replaces characters Excel refuses and keeps within 31 characters', () => {
    const taken = new Set<string>();
    expect(claimSheetName('a/b:c*d?e[f]g\\h', taken)).toBe('a_b_c_d_e_f_g_h');
    expect(claimSheetName("'quoted'", taken)).toBe('quoted');
    const long = '某某市某某区某某街道办事处综合行政执法队执法事项清单二〇二四年版';
    const first = claimSheetName(long, taken);
    expect([...first]).toHaveLength(31);
    const second = claimSheetName(long, taken);
    expect([...second]).toHaveLength(31);
    expect(second.endsWith('(2)')).toBe(true);
  });
});

describe('internalLinkFormula', () => {
  it('quotes the sheet name for the reference and the string literal', () => {
    expect(internalLinkFormula('执法事项', 'C14', 'C14')).toBe(`HYPERLINK("#'执法事项'!C14","C14")`);
    expect(internalLinkFormula(`O'Brien "x"`, 'A1', 'A1')).toBe(`HYPERLINK("#'O''Brien ""x""'!A1","A1")`);
  });
});
