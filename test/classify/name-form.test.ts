// How lists frame an item name (numbering, a department prefix, 等/事项/工作, a 含/包括 list, spaces and full-width
// forms): the framing is stripped, the name's own digits and words are kept, and the framed name is classed as the
// bare one. Names composed for this test.

import { describe, expect, it } from 'vitest';
import { classifyPower } from '../../src/classify/index.js';
import { stripNameFrame } from '../../src/classify/name-form.js';

const stripped: ReadonlyArray<readonly [framed: string, bare: string]> = [
  ['一、食品经营许可', '食品经营许可'],
  ['十二、开办旅馆', '开办旅馆'],
  ['1.建筑工程施工许可证核发', '建筑工程施工许可证核发'],
  ['12．设置大型户外广告', '设置大型户外广告'],
  ['2、开办旅馆', '开办旅馆'],
  ['3)对无照经营的查处', '对无照经营的查处'],
  ['（1）对擅自占用城市道路的处罚', '对擅自占用城市道路的处罚'],
  ['（二）在城市道路上设置停车场', '在城市道路上设置停车场'],
  ['①临时占用城市道路', '临时占用城市道路'],
  ['⑵挖掘城市道路', '挖掘城市道路'],
  ['1-1 擅自占用、挖掘城市道路的', '擅自占用、挖掘城市道路的'],
  ['第一项 对未取得许可擅自从事经营活动的', '对未取得许可擅自从事经营活动的'],
  ['市住建局：建筑工程施工许可证核发', '建筑工程施工许可证核发'],
  ['县交通运输局 临时占用公路', '临时占用公路'],
  ['区城管局—对擅自占用城市道路的处罚', '对擅自占用城市道路的处罚'],
  ['临时占用城市道路审批等事项', '临时占用城市道路审批'],
  ['对食品生产经营者的监督检查工作', '对食品生产经营者的监督检查'],
  ['擅自占用、挖掘城市道路的等', '擅自占用、挖掘城市道路的'],
  ['开办旅馆相关事项', '开办旅馆'],
  ['食 品 经 营 许 可', '食品经营许可'],
  ['★临时占用城市道路', '临时占用城市道路'],
  ['·设置大型户外广告', '设置大型户外广告'],
  ['＊在公路用地范围内设置非公路标志', '在公路用地范围内设置非公路标志'],
  ['A1 临时占用城市道路', '临时占用城市道路'],
  ['XK-001 临时占用城市道路', '临时占用城市道路'],
  ['1.1.2临时占用城市道路', '临时占用城市道路'],
];

// Digits and words that belong to the name stay.
const kept: readonly string[] = [
  '80周岁以上高龄老人津贴发放',
  '2.5吨以上货车通行证核发',
  '一次性创业补贴',
  '三等功奖励',
  '审核转报',
  '公安局户口登记',
  '重大事项',
  'A级旅游景区评定',
  '0.5吨以下小型船舶登记',
];

describe('stripNameFrame', () => {
  it.each(stripped.map(([framed, bare]) => [framed, bare] as const))('%s → %s', (framed, bare) => {
    expect(stripNameFrame(framed)).toBe(bare);
  });

  it.each(kept.map((n) => [n]))('keeps %s', (name) => {
    expect(stripNameFrame(name)).toBe(name);
  });
});

// Each framed name is classed as its bare name would be.
const framedNames: ReadonlyArray<readonly [framed: string, bare: string]> = [
  ...stripped,
  ['食品经营许可（含新办、变更、延续、注销）', '食品经营许可'],
  ['道路运输经营许可，含新办、变更、延续、注销', '道路运输经营许可'],
  ['不动产登记，包括首次登记、变更登记、转移登记、注销登记', '不动产登记'],
  ['特种行业许可证核发：含旅馆业、公章刻制业、典当业', '特种行业许可证核发'],
  ['工伤保险待遇支付，含一次性伤残补助金、伤残津贴、丧葬补助金', '工伤保险待遇支付'],
  ['（县级）临时占用城市道路', '临时占用城市道路'],
  ['城市生活垃圾处理费 征收', '城市生活垃圾处理费征收'],
];

describe('a framed name is classed as the bare one', () => {
  it.each(framedNames.map(([framed, bare]) => [framed, bare] as const))('%s', (framed, bare) => {
    const a = classifyPower({ name: framed });
    const b = classifyPower({ name: bare });
    expect(a.source).not.toBe('none');
    expect({ type: a.type, cueId: a.cueId }).toEqual({ type: b.type, cueId: b.cueId });
  });
});
