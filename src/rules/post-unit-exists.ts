// A post's unit should be one of the units (承办机构) the powers name, so posts and powers meet in one structure.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'post-unit-exists',
    description: {
      zh: '岗位的所属机构须是执法事项表中出现的承办机构',
      en: "A post's unit is one of the units named in the powers table",
    },
    severity: 'warning',
    docs: 'docs/rules/post-unit-exists.md',
    messages: {
      unknown: {
        zh: '岗位“{{post}}”的所属机构“{{unit}}”未在执法事项表的承办机构中出现',
        en: 'Post "{{post}}" belongs to unit "{{unit}}", which no power names as its unit',
      },
    },
    hints: {
      unknown: {
        zh: '统一机构名称的写法（如“执法支队”与“环境执法支队”），或为该机构的事项填写承办机构',
        en: 'Spell the unit the same way in both tables, or fill in the unit of its powers',
      },
    },
  },
  check({ inventory, report, afterPowers }) {
    afterPowers((powers) => {
      if (powers.units.size === 0) return; // powers name no units: nothing to compare with
      for (const post of inventory.posts) {
        if (post.unit === undefined || powers.units.has(keyOf(post.unit))) continue;
        report({ messageId: 'unknown', at: at(post.source, 'unit'), value: post.unit, data: { post: post.name ?? post.id, unit: post.unit } });
      }
    });
  },
});
