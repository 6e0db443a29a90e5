// Cases for power-hearing-step: A penalty open to a hearing (large fine or confiscation, downgrading, revocation,
// suspension, closure, barring from practice) has a 听证 step in its procedure.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/power-hearing-step.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, runRule, testRule, testSettings } from '../helpers/rule-tester.js';

const power = (code: string, name: string, basisText = '《某法》第一条', type: ActTypeId = 'penalty') => ({ code, name, type, basisText });
const step = (powerCode: string, stepId: string, name: string) => ({ powerCode, stepId, name });
/** A general-procedure flow, with or without the hearing branch. */
const flow = (code: string, hearing: boolean) => [
  step(code, 'S1', '立案'),
  step(code, 'S2', '调查取证'),
  step(code, 'S3', '告知'),
  ...(hearing ? [step(code, 'S4', '听证（当事人申请时）')] : []),
  step(code, 'S5', '决定'),
];

const FOOD_122 =
  '《中华人民共和国食品安全法》第一百二十二条：“违反本法规定，未取得食品生产经营许可从事食品生产经营活动，或者未取得食品添加剂生产许可从事食品添加剂生产活动的，由县级以上人民政府食品安全监督管理部门没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款。”';
const small = '《某条例》第二十条：“违反本条例第八条规定的，由主管部门责令改正，给予警告，可以并处五百元以上五千元以下的罚款。”';
const split = '《某条例》第二十一条：“对单位处五万元以下罚款；对个人处五千元以下罚款。”';
const multiple = '《某法》第三十条：“没收违法所得，并处违法所得一倍以上三倍以下的罚款。”';

describe('power-hearing-step', () => {
  it('reports penalties open to a hearing whose flow has no 听证 step', () => {
    testRule(rule, {
      valid: [
        // the hearing branch is there
        { powers: [power('CF-001', '对无证经营的处罚（吊销许可证）')], steps: flow('CF-001', true) },
        { powers: [power('CF-002', '对无证生产经营食品的处罚', FOOD_122)], steps: flow('cf-002 ', true) },
        // no steps for the power: nothing to check
        { powers: [power('CF-001', '对无证经营的处罚（吊销许可证）')], steps: flow('CF-009', false) },
        // below the thresholds, or amounts not stated
        {
          powers: [power('CF-003', '对甲的处罚', small), power('CF-004', '对乙的处罚', split), power('CF-005', '对丙的处罚', multiple)],
          steps: [...flow('CF-003', false), ...flow('CF-004', false), ...flow('CF-005', false)],
        },
        // not a penalty
        { powers: [power('QZ-001', '责令停产停业期间查封场所', '《某法》第一条', 'coercion')], steps: flow('QZ-001', false) },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('CF-001', '对无证经营的处罚（吊销许可证）'),
              power('CF-002', '对无证生产经营食品的处罚', FOOD_122),
              power('CF-003', '对甲的处罚', small),
              power('CF-006', '对存在重大事故隐患的处罚', '《某法》第九十九条：“……情节严重的，责令停产停业整顿。”'),
            ],
            steps: [...flow('CF-001', false), ...flow('CF-002', false), ...flow('CF-003', false), ...flow('CF-006', false)],
          },
          findings: [
            { messageId: 'noHearingStep', row: 2, column: columnOf('powers', 'code'), value: 'CF-001' },
            { messageId: 'noHearingStep', row: 3, column: columnOf('powers', 'code'), value: 'CF-002' },
            { messageId: 'noHearingStep', row: 5, column: columnOf('powers', 'code'), value: 'CF-006' },
          ],
        },
        {
          // one procedure per code: reported once, at the first sub-item open to a hearing
          tables: {
            powers: [
              { ...power('CF-007', '对违规经营的处罚'), subItem: '警告' },
              { ...power('CF-007', '对违规经营的处罚'), subItem: '责令停业整顿' },
              { ...power('CF-007', '对违规经营的处罚'), subItem: '吊销许可证' },
            ],
            steps: flow('CF-007', false),
          },
          findings: [{ messageId: 'noHearingStep', row: 3 }],
        },
      ],
    });
  });

  it('names the sanction or the amount and threshold in the message', () => {
    const tables = (name: string, basisText: string) => ({ powers: [power('CF-001', name, basisText)], steps: flow('CF-001', false) });
    const [byName] = runRule(rule, tables('对超范围经营的处罚（吊销营业执照）', '《某法》第一条'));
    expect(byName?.message).toContain('名称含“吊销”');
    expect(byName?.hint).toContain('五日内');

    const [byAmount] = runRule(rule, tables('对无证生产经营食品的处罚', FOOD_122));
    expect(byAmount?.message).toContain('引用条文“并处五万元以上十万元以下罚款”罚款最高10万元，达到较大数额标准1万元（未写明处罚对象');

    const [english] = runRule(rule, tables('对无证生产经营食品的处罚', FOOD_122), 'en');
    expect(english?.message).toMatch(/fines up to 10万元, at or above the 较大数额 of 1万元/);
  });

  it('judges amounts against the party fined and the configured thresholds', () => {
    const organisation = '《某条例》第二十一条：“对单位处五万元以上二十万元以下罚款；对个人处五百元以上五千元以下罚款。”';
    const tables = { powers: [power('CF-001', '对某违法行为的处罚', organisation)], steps: flow('CF-001', false) };
    // 20万 reaches the organisation threshold of 10万
    expect(problemsOf(rule, tables)).toHaveLength(1);
    expect(runRule(rule, tables)[0]?.message).toContain('罚款最高20万元，达到对单位的较大数额标准10万元');
    // a province with a 30万 organisation threshold: neither reaches it
    const province = { ...testSettings, thresholds: { ...testSettings.thresholds, largeFineOrganisation: 300_000 } };
    expect(problemsOf(rule, tables, province)).toEqual([]);
    // a province with a 5000 individual threshold: the individual range reaches it
    const lower = { ...province, thresholds: { ...province.thresholds, largeFineIndividual: 5000 } };
    expect(runRule(rule, tables, 'zh', lower)[0]?.message).toContain('达到对个人的较大数额标准5000元');
  });

  it('counts a stated confiscation amount that reaches the threshold', () => {
    const basis = '《某法》第四十条：“没收违法所得；违法所得二万元以上的，并处违法所得一倍以上三倍以下的罚款。”';
    const found = runRule(rule, { powers: [power('CF-001', '对某违法行为的处罚', basis)], steps: flow('CF-001', false) });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('没收数额在2万元以上');
  });
});
