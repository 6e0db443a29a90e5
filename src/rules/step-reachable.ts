// Every step of a procedure should be reachable from its first step, or the flowchart has loose pieces.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { buildProcedures } from '../law/steps-graph.js';
import { stepFindingMessages, unreachableSteps } from '../law/steps-findings.js';

export default defineRule({
  meta: {
    id: 'step-reachable',
    description: {
      zh: '执法流程的每个环节都能从第一个环节到达',
      en: 'Every step of a procedure can be reached from its first step',
    },
    severity: 'warning',
    docs: 'docs/rules/step-reachable.md',
    messages: { extraEntry: stepFindingMessages.extraEntry, unreachable: stepFindingMessages.unreachable },
    hints: {
      extraEntry: {
        zh: '在前序环节的“下一环节”中加入“{{id}}”；如为另一流程，请使用其事项编码',
        en: 'Add "{{id}}" to the next steps of the step before it; if it belongs to another procedure, use that power\'s code',
      },
      unreachable: {
        zh: '检查指向“{{id}}”的环节是否本身可达，或删除多余环节',
        en: 'Check that a reachable step points to "{{id}}", or delete the stray step',
      },
    },
  },
  check({ index, report }) {
    for (const procedure of buildProcedures(index.stepsByPower)) {
      const { start } = procedure;
      for (const { step, extraEntry } of unreachableSteps(procedure)) {
        report({
          messageId: extraEntry ? 'extraEntry' : 'unreachable',
          at: at(step.source, 'stepId'),
          value: step.stepId,
          data: { code: step.powerCode, step: step.name ?? step.stepId, id: step.stepId, start: start?.name ?? start?.stepId ?? '' },
        });
      }
    }
  },
});
