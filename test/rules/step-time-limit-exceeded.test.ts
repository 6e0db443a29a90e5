// Cases for step-time-limit-exceeded: Step time limits stay within the statutory periods (licence acceptance, decision,
// delivery; penalty decision, delivery; seizure period).

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/step-time-limit-exceeded.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

type Type = 'licensing' | 'penalty' | 'coercion';
const power = (type: Type, extra: { statutoryLimit?: string; note?: string } = {}) => ({
  code: 'P-001', name: '某事项', type, basisText: '《某法》第一条', ...extra,
});
const step = (stepId: string, name: string, timeLimit: string, next: string[] = []) => ({ powerCode: 'P-001', stepId, name, timeLimit, next });

const licence = (review: string, decide: string) => [
  step('S1', '受理', '当场', ['S2']),
  step('S2', '审查', review, ['S3']),
  step('S3', '决定', decide, ['S4']),
  step('S4', '送达', '10个工作日'),
];

describe('step-time-limit-exceeded', () => {
  it('accepts statutory limits and reports each kind of excess', () => {
    testRule(rule, {
      valid: [
        { powers: [power('licensing')], steps: licence('15个工作日', '5个工作日') },
        // Bare 日 in a licence flow is read as working days, like the statute (许可法 Art. 82).
        { powers: [power('licensing')], steps: licence('15日', '5日') },
        // Extension with approval (+10), stated on the power or on the step.
        { powers: [power('licensing', { statutoryLimit: '20个工作日，经批准可延长10个工作日' })], steps: licence('20个工作日', '10个工作日') },
        { powers: [power('licensing')], steps: licence('20个工作日', '10个工作日（可延长10个工作日）') },
        // Another law sets the period.
        { powers: [power('licensing', { note: '法律、法规另有规定的，依照其规定' })], steps: licence('40个工作日', '5个工作日') },
        // Joint handling: 45 working days.
        { powers: [power('licensing', { note: '并联审批' })], steps: licence('40个工作日', '5个工作日') },
        // Hearing and expert review time is not counted (Art. 45); alternative branches are not added up.
        {
          powers: [power('licensing')],
          steps: [
            step('S1', '受理', '5个工作日', ['S2', 'S3']),
            step('S2', '专家评审', '30个工作日', ['S4']),
            step('S3', '审查', '15个工作日', ['S4']),
            step('S4', '决定', '5个工作日'),
          ],
        },
        {
          powers: [power('penalty')],
          steps: [
            step('S1', '立案', '7个工作日', ['S2']),
            step('S2', '调查取证', '60日', ['S3']),
            step('S3', '听证', '30日', ['S4']),
            step('S4', '处罚决定', '30日', ['S5']),
            step('S5', '送达', '7日'),
          ],
        },
        { powers: [power('penalty', { note: '市场监管：经批准可延长30日' })], steps: [step('S1', '立案', '7日', ['S2']), step('S2', '调查', '90日', ['S3']), step('S3', '决定', '10日')] },
        { powers: [power('coercion')], steps: [step('S1', '查封、扣押', '30日（情况复杂的可延长30日）', ['S2']), step('S2', '解除查封扣押', '60日')] },
        // A combined acceptance-and-review step is not held to the 5 days of acceptance.
        { powers: [power('licensing')], steps: [step('S1', '受理审查', '15个工作日', ['S2']), step('S2', '决定', '5个工作日')] },
        // Limits counted from acceptance or filing state the clock's reading; a special law's longer period is
        // stated in the power's 法定时限 (排污许可管理条例: 20 / 30 / 45 days).
        {
          powers: [power('licensing', { statutoryLimit: '简化管理20日；重点管理30日，需要现场核查的45日' })],
          steps: [
            step('S1', '申请受理', '当场或5个工作日内', ['S2']),
            step('S2', '材料审查', '5个工作日', ['S3', 'S4']),
            step('S3', '现场核查', '10个工作日', ['S4']),
            step('S4', '审批决定', '10个工作日', ['S5']),
            step('S5', '发证送达', '10个工作日'),
          ],
        },
        {
          powers: [power('penalty')],
          steps: [
            step('S1', '立案', '15日', ['S2']),
            step('S2', '调查取证', '计入自立案之日起90日的办案期限', ['S3']),
            step('S3', '法制审核', '7个工作日', ['S4']),
            step('S4', '处罚决定', '自立案之日起90日内', ['S5']),
            step('S5', '送达', '宣告后当场交付；当事人不在场的7日内送达'),
          ],
        },
        // Other types and powers without a type are not judged.
        { powers: [power('licensing')].map((p) => ({ ...p, type: 'inspection' as const })), steps: licence('60日', '60日') },
      ],
      invalid: [
        {
          tables: { powers: [power('licensing')], steps: licence('15个工作日', '10个工作日') },
          findings: [{ messageId: 'licenceDecision', row: 4, column: columnOf('steps', 'timeLimit'), value: '10个工作日' }],
        },
        {
          tables: {
            powers: [power('licensing')],
            steps: [step('S1', '受理', '7个工作日', ['S2']), step('S2', '审批', '3个月', ['S3']), step('S3', '决定', '1日', ['S4']), step('S4', '发证', '15日')],
          },
          findings: [
            { messageId: 'licenceAccept', row: 2, value: '7个工作日' },
            { messageId: 'licenceDecision', row: 3, value: '3个月' },
            { messageId: 'licenceDelivery', row: 5, value: '15日' },
          ],
        },
        {
          tables: {
            powers: [power('penalty')],
            steps: [step('S1', '立案', '7日', ['S2']), step('S2', '调查取证', '60个工作日', ['S3']), step('S3', '决定', '10日', ['S4']), step('S4', '送达', '10日')],
          },
          findings: [
            { messageId: 'penaltyDecision', row: 4, value: '10日' },
            { messageId: 'penaltyDelivery', row: 5, value: '10日' },
          ],
        },
        {
          // Investigation may run to day 90, and the flow still allows review and decision time after it.
          tables: {
            powers: [power('penalty')],
            steps: [
              step('S1', '立案', '15日', ['S2']),
              step('S2', '调查取证', '自立案之日起90日内', ['S3']),
              step('S3', '法制审核', '7个工作日', ['S4']),
              step('S4', '处罚决定', '10日'),
            ],
          },
          findings: [{ messageId: 'penaltyDecision', row: 5, value: '10日' }],
        },
        {
          tables: { powers: [power('coercion')], steps: [step('S1', '审批', '当场', ['S2']), step('S2', '实施扣押', '60日')] },
          findings: [{ messageId: 'coercionPeriod', row: 3, column: columnOf('steps', 'timeLimit'), value: '60日' }],
        },
      ],
    });
  });

  it('names the path and the total', () => {
    const problems = problemsOf(rule, { powers: [power('licensing')], steps: licence('15个工作日', '10个工作日') });
    expect(problems[0]?.data).toMatchObject({ total: 25, allowed: 20, path: 'S1 → S2 → S3' });
  });
});
