// Every power states its 责任事项: the list pairs each power with the duties that come with it (权责一致).

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName, isBlank } from './support/power-text.js';

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
      missing: {
        zh: '事项“{{power}}”未填写责任事项',
        en: 'Power "{{power}}" states no responsibilities (责任事项)',
      },
    },
    hints: {
      missing: {
        zh: '按事项类型逐项写明责任事项，如许可：受理、审查、决定、送达、事后监管等责任',
        en: 'List the responsibilities for the act type, e.g. for a licence: acceptance, review, decision, service, supervision afterwards',
      },
    },
  },
  check({ inventory, report }) {
    for (const power of inventory.powers) {
      if (!isBlank(power.responsibilities)) continue;
      report({
        messageId: 'missing',
        at: at(power.source, 'responsibilities'),
        ...(power.responsibilities === undefined ? {} : { value: power.responsibilities }),
        data: { power: displayName(power) },
      });
    }
  },
});
