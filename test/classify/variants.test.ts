// Declared-type spellings (legacy classes, local fee type), the declared-vs-classified comparison and labels.

import { describe, expect, it } from 'vitest';
import {
  classifyPower, compareWithDeclared, formatTypeLabel, parseDeclaredType, readCodeType, typeLabel,
} from '../../src/classify/index.js';

describe('parseDeclaredType', () => {
  it.each([
    ['行政处罚', undefined, 'penalty'],
    ['02', undefined, 'penalty'],
    ['CF', undefined, 'penalty'],
    ['licensing', undefined, 'licensing'],
    ['非行政许可审批', undefined, 'other'],
    ['非行政许可审批', { legacyNonLicensingApproval: 'licensing' as const }, 'licensing'],
    ['行政审批', undefined, 'licensing'],
    ['行政监督', undefined, 'inspection'],
    ['行政收费', undefined, 'levy'],
    ['行政收费', { splitFees: true }, 'fee'],
    ['行政征用', undefined, 'other'],
    [' 行政 确认 ', undefined, 'confirmation'],
    ['其它行政权力', undefined, 'other'],
  ])('%s (%o) → %s', (raw, variant, expected) => {
    expect(parseDeclaredType(raw, variant)).toBe(expected);
  });

  it.each(['公共服务', '审核转报', '内部审批', ''])('does not treat %s as an act type', (raw) => {
    expect(parseDeclaredType(raw)).toBeUndefined();
  });
});

describe('compareWithDeclared', () => {
  it('flags a surcharge declared as a penalty, naming the cue', () => {
    const c = classifyPower({ name: '对逾期不缴纳罚款的当事人加处罚款' });
    const result = compareWithDeclared(c, '行政处罚');
    expect(result).toMatchObject({ declared: 'penalty', agrees: false });
    expect(result.message.zh).toContain('加处罚款');
    expect(result.message.zh).toContain('应为行政强制');
    expect(result.message.en).toContain('coercion');
  });

  it('agrees when the declared spelling names the same type', () => {
    const c = classifyPower({ name: '对在统计工作中做出突出贡献的单位给予表彰' });
    expect(compareWithDeclared(c, '08').agrees).toBe(true);
  });

  it('follows the fee variant on both sides', () => {
    const split = { splitFees: true };
    const c = classifyPower({ name: '污水处理费征收' }, { variant: split });
    expect(c.type).toBe('fee');
    expect(compareWithDeclared(c, '行政收费', split).agrees).toBe(true);
    expect(compareWithDeclared(classifyPower({ name: '污水处理费征收' }), '行政收费').agrees).toBe(true);
  });

  it('reports missing and unreadable declarations without judging', () => {
    const c = classifyPower({ name: '取水许可' });
    expect(compareWithDeclared(c, undefined).agrees).toBeUndefined();
    expect(compareWithDeclared(c, '公共服务')).toMatchObject({ agrees: undefined, declared: undefined });
  });
});

describe('readCodeType', () => {
  it.each([
    ['62052400MZ-XK-0001', 'licensing'],
    ['XK00001000', 'licensing'],
    ['QZ00003001', 'coercion'],
    ['420100001CF00101', 'penalty'],
    ['350100-ZY-001', 'other'],
    ['511A0138000000-511602000000-000-115113010833722043-1-00', undefined],
    ['0100000', undefined],
  ])('%s → %s', (code, type) => {
    expect(readCodeType(code)?.type).toBe(type);
  });
});

describe('labels', () => {
  it('names national and local types in both languages', () => {
    expect(typeLabel('penalty')).toEqual({ zh: '行政处罚', en: 'penalty' });
    expect(typeLabel('fee')).toEqual({ zh: '行政收费', en: 'administrative fee' });
    expect(formatTypeLabel('other', 'zh')).toBe('其他行政权力');
  });
});
