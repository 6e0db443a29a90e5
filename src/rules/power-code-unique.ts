// Two powers of one table may not share a code (with the same sub-item): the code is how every other table points at a power.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { RowRef, TableSource } from '../model/types.js';
import { defineRule } from './define-rule.js';

/** The first power with a code in one table and under one sub-item. */
interface FirstUse {
  readonly table: TableSource;
  readonly subItem: string;
  readonly source: RowRef;
  readonly name: string;
  /** First uses of the same code in other tables or under other sub-items. */
  more?: FirstUse[];
}

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
  check({ report, eachPower }) {
    // Per code, the first power of each (table, sub-item): its row and name only, as records may be streamed ones.
    // Nearly every code is listed once, so the first use is a field and any further ones a short list.
    const firstUses = new Map<string, FirstUse>();
    eachPower((power) => {
      if (power.code === undefined) return;
      const code = keyOf(power.code);
      const table = power.source.table;
      // Keyed by table and sub-item: the same code in a second powers table is the same power listed
      // again (power-code-name-across-tables compares the names).
      const subItem = keyOf(power.subItem ?? '');
      const use: FirstUse = { table, subItem, source: power.source, name: power.name };
      const found = firstUses.get(code);
      if (found === undefined) {
        firstUses.set(code, use);
        return;
      }
      const first = [found, ...(found.more ?? [])].find((u) => u.table === table && u.subItem === subItem);
      if (first === undefined) {
        (found.more ??= []).push(use);
        return;
      }
      report({
        messageId: 'duplicate',
        at: at(power.source, 'code'),
        value: power.code,
        data: { code: power.code, firstRow: first.source.row, first: first.name },
        related: [at(first.source, 'code')],
      });
    });
  },
});
