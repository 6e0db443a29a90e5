// A post that claims a power code nobody lists is a breakdown of a power that does not exist (or a typo).

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'post-power-exists',
    description: {
      zh: '岗位表所列事项编码须在执法事项表中',
      en: 'Every power code a post lists is in the powers table',
    },
    severity: 'error',
    docs: 'docs/rules/post-power-exists.md',
    messages: {
      unknown: {
        zh: '岗位“{{post}}”所列事项编码“{{code}}”不在执法事项表中',
        en: 'Post "{{post}}" lists power code "{{code}}", which is not in the powers table',
      },
    },
    hints: {
      unknown: {
        zh: '更正事项编码，或在执法事项表中补充该事项；已取消的事项应从岗位中删除',
        en: 'Correct the code, or add the power to the powers table; remove powers that were abolished',
      },
    },
  },
  check({ inventory, index, report, afterPowers }) {
    if (!index.hasTable('powers')) return;
    afterPowers((powers) => {
      for (const post of inventory.posts) {
        for (const code of post.powers ?? []) {
          if (powers.isKnownCode(keyOf(code))) continue;
          report({ messageId: 'unknown', at: at(post.source, 'powers'), value: code, data: { post: post.name ?? post.id, code } });
        }
      }
    });
  },
});
