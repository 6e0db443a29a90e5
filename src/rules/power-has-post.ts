// The responsibility system breaks every power down to a post (分解执法职权); a power with none has no one answerable.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'power-has-post',
    description: {
      zh: '有岗位表时，每个执法事项都应分解到至少一个执法岗位',
      en: 'When a posts table exists, every power is assigned to at least one post',
    },
    severity: 'warning',
    docs: 'docs/rules/power-has-post.md',
    messages: {
      noPost: {
        zh: '事项“{{power}}”未分解到任何执法岗位',
        en: 'Power "{{power}}" is not assigned to any post',
      },
    },
    hints: {
      noPost: {
        zh: '在本行“执法岗位”列填写岗位编号，或在岗位表“对应事项编码”中加入“{{code}}”',
        en: 'Fill in the post column of this row, or add "{{code}}" to a post\'s power codes in the posts table',
      },
    },
  },
  check({ index, report, eachPower }) {
    if (!index.hasTable('posts')) return;
    eachPower((power) => {
      if ((power.posts?.length ?? 0) > 0) return;
      if (power.code !== undefined && index.postedPowerCodes.has(keyOf(power.code))) return;
      report({
        messageId: 'noPost',
        at: at(power.source, power.source.table.columnOf.has('posts') ? 'posts' : 'name'),
        data: { power: power.name, code: power.code ?? '' },
      });
    });
  },
});
