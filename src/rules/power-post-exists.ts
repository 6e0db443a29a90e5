// A post a power names must exist in the posts table, or the breakdown points at nobody.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'power-post-exists',
    description: {
      zh: '执法事项所列岗位须在岗位表中（按岗位编号或岗位名称）',
      en: 'Every post a power names is in the posts table (by post id or name)',
    },
    severity: 'error',
    docs: 'docs/rules/power-post-exists.md',
    messages: {
      unknown: {
        zh: '事项“{{power}}”所列岗位“{{post}}”不在岗位表中',
        en: 'Power "{{power}}" names post "{{post}}", which is not in the posts table',
      },
    },
    hints: {
      unknown: {
        zh: '更正岗位编号，或在岗位表中补充该岗位',
        en: 'Correct the post id, or add the post to the posts table',
      },
    },
  },
  check({ index, report, eachPower }) {
    if (!index.hasTable('posts')) return;
    eachPower((power) => {
      for (const post of power.posts ?? []) {
        if (index.knownPostRefs.has(keyOf(post))) continue;
        report({ messageId: 'unknown', at: at(power.source, 'posts'), value: post, data: { power: power.name, post } });
      }
    });
  },
});
