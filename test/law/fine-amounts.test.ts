// Reading fines and confiscation amounts out of statute text: amounts, multiples, caps, and whom each fine is for.

import { describe, expect, it } from 'vitest';
import {
  extractAmounts,
  formatYuan,
  parseAmount,
  reachesLargeAmount,
  thresholdFor,
  type StatedAmount,
} from '../../src/law/fine-amounts.js';

const thresholds = { largeFineIndividual: 10_000, largeFineOrganisation: 100_000 };
/** What a test cares about: sanction, measure, bounds and party. */
const shape = (found: readonly StatedAmount[]) =>
  found.map(({ text: _text, ...rest }) => rest);
const fine = (min: number | undefined, max: number | undefined, party: StatedAmount['party'] = 'unspecified') => ({
  sanction: 'fine',
  measure: 'yuan',
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
  party,
});

describe('parseAmount', () => {
  it.each([
    ['五千', 5000],
    ['五万', 50_000],
    ['二十万', 200_000],
    ['一百万', 1_000_000],
    ['一千万', 10_000_000],
    ['一万五千', 15_000],
    ['一万零五百', 10_500],
    ['两万', 20_000],
    ['1000', 1000],
    ['1万', 10_000],
    ['1.5万', 15_000],
    ['5千', 5000],
    ['一亿', 100_000_000],
  ])('%s → %i', (token, value) => {
    expect(parseAmount(token)).toBe(value);
  });

  it.each(['', '万万', '二百五', '1万2万'])('refuses %j', (token) => {
    expect(parseAmount(token)).toBeUndefined();
  });
});

describe('extractAmounts', () => {
  it.each([
    ['处五千元以上五万元以下的罚款', [fine(5000, 50_000)]],
    ['责令停止违法行为，处一万元以上十万元以下罚款', [fine(10_000, 100_000)]],
    ['没收违法所得，并处二十万元以上一百万元以下的罚款', [fine(200_000, 1_000_000)]],
    ['处1000元以上1万元以下罚款', [fine(1000, 10_000)]],
    ['处１０００元以上１万元以下罚款', [fine(1000, 10_000)]],
    ['处 10,000 元以上 50,000 元以下罚款', [fine(10_000, 50_000)]],
    ['处十万元以上的罚款', [fine(100_000, undefined)]],
    ['给予警告，可以处五百元以下罚款', [fine(undefined, 500)]],
    ['处警告或者二百元以下罚款', [fine(undefined, 200)]],
    ['处二百元罚款', [fine(200, 200)]],
    ['处1万至5万元罚款', [fine(10_000, 50_000)]],
    ['处以罚款五千元以上三万元以下', [fine(5000, 30_000)]],
    ['可以并处罚款', []],
    ['处五日以上十日以下拘留，可以并处五百元以下罚款', [fine(undefined, 500)]],
    ['由县级以上人民政府生态环境主管部门处以一千元以上三万元以下的罚款', [fine(1000, 30_000)]],
    ['处人民币五千元以上五万元以下罚款', [fine(5000, 50_000)]],
    ['对违法行为人处以500元以上5000元以下罚款', [fine(500, 5000)]],
    ['责令改正，给予警告，可以处十万元以下的罚款；拒不改正的，处十万元以上五十万元以下的罚款', [fine(undefined, 100_000), fine(100_000, 500_000)]],
  ])('%s', (text, expected) => {
    expect(shape(extractAmounts(text))).toEqual(expected);
  });

  it('reads multiples as amounts it cannot size, and a cap that follows them', () => {
    expect(shape(extractAmounts('没收违法所得，并处违法所得一倍以上五倍以下的罚款'))).toEqual([
      { sanction: 'fine', measure: 'multiple', party: 'unspecified' },
    ]);
    expect(shape(extractAmounts('处违法所得一倍以上三倍以下的罚款，但最高不超过三万元'))).toEqual([
      { sanction: 'fine', measure: 'multiple', max: 30_000, party: 'unspecified' },
    ]);
    expect(shape(extractAmounts('处货值金额百分之十的罚款'))).toEqual([{ sanction: 'fine', measure: 'multiple', party: 'unspecified' }]);
  });

  it('reads a multiple and the fixed range that replaces it when there is no 违法所得', () => {
    const text = '没收违法所得，并处违法所得五倍以上十倍以下的罚款；没有违法所得或者违法所得不足一万元的，处五万元以上二十五万元以下的罚款';
    expect(shape(extractAmounts(text))).toEqual([{ sanction: 'fine', measure: 'multiple', party: 'unspecified' }, fine(50_000, 250_000)]);
  });

  it('tells whom each fine is for', () => {
    expect(shape(extractAmounts('对单位处五万元以上二十万元以下的罚款；对个人处五千元以上二万元以下的罚款'))).toEqual([
      fine(50_000, 200_000, 'organisation'),
      fine(5000, 20_000, 'individual'),
    ]);
    expect(
      shape(extractAmounts('对个人处二千元以下罚款，对单位处二万元以下罚款')),
    ).toEqual([fine(undefined, 2000, 'individual'), fine(undefined, 20_000, 'organisation')]);
    expect(shape(extractAmounts('对个人可以处五百元以上二千元以下罚款，对单位可以处一万元以上五万元以下罚款'))).toEqual([
      fine(500, 2000, 'individual'),
      fine(10_000, 50_000, 'organisation'),
    ]);
    expect(shape(extractAmounts('单位或者个人擅自占用城市绿化用地的，处一万元以下罚款'))).toEqual([fine(undefined, 10_000)]);
    expect(shape(extractAmounts('泄露个人信息的，处一万元以下罚款'))).toEqual([fine(undefined, 10_000)]);
    // the persons of the unit, not the unit
    expect(shape(extractAmounts('对单位直接负责的主管人员和其他直接责任人员处一万元以上五万元以下的罚款'))).toEqual([
      fine(10_000, 50_000, 'individual'),
    ]);
    expect(shape(extractAmounts('生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，处二万元以上五万元以下的罚款'))).toEqual([
      fine(20_000, 50_000, 'individual'),
    ]);
    expect(shape(extractAmounts('公民、法人或者其他组织违反本条例规定的，处三万元以下罚款'))).toEqual([fine(undefined, 30_000)]);
    expect(shape(extractAmounts('用人单位违反本法规定的，处五万元以下罚款'))).toEqual([fine(undefined, 50_000, 'organisation')]);
    // a new sentence forgets the subject
    expect(shape(extractAmounts('对单位处十万元以下罚款。违反第五条规定的，处一万元以下罚款'))).toEqual([
      fine(undefined, 100_000, 'organisation'),
      fine(undefined, 10_000),
    ]);
  });

  it('keeps the ranges of a graded clause apart and ignores conditions on 违法所得', () => {
    const text =
      '违反本法规定，未取得许可从事经营活动的，没收违法所得；违法所得五万元以上的，并处违法所得二倍以上五倍以下的罚款；' +
      '没有违法所得或者违法所得不足五万元的，处一万元以上二十万元以下的罚款；情节严重的，吊销许可证';
    expect(shape(extractAmounts(text))).toEqual([
      { sanction: 'confiscation', measure: 'yuan', min: 50_000, party: 'unspecified' },
      { sanction: 'fine', measure: 'multiple', party: 'unspecified' },
      fine(10_000, 200_000),
    ]);
    expect(extractAmounts(text).map((a) => a.text)).toEqual([
      '违法所得五万元以上',
      '并处违法所得二倍以上五倍以下的罚款',
      '处一万元以上二十万元以下的罚款',
    ]);
  });

  it('reads no confiscated amount from a text that confiscates nothing', () => {
    expect(extractAmounts('违法所得五万元以上的，处二十万元以下罚款').map((a) => a.sanction)).toEqual(['fine']);
  });

  it('ignores the daily surcharge of 处罚法 Art. 72', () => {
    expect(reachesLargeAmount(extractAmounts('每日按罚款数额的百分之三加处罚款')[0]!, thresholds)).toBe(false);
  });
});

