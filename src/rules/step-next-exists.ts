// A 下一环节 that names no step of the same power leaves the flowchart with a dangling arrow.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { buildProcedures } from '../law/steps-graph.js';
import { stepFindingMessages, unknownNextSteps } from '../law/steps-findings.js';

export default defineRule({
  meta: {
    id: 'step-next-exists',
    description: {
      zh: '“下一环节”须是同一执法事项的环节编号',
      en: 'Every next-step id is a step of the same power',
    },
    severity: 'error',
    docs: 'docs/rules/step-next-exists.md',
    messages: { unknown: stepFindingMessages.unknownNext },
    hints: {
      unknown: {
        zh: '填写同一事项已有的环节编号（如 S2），结束环节留空',
        en: 'Use the id of an existing step of the same power (such as S2); leave the cell empty for an end step',
      },
    },
  },
  check({ index, report }) {
    for (const procedure of buildProcedures(index.stepsByPower)) {
      for (const { row, ref } of unknownNextSteps(procedure)) {
        report({
          messageId: 'unknown',
          at: at(row.source, 'next'),
          value: ref,
          data: { step: row.name ?? row.stepId, next: ref, code: row.powerCode },
        });
      }
    }
  },
});
