// 加处罚款 and 滞纳金 enforce a money decision already made; they are never a penalty of their own.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { displayName, nameText } from '../law/power-text.js';

/** 强制法 Art. 12(1): 加处罚款或者滞纳金 are means of 行政强制执行. */
const SURCHARGE = /加处罚款|滞纳金/u;

export default defineRule({
  meta: {
    id: 'power-corrective-order-surcharge',
    description: {
      zh: '加处罚款、滞纳金是行政强制执行方式，不得列为行政处罚事项',
      en: 'A late-payment surcharge (加处罚款, 滞纳金) is a means of coercive enforcement, never a penalty item',
    },
    severity: 'error',
    docs: 'docs/rules/power-corrective-order-surcharge.md',
    messages: {
      surchargeAsPenalty: {
        zh: '事项“{{power}}”列为行政处罚，但{{what}}是行政强制执行方式（行政强制法第十二条、第四十五条，行政处罚法第七十二条），不是处罚种类；事项类型应为行政强制',
        en: 'Power "{{power}}" is typed as a penalty, but a {{whatEn}} is a means of coercive enforcement (强制法 Arts. 12, 45; 处罚法 Art. 72), not a penalty; type it 行政强制',
      },
    },
    hints: {
      surchargeAsPenalty: {
        zh: '将事项类型改为“行政强制”（强制执行），并按催告、决定、执行的流程写明责任事项',
        en: 'Change the type to 行政强制 (enforcement) and state its responsibilities along the demand, decision and execution steps',
      },
    },
  },
  check({ report, eachPower }) {
    eachPower((power) => {
      if (power.type !== 'penalty') return;
      const match = SURCHARGE.exec(nameText(power));
      if (!match) return;
      const surcharge = match[0] === '加处罚款';
      report({
        messageId: 'surchargeAsPenalty',
        at: at(power.source, 'type'),
        data: {
          power: displayName(power),
          what: surcharge ? '加处罚款' : '加收滞纳金',
          whatEn: surcharge ? 'surcharge on an unpaid fine (加处罚款)' : 'late-payment charge (滞纳金)',
        },
      });
    });
  },
});
