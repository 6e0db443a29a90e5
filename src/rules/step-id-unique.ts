// Step ids are how 下一环节 points at a step; two steps of one power with one id make the flow ambiguous.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { buildProcedures, stepKey } from '../law/steps-graph.js';

export default defineRule({
  meta: {
    id: 'step-id-unique',
    description: {
      zh: '同一执法事项内环节编号唯一',
      en: 'Step ids are unique within one power',
    },
    severity: 'error',
    docs: 'docs/rules/step-id-unique.md',
    messages: {
      duplicate: {
        zh: '事项“{{code}}”的环节编号“{{id}}”重复，第 {{firstRow}} 行已使用',
        en: 'Step id "{{id}}" of power "{{code}}" is used twice; row {{firstRow}} already has it',
      },
    },
    hints: {
      duplicate: {
        zh: '为其中一个环节改用未使用的编号，并同步修改指向它的“下一环节”',
        en: 'Give one of the steps an unused id, and update the next-step cells that point to it',
      },
    },
  },
  check({ index, report }) {
    for (const procedure of buildProcedures(index.stepsByPower)) {
      for (const row of procedure.rows) {
        const first = procedure.byId.get(stepKey(row.stepId));
        if (!first || first === row) continue;
        report({
          messageId: 'duplicate',
          at: at(row.source, 'stepId'),
          value: row.stepId,
          data: { code: row.powerCode, id: row.stepId, firstRow: first.source.row },
          related: [at(first.source, 'stepId')],
        });
      }
    }
  },
});
