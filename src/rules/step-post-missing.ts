// Each step of a procedure is someone's job (完善执法流程, 确定执法责任); a step without a post is no one's.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { isTerminator } from '../law/steps-phase.js';

export default defineRule({
  meta: {
    id: 'step-post-missing',
    description: {
      zh: '执法流程的每个环节都应有承办岗位（流程图的“结束”环节除外）',
      en: 'Every procedure step names the post that carries it out (a flowchart\'s end marker excepted)',
    },
    severity: 'warning',
    docs: 'docs/rules/step-post-missing.md',
    messages: {
      missing: {
        zh: '事项“{{code}}”的环节“{{step}}”未填写承办岗位',
        en: 'Step "{{step}}" of power "{{code}}" names no post',
      },
    },
    hints: {
      missing: {
        zh: '在“承办岗位”列填写岗位编号或名称',
        en: 'Fill in the post column with a post id or name',
      },
    },
  },
  check({ inventory, report }) {
    for (const step of inventory.steps) {
      if ((step.post ?? '').trim() !== '' || isTerminator(step)) continue;
      report({
        messageId: 'missing',
        at: at(step.source, 'post'),
        data: { code: step.powerCode, step: step.name ?? step.stepId },
      });
    }
  },
});
