// A 下一环节 that names no step of the same power leaves the flowchart with a dangling arrow.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { buildProcedures, stepKey } from '../law/steps-graph.js';

export default defineRule({
  meta: {
    id: 'step-next-exists',
    description: {
      zh: '“下一环节”须是同一执法事项的环节编号',
      en: 'Every next-step id is a step of the same power',
    },
    severity: 'error',
    docs: 'docs/rules/step-next-exists.md',
    messages: {
      unknown: {
        zh: '环节“{{step}}”的下一环节“{{next}}”不是事项“{{code}}”的环节',
        en: 'Step "{{step}}" continues to "{{next}}", which is not a step of power "{{code}}"',
      },
    },
    hints: {
      unknown: {
        zh: '填写同一事项已有的环节编号（如 S2），结束环节留空',
        en: 'Use the id of an existing step of the same power (such as S2); leave the cell empty for an end step',
      },
    },
  },
  check({ inventory, report }) {
    for (const procedure of buildProcedures(inventory.steps)) {
      for (const row of procedure.rows) {
        for (const ref of row.next ?? []) {
          if (procedure.byId.has(stepKey(ref))) continue;
          report({
            messageId: 'unknown',
            at: at(row.source, 'next'),
            value: ref,
            data: { step: row.name ?? row.stepId, next: ref, code: row.powerCode },
          });
        }
      }
    }
  },
});
