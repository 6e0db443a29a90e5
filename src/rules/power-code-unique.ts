// Two powers of one table may not share a code (with the same sub-item): the code is how every other table points at a power.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { TableSource } from '../model/types.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'power-code-unique',
    description: {
      zh: '事项编码在同一事项表内唯一（同一主项下的不同子项除外）',
      en: 'Power codes are unique within a powers table (different sub-items of one main item excepted)',
    },
    severity: 'error',
    docs: 'docs/rules/power-code-unique.md',
    messages: {
      duplicate: {
        zh: '事项编码“{{code}}”重复，已用于第 {{firstRow}} 行的“{{first}}”',
        en: 'Power code "{{code}}" is used twice; row {{firstRow}} already has it for "{{first}}"',
      },
    },
    hints: {
      duplicate: {
        zh: '为其中一项改用未使用的编码；如为同一事项，删除重复行',
        en: 'Give one of them an unused code; if they are the same power, delete the duplicate row',
      },
    },
  },
  check({ index, report }) {
    for (const [, powers] of index.powersByCode) {
      if (powers.length < 2) continue;
      // Keyed by table and sub-item: the same code in a second powers table is the same power listed
      // again (power-code-name-across-tables compares the names).
      const firstByTable = new Map<TableSource, Map<string, (typeof powers)[number]>>();
      for (const power of powers) {
        let firstBySubItem = firstByTable.get(power.source.table);
        if (!firstBySubItem) {
          firstBySubItem = new Map();
          firstByTable.set(power.source.table, firstBySubItem);
        }
        const key = keyOf(power.subItem ?? '');
        const first = firstBySubItem.get(key);
        if (!first) {
          firstBySubItem.set(key, power);
          continue;
        }
        report({
          messageId: 'duplicate',
          at: at(power.source, 'code'),
          value: power.code ?? '',
          data: { code: power.code ?? '', firstRow: first.source.row, first: first.name },
          related: [at(first.source, 'code')],
        });
      }
    }
  },
});
