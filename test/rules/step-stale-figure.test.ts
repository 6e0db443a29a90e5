// Cases for step-stale-figure: Procedure steps use no superseded statutory figure (simple procedure 50/1,000 yuan,
// three months to sue).

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/step-stale-figure.js';
import { findStaleFigures } from '../../src/law/steps-stale-figures.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (stepId: string, name: string, extra: { condition?: string; note?: string } = {}) => ({
  powerCode: 'CF-001', stepId, name, ...extra,
});

describe('findStaleFigures', () => {
  it.each([
    ['对公民处以50元以下、对法人或者其他组织处以1000元以下罚款的，适用简易程序', 'simpleProcedure'],
    ['对公民处以五十元以下、对法人处以一千元以下罚款或者警告', 'simpleProcedure'],
    ['当场处罚（罚款５０元以下）', 'simpleProcedure'],
    ['单位罚款1,000元以下的当场作出决定', 'simpleProcedure'],
    ['可在3个月内向人民法院提起行政诉讼', 'suePeriod'],
    ['也可以在三个月内直接向人民法院起诉', 'suePeriod'],
  ])('finds %s', (text, kind) => {
    expect(findStaleFigures(text).map((m) => m.kind)).toEqual([kind]);
  });

  it.each([
    ['对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以当场作出'],
    ['自收到决定书之日起60日内申请行政复议，或者6个月内提起行政诉讼'],
    ['当事人在法定期限内不申请复议、不起诉又不履行的，行政机关可自期限届满之日起三个月内申请人民法院强制执行'],
    ['罚款50元'],
    [''],
  ])('leaves %s alone', (text) => {
    expect(findStaleFigures(text)).toEqual([]);
  });
});

describe('step-stale-figure', () => {
  it('reports old simple-procedure amounts and the old period to sue in step names, conditions and notes', () => {
    testRule(rule, {
      valid: [
        { steps: [step('S1', '简易程序', { condition: '对公民200元以下、对单位3000元以下罚款或者警告' }), step('S2', '告知复议（60日）和诉讼（6个月）权利')] },
      ],
      invalid: [
        {
          tables: {
            steps: [
              step('S1', '当场处罚', { condition: '公民50元以下、单位1000元以下罚款' }),
              step('S2', '送达', { note: '告知当事人可于三个月内提起行政诉讼' }),
            ],
          },
          findings: [
            { messageId: 'simpleProcedure', row: 2, column: columnOf('steps', 'condition') },
            { messageId: 'suePeriod', row: 3, column: columnOf('steps', 'note') },
          ],
        },
      ],
    });
  });
});
