// A step assigned to a post that is not in the posts table points at nobody.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { unknownPostRefs } from './support/post-refs.js';

export default defineRule({
  meta: {
    id: 'step-post-exists',
    description: {
      zh: '环节的承办岗位须在岗位表中（按岗位编号或岗位名称）',
      en: 'The post a step names is in the posts table (by post id or name)',
    },
    severity: 'error',
    docs: 'docs/rules/step-post-exists.md',
    messages: {
      unknown: {
        zh: '事项“{{code}}”的环节“{{step}}”的承办岗位“{{post}}”不在岗位表中',
        en: 'Step "{{step}}" of power "{{code}}" names post "{{post}}", which is not in the posts table',
      },
    },
    hints: {
      unknown: {
        zh: '更正岗位编号或名称，或在岗位表中补充该岗位',
        en: 'Correct the post id or name, or add the post to the posts table',
      },
    },
  },
  check({ inventory, index, report }) {
    if (!index.hasTable('posts')) return;
    for (const step of inventory.steps) {
      for (const post of unknownPostRefs(step.post, index)) {
        report({
          messageId: 'unknown',
          at: at(step.source, 'post'),
          value: post,
          data: { code: step.powerCode, step: step.name ?? step.stepId, post },
        });
      }
    }
  },
});
