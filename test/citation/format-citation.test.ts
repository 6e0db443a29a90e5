// Specification of the canonical citation form (DOMAIN §3.3).

import { describe, expect, it } from 'vitest';
import { formatCitation, formatDocNumber, formatLocator, parseCitations } from '../../src/citation/index.js';

describe('formatCitation', () => {
  it('writes the canonical form with Chinese numerals and a bracketed item', () => {
    expect(formatCitation({ title: '中华人民共和国行政处罚法', article: 58, paragraph: 1, item: 3 })).toBe(
      '《中华人民共和国行政处罚法》第五十八条第一款第（三）项',
    );
  });

  it('writes inserted articles, 目 in Arabic, version and document number', () => {
    expect(formatCitation({ title: '上海市食品安全条例', article: 24, articleSuffix: 1 })).toBe('《上海市食品安全条例》第二十四条之一');
    expect(formatLocator({ article: 98, paragraph: 1, item: 2, subItem: 1 })).toBe('第九十八条第一款第（二）项第1目');
    expect(formatCitation({ title: '中华人民共和国种子法', version: '2021年修正', article: 74 })).toBe(
      '《中华人民共和国种子法》（2021年修正）第七十四条',
    );
    expect(formatCitation({ title: '指导意见', docNumber: '国办发[2018]118号' })).toBe('《指导意见》（国办发〔2018〕118号）');
  });

  it('writes a title without article as the title alone', () => {
    expect(formatCitation({ title: '城市供水条例' })).toBe('《城市供水条例》');
  });

  it('normalises a parsed Arabic citation', () => {
    const [citation] = parseCitations('《中华人民共和国道路运输条例》第63条第1款第(2)项').citations;
    expect(citation && formatCitation(citation)).toBe('《中华人民共和国道路运输条例》第六十三条第一款第（二）项');
  });

  it('writes a continuation locator from its own level', () => {
    expect(formatLocator({ article: 38, paragraph: 3 }, 'paragraph')).toBe('第三款');
  });
});

describe('formatDocNumber', () => {
  it.each([
    ['国办发[2018]118号', '国办发〔2018〕118号'],
    ['国办发(2018)118号', '国办发〔2018〕118号'],
    ['国办发（2018）118号', '国办发〔2018〕118号'],
    ['国办发【2018】118号', '国办发〔2018〕118号'],
    ['国办发﹝2018﹞118号', '国办发〔2018〕118号'],
    ['国办发〔2018〕第118号', '国办发〔2018〕118号'],
    ['国办发〔2018〕０１８号', '国办发〔2018〕18号'],
    ['国办发〔2018〕118号', '国办发〔2018〕118号'],
    ['住房和城乡建设部令第51号', '住房和城乡建设部令第51号'],
  ])('%s → %s', (written, canonical) => {
    expect(formatDocNumber(written)).toBe(canonical);
  });
});
