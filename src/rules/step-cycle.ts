// A procedure that loops back on itself never ends; report each loop once, where it closes.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { buildProcedures } from '../law/steps-graph.js';
import { stepFindingMessages, stepLoops } from '../law/steps-findings.js';

export default defineRule({
  meta: {
    id: 'step-cycle',
    description: {
      zh: '执法流程不得循环（环节不能经“下一环节”回到自身）',
      en: 'A procedure has no cycle (no step leads back to itself through its next steps)',
    },
    severity: 'error',
    docs: 'docs/rules/step-cycle.md',
    messages: { cycle: stepFindingMessages.cycle },
    hints: {
      cycle: {
        zh: '将“补正后重新提交”等情形画作结束环节（重新申请即新的流程），或删除指回前序环节的“下一环节”',
        en: 'Model "resubmit after correction" as an end step (a new application starts a new procedure), or remove the next step that points back',
      },
    },
  },
  check({ index, report }) {
    for (const procedure of buildProcedures(index.stepsByPower)) {
      for (const loop of stepLoops(procedure)) {
        report({
          messageId: 'cycle',
          at: at(loop.from.source, 'next'),
          value: loop.target.stepId,
          data: { code: loop.from.powerCode, path: loop.path.join(' → ') },
        });
      }
    }
  },
});