describe('reachesLargeAmount', () => {
  const large = (text: string) => extractAmounts(text).map((a) => reachesLargeAmount(a, thresholds));

  it('compares the upper bound with the threshold for the party fined', () => {
    expect(large('处五千元以上五万元以下的罚款')).toEqual([true]); // unspecified: the lower threshold, 1万
    expect(large('处五百元以上五千元以下的罚款')).toEqual([false]);
    expect(large('处一万元以下罚款')).toEqual([true]); // "以上" thresholds include the amount itself
    expect(large('对单位处五万元以下罚款；对个人处五千元以下罚款')).toEqual([false, false]);
    expect(large('对单位处十万元以上二十万元以下罚款；对个人处一万元以上二万元以下罚款')).toEqual([true, true]);
    expect(large('处十万元以上的罚款')).toEqual([true]);
    expect(large('对个人处一百元以上的罚款')).toEqual([true]); // no upper bound
  });

  it('does not count a bare multiple, counts a capped one by its cap', () => {
    expect(large('并处违法所得一倍以上五倍以下的罚款')).toEqual([false]);
    expect(large('处违法所得一倍以上三倍以下的罚款，但最高不超过三万元')).toEqual([true]);
  });

  it('counts a confiscation only when its stated amount reaches the threshold', () => {
    expect(large('没收违法所得；违法所得一万元以上的，并处违法所得一倍以上五倍以下罚款')).toEqual([true, false]);
    expect(large('没收违法所得；违法所得五千元以上的，并处违法所得一倍以上五倍以下罚款')).toEqual([false, false]);
  });

  it('takes the lower threshold when the text does not say whom', () => {
    expect(thresholdFor('unspecified', { largeFineIndividual: 20_000, largeFineOrganisation: 50_000 })).toBe(20_000);
    expect(thresholdFor('organisation', thresholds)).toBe(100_000);
  });
});

describe('formatYuan', () => {
  it('writes 万元 from ten thousand up', () => {
    expect([formatYuan(5000), formatYuan(50_000), formatYuan(15_000), formatYuan(1_000_000)]).toEqual(['5000元', '5万元', '1.5万元', '100万元']);
  });
});
