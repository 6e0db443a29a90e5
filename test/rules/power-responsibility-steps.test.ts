// Cases for power-responsibility-steps: A power's responsibilities name every standard step of its act type (e.g.
// penalty: filing, investigation, review, notice, decision, service, enforcement).

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/power-responsibility-steps.js';
import { missingSteps, templateFor } from '../../src/law/responsibility-templates.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

const power = (type: ActTypeId, name: string, responsibilities: string) => ({
  code: 'X-001',
  name,
  type,
  basisText: '《某法》第一条',
  responsibilities,
});

const penaltyText = '1.立案责任 2.调查取证责任 3.审查责任 4.告知责任 5.决定责任 6.送达责任 7.执行责任 8.其他责任';
const licenceText = '1.受理责任：公示材料目录 2.审查责任 3.决定责任 4.送达责任 5.事后监管责任 6.其他';

describe('power-responsibility-steps', () => {
  it('reports, in one finding per power, the standard steps its responsibilities lack', () => {
    testRule(rule, {
      valid: [
        { powers: [power('penalty', '对无证经营的处罚', penaltyText)] },
        { powers: [power('licensing', '施工许可', licenceText)] },
        // 审理 and 调查 stand for 审查 and 调查取证
        { powers: [power('penalty', '对无证经营的处罚', '立案；调查；审理；告知；决定；送达；执行')] },
        { powers: [power('coercion', '查封场所、设施或者财物', '审批责任、告知责任、实施责任、解除责任、事后监管责任')] },
        { powers: [power('coercion', '代履行', '催告责任、陈述申辩复核责任、决定责任、执行责任、事后监管责任')] },
        { powers: [power('other', '某某备案', '受理')] }, // 其他 has no template
        { powers: [{ ...power('penalty', '对无证经营的处罚', ''), responsibilities: undefined }] }, // power-responsibility-missing's case
      ],
      invalid: [
        {
          tables: { powers: [power('penalty', '对无证经营的处罚', '1.立案责任 2.调查取证责任 3.决定责任 4.送达责任')] },
          findings: [{ messageId: 'missingSteps', row: 2, column: columnOf('powers', 'responsibilities') }],
        },
        {
          // an enforcement item held to the 强制执行 template lacks 催告 and 陈述申辩
          tables: { powers: [power('coercion', '加处罚款', '决定责任、执行责任、事后监管责任')] },
          findings: [{ messageId: 'missingSteps', row: 2 }],
        },
      ],
    });
  });

  it('names the missing steps in order', () => {
    const [problem] = problemsOf(rule, { powers: [power('penalty', '对无证经营的处罚', '立案、调查取证、决定、送达')] });
    expect(problem?.data).toMatchObject({ stepsZh: '审查、告知、执行', type: '行政处罚' });
  });
});

describe('responsibility templates', () => {
  it('tells coercive measures from coercive enforcement by the name', () => {
    expect(templateFor({ type: 'coercion', name: '扣押财物' })).toBe('coercion-measure');
    expect(templateFor({ type: 'coercion', name: '申请人民法院强制执行' })).toBe('coercion-enforcement');
    expect(templateFor({ type: 'other', name: '某某备案' })).toBeUndefined();
  });

  it('matches synonyms after width normalisation', () => {
    expect(missingSteps('licensing', '受理　审核　批准　发证　监督检查')).toEqual([]);
  });
});
