// A published flow must say how long each step takes (办理时限), or applicants cannot hold the agency to it.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { isClosingStep } from '../law/steps-phase.js';

export default defineRule({
  meta: {
    id: 'step-time-limit-missing',
    description: {
      zh: '执法流程的每个环节都应有办理时限（结束、归档环节除外）',
      en: 'Every procedure step states its time limit (end and archiving steps excepted)',
    },
    severity: 'warning',
    docs: 'docs/rules/step-time-limit-missing.md',
    messages: {
      missing: {
        zh: '事项“{{code}}”的环节“{{step}}”未填写办理时限',
        en: 'Step "{{step}}" of power "{{code}}" states no time limit',
      },
    },
    hints: {
      missing: {
        zh: '填写法定或承诺时限，如“5个工作日”“当场”；注明单位（工作日或日）',
        en: 'State the statutory or promised limit, such as "5个工作日" or "当场", with its unit (working days or days)',
      },
    },
  },
  check({ inventory, report }) {
    for (const step of inventory.steps) {
      if ((step.timeLimit ?? '').trim() !== '' || isClosingStep(step)) continue;
      report({
        messageId: 'missing',
        at: at(step.source, 'timeLimit'),
        data: { code: step.powerCode, step: step.name ?? step.stepId },
      });
    }
  },
});
