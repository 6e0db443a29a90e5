// A procedure that loops back on itself never ends; report each loop once, where it closes.

import { at } from '../model/location.js';
import type { StepRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { buildProcedures } from '../law/steps-graph.js';

type Colour = 'open' | 'done';

export default defineRule({
  meta: {
    id: 'step-cycle',
    description: {
      zh: '执法流程不得循环（环节不能经“下一环节”回到自身）',
      en: 'A procedure has no cycle (no step leads back to itself through its next steps)',
    },
    severity: 'error',
    docs: 'docs/rules/step-cycle.md',
    messages: {
      cycle: {
        zh: '事项“{{code}}”的流程出现循环：{{path}}',
        en: 'The procedure of power "{{code}}" loops: {{path}}',
      },
    },
    hints: {
      cycle: {
        zh: '将“补正后重新提交”等情形画作结束环节（重新申请即新的流程），或删除指回前序环节的“下一环节”',
        en: 'Model "resubmit after correction" as an end step (a new application starts a new procedure), or remove the next step that points back',
      },
    },
  },
  check({ inventory, report }) {
    for (const procedure of buildProcedures(inventory.steps)) {
      const colour = new Map<StepRecord, Colour>();
      // Iterative depth-first search from the start step, then from any step not yet visited, in reading order.
      const roots = procedure.start ? [procedure.start, ...procedure.steps] : procedure.steps;
      for (const root of roots) {
        if (colour.has(root)) continue;
        const stack: Array<{ step: StepRecord; nextIndex: number }> = [{ step: root, nextIndex: 0 }];
        const path: StepRecord[] = [root];
        colour.set(root, 'open');
        while (stack.length > 0) {
          const frame = stack[stack.length - 1] as { step: StepRecord; nextIndex: number };
          const targets = procedure.next.get(frame.step) ?? [];
          const target = targets[frame.nextIndex];
          if (target === undefined) {
            colour.set(frame.step, 'done');
            stack.pop();
            path.pop();
            continue;
          }
          frame.nextIndex += 1;
          const state = colour.get(target);
          if (state === 'open') {
            const loop = [...path.slice(path.indexOf(target)), target].map((s) => s.stepId).join(' → ');
            report({
              messageId: 'cycle',
              at: at(frame.step.source, 'next'),
              value: target.stepId,
              data: { code: frame.step.powerCode, path: loop },
            });
          } else if (state === undefined) {
            colour.set(target, 'open');
            stack.push({ step: target, nextIndex: 0 });
            path.push(target);
          }
        }
      }
    }
  },
});
