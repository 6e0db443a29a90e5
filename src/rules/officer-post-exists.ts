// An officer assigned to a post that is not in the posts table holds no known duties.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { unknownPostRefs } from './support/post-refs.js';

export default defineRule({
  meta: {
    id: 'officer-post-exists',
    description: {
      zh: '执法人员所在岗位须在岗位表中（按岗位编号或岗位名称）',
      en: 'The post an officer holds is in the posts table (by post id or name)',
    },
    severity: 'error',
    docs: 'docs/rules/officer-post-exists.md',
    messages: {
      unknown: {
        zh: '执法人员“{{name}}”的岗位“{{post}}”不在岗位表中',
        en: 'Officer "{{name}}" holds post "{{post}}", which is not in the posts table',
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
    for (const officer of inventory.officers) {
      for (const post of unknownPostRefs(officer.post, index)) {
        report({ messageId: 'unknown', at: at(officer.source, 'post'), value: post, data: { name: officer.name, post } });
      }
    }
  },
});
