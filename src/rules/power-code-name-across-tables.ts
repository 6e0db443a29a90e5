// A code listed in two powers tables of one inventory (权责清单 and 执法事项清单) carries the same name in both — DOMAIN §6 R22.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { PowerRecord, TableSource } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { displayName, isBlank } from '../law/power-text.js';

/**
 * The spellings under which a row names its power: 事项名称 alone, and with its 子项 (appended or in brackets),
 * because a 执法事项清单 often lists as one item what the 权责清单 splits into 主项 and 子项.
 */
function nameKeys(power: PowerRecord): string[] {
  const keys = [keyOf(power.name)];
  if (!isBlank(power.subItem)) keys.push(keyOf(`${power.name}${power.subItem ?? ''}`), keyOf(displayName(power)));
  return keys;
}

/** How a finding names a table: its sheet, or its file for CSV. */
const tableName = (table: TableSource): string => table.sheet ?? table.file.split('/').pop() ?? table.file;

interface FirstUse {
  readonly table: TableSource;
  /** The first power's row and its name as a finding shows it (not the record, which may be a streamed one). */
  readonly first: { readonly source: PowerRecord['source']; readonly displayName: string };
  readonly names: Set<string>;
}

export default defineRule({
  meta: {
    id: 'power-code-name-across-tables',
    description: {
      zh: '同一事项编码在本清单的不同事项表（如权责清单与执法事项清单）中名称一致',
      en: 'A power code listed in two powers tables of one inventory (e.g. 权责清单 and 执法事项清单) has the same name in both',
    },
    severity: 'warning',
    docs: 'docs/rules/power-code-name-across-tables.md',
    messages: {
      nameDiffers: {
        zh: '事项编码“{{code}}”在“{{table}}”中名为“{{name}}”，与“{{firstTable}}”第 {{firstRow}} 行的“{{first}}”不一致',
        en: 'Power code "{{code}}" is named "{{name}}" in "{{table}}" but "{{first}}" in "{{firstTable}}" row {{firstRow}}',
      },
    },
    hints: {
      nameDiffers: {
        zh: '同一编码的事项在各清单中应使用同一名称：按权责清单（或通用目录）统一名称；如确为不同事项，为其中一项改用其他编码',
        en: 'One code carries one name in every list: use the 权责清单 (or catalogue) name in both; if they are different powers, give one another code',
      },
    },
  },
  check({ inventory, report, eachPower }) {
    // A finding needs two powers tables; with one (every CSV inventory), skip keying 10⁵ names for nothing.
    if (inventory.tables.filter((table) => table.kind === 'powers').length < 2) return;
    const firstUses = new Map<string, FirstUse>();
    eachPower((power) => {
      if (power.code === undefined) return;
      const code = keyOf(power.code);
      if (code === '') return;
      const table = power.source.table;
      const use = firstUses.get(code);
      if (!use) {
        firstUses.set(code, { table, first: { source: power.source, displayName: displayName(power) }, names: new Set(nameKeys(power)) });
        return;
      }
      // Within one table, a code on two rows is power-code-unique's concern (or 子项 of one 主项).
      if (use.table === table) {
        for (const key of nameKeys(power)) use.names.add(key);
        return;
      }
      if (nameKeys(power).some((key) => use.names.has(key))) return;
      report({
        messageId: 'nameDiffers',
        at: at(power.source, 'name'),
        value: power.name,
        data: {
          code: power.code,
          table: tableName(table),
          name: displayName(power),
          firstTable: tableName(use.table),
          firstRow: use.first.source.row,
          first: use.first.displayName,
        },
        related: [at(use.first.source, 'name')],
      });
    });
  },
});
