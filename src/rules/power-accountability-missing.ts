// Every power states its 追责情形: without them the responsibility list names duties no one answers for.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { headerAt, tablesWithout } from './support/column-presence.js';
import { displayName, isBlank } from '../law/power-text.js';

export default defineRule({
  meta: {
    id: 'power-accountability-missing',
    description: {
      zh: '每个执法事项须填写追责情形',
      en: 'Every power states the cases of accountability (追责情形)',
    },
    severity: 'warning',
    docs: 'docs/rules/power-accountability-missing.md',
    messages: {
      noColumn: {
        zh: '执法事项表没有“追责情形”列，{{count}} 个事项均未写明追责情形',
        en: 'The powers table has no 追责情形 (accountability) column: none of its {{count}} powers states when staff are held to account',
      },
      missing: {
        zh: '事项“{{power}}”未填写追责情形',
        en: 'Power "{{power}}" states no cases of accountability (追责情形)',
      },
    },
    hints: {
      noColumn: {
        zh: '增加“追责情形”列，写明不履行或不正确履行职责应当追责的情形',
        en: 'Add a 追责情形 column stating when failing or improper performance is held to account',
      },
      missing: {
        zh: '写明因不履行或不正确履行职责应当追责的情形，如：对符合条件的申请不予受理的；未按法定程序实施的；滥用职权、玩忽职守的',
        en: 'State when failing to perform or performing the duty improperly leads to accountability, e.g. refusing a conforming application, breaching the statutory procedure, abuse of power or dereliction',
      },
    },
  },
  check({ inventory, report, eachPower, afterPowers }) {
    const without = tablesWithout(inventory.tables, 'powers', 'accountability');
    eachPower((power) => {
      if (without.has(power.source.table)) return;
      if (!isBlank(power.accountability)) return;
      report({
        messageId: 'missing',
        at: at(power.source, 'accountability'),
        ...(power.accountability === undefined ? {} : { value: power.accountability }),
        data: { power: displayName(power) },
      });
    });
    // After the last power: a streamed table's row count is known only then.
    afterPowers(() => {
      for (const table of without) {
        report({ messageId: 'noColumn', at: headerAt(table, 'accountability'), data: { count: table.rowCount } });
      }
    });
  },
});
