// Every power states its 责任事项: the list pairs each power with the duties that come with it (权责一致).

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { headerAt, tablesWithout } from './support/column-presence.js';
import { displayName, isBlank } from '../law/power-text.js';

export default defineRule({
  meta: {
    id: 'power-responsibility-missing',
    description: {
      zh: '每个执法事项须填写责任事项',
      en: 'Every power states its responsibilities (责任事项)',
    },
    severity: 'warning',
    docs: 'docs/rules/power-responsibility-missing.md',
    messages: {
      noColumn: {
        zh: '执法事项表没有“责任事项”列，{{count}} 个事项均未写明责任事项',
        en: 'The powers table has no 责任事项 (responsibilities) column: none of its {{count}} powers states its responsibilities',
      },
      missing: {
        zh: '事项“{{power}}”未填写责任事项',
        en: 'Power "{{power}}" states no responsibilities (责任事项)',
      },
    },
    hints: {
      noColumn: {
        zh: '增加“责任事项”列，按事项类型逐项写明受理、审查、决定、送达、事后监管等责任',
        en: 'Add a 责任事项 column and list each power\'s responsibilities for its act type',
      },
      missing: {
        zh: '按事项类型逐项写明责任事项，如许可：受理、审查、决定、送达、事后监管等责任',
        en: 'List the responsibilities for the act type, e.g. for a licence: acceptance, review, decision, service, supervision afterwards',
      },
    },
  },
  check({ inventory, report, eachPower, afterPowers }) {
    const without = tablesWithout(inventory.tables, 'powers', 'responsibilities');
    eachPower((power) => {
      if (without.has(power.source.table)) return;
      if (!isBlank(power.responsibilities)) return;
      report({
        messageId: 'missing',
        at: at(power.source, 'responsibilities'),
        ...(power.responsibilities === undefined ? {} : { value: power.responsibilities }),
        data: { power: displayName(power) },
      });
    });
    // After the last power: a streamed table's row count is known only then.
    afterPowers(() => {
      for (const table of without) {
        report({ messageId: 'noColumn', at: headerAt(table, 'responsibilities'), data: { count: table.rowCount } });
      }
    });
  },
});
