// Specification of title matching between cited titles and the legal-bases catalogue.

import { describe, expect, it } from 'vitest';
import { createTitleIndex, normaliseTitle } from '../../src/citation/index.js';

const CATALOGUE = [
  { title: '中华人民共和国行政处罚法' },
  { title: '大气污染防治法' },
  { title: '中华人民共和国土地管理法' },
  { title: '中华人民共和国土地管理法实施条例' },
  { title: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见', shortTitle: '三项制度指导意见' },
  { title: '国家危险废物名录（2021年版）' },
  { title: '城市市容和环境卫生管理条例', shortTitle: '市容条例' },
  { title: '关于规范城乡规划行政处罚裁量权的指导意见（建法〔2012〕99号）' },
] as const;

describe('createTitleIndex', () => {
  const index = createTitleIndex(CATALOGUE);

  it.each([
    ['行政处罚法', 0],
    ['《行政处罚法》', 0],
    ['中华人民共和国行政处罚法', 0],
    ['中华人民共和国行政处罚法（2021年修订）', 0],
    ['《中华人民共和国行政处罚法》（2021年修订）', 0],
    ['行政处罚法(2021年1月22日修订)', 0],
    ['行 政 处 罚 法', 0],
    ['《中华人民共和国大气污染防治法》', 1],
    ['大气污染防治法（2018年修正）', 1],
    ['土地管理法', 2],
    ['土地管理法实施条例', 3],
    ['三项制度指导意见', 4],
    ['国家危险废物名录(2021年版)', 5],
    ['市容条例', 6],
    ['城市市容和环境卫生管理条例', 6],
    ['关于规范城乡规划行政处罚裁量权的指导意见(建法[2012]99号)', 7],
    ['关于规范城乡规划行政处罚裁量权的指导意见【建法(2012)99号】', 7],
  ])('resolves %s', (cited, position) => {
    expect(index.lookup(cited)).toBe(position);
  });

  it.each([
    '行政强制法',
    '处罚法',
    '土地管理法实施细则',
    '大气污染防治法实施条例',
    '中华人民共和国',
    '国家危险废物名录（2016年版）',
    '',
  ])('does not resolve %s', (cited) => {
    expect(index.lookup(cited)).toBeUndefined();
  });

  it('prefers a full title over another entry’s short title, and the first of duplicates', () => {
    const tricky = createTitleIndex([
      { title: '甲条例', shortTitle: '乙条例' },
      { title: '乙条例' },
      { title: '甲条例' },
    ]);
    expect(tricky.lookup('乙条例')).toBe(1);
    expect(tricky.lookup('甲条例')).toBe(0);
  });
});

describe('normaliseTitle', () => {
  it('folds widths, spaces, 《》, the country prefix, brackets and version notes', () => {
    expect(normaliseTitle(' 《中华人民共和国行政处罚法》（２０２１年修订） ')).toBe('行政处罚法');
    expect(normaliseTitle('意见〔2018〕')).toBe('意见(2018)');
    expect(normaliseTitle('管理办法（试行）')).toBe('管理办法(试行)');
  });
});
