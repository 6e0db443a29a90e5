// A step must belong to a power in the powers table, or its procedure is published for nothing.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'step-power-exists',
    description: {
      zh: '执法流程环节的事项编码须在执法事项表中',
      en: 'Every procedure step names a power code that is in the powers table',
    },
    severity: 'error',
    docs: 'docs/rules/step-power-exists.md',
    messages: {
      unknown: {
        zh: '环节“{{step}}”的事项编码“{{code}}”不在执法事项表中',
        en: 'Step "{{step}}" belongs to power code "{{code}}", which is not in the powers table',
      },
    },
    hints: {
      unknown: {
        zh: '更正事项编码，或在执法事项表中补充该事项',
        en: 'Correct the power code, or add the power to the powers table',
      },
    },
  },
  check({ inventory, index, report, afterPowers }) {
    if (!index.hasTable('powers')) return;
    afterPowers((powers) => {
      for (const step of inventory.steps) {
        if (powers.hasCode(keyOf(step.powerCode))) continue;
        report({
          messageId: 'unknown',
          at: at(step.source, 'powerCode'),
          value: step.powerCode,
          data: { step: step.name ?? step.stepId, code: step.powerCode },
        });
      }
    });
  },
});
