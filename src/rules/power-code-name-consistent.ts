// One power keeps one code: the same name and sub-item listed under two codes is one power listed twice.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';
import { displayName } from '../law/power-text.js';

/**
 * Name, 子项 and 实施主体: GB/T 39554.1-2020 gives each implementing body its own implementation code,
 * so one power exercised by two bodies in one inventory may rightly carry two codes.
 */
const identityOf = (power: PowerRecord): readonly [string, string] =>
  [`${keyOf(power.subItem ?? '')}\u0000${keyOf(power.department ?? '')}`, keyOf(power.name)];

export default defineRule({
  meta: {
    id: 'power-code-name-consistent',
    description: {
      zh: '同一事项（名称、子项、实施主体相同）只用一个事项编码',
      en: 'One power (same name, sub-item and department) has one code',
    },
    severity: 'warning',
    docs: 'docs/rules/power-code-name-consistent.md',
    messages: {
      twoCodes: {
        zh: '事项“{{power}}”以编码“{{code}}”重复列出，第 {{firstRow}} 行已用编码“{{firstCode}}”',
        en: 'Power "{{power}}" is listed again under code "{{code}}"; row {{firstRow}} lists it as "{{firstCode}}"',
      },
    },
    hints: {
      twoCodes: {
        zh: '如为同一事项，删除重复行并统一使用一个编码；如确为不同事项，在名称或子项中写明区别',
        en: 'If it is the same power, delete the duplicate row and keep one code; if the two differ, say how in the name or sub-item',
      },
    },
  },
  check({ report, eachPower }) {
    // Sub-item and department (a few distinct pairs) → name key → the first power's code and row, not the record,
    // which may be a streamed one. Nested, not one joined key, so the name key is the name itself (see keyOf),
    // shared with the other rules that keep it, instead of a new string per power.
    const firstByIdentity = new Map<string, Map<string, Pick<PowerRecord, 'code' | 'source'>>>();
    eachPower((power) => {
      if (power.code === undefined || keyOf(power.code) === '') return;
      const [scope, name] = identityOf(power);
      let firstByName = firstByIdentity.get(scope);
      if (firstByName === undefined) {
        firstByName = new Map();
        firstByIdentity.set(scope, firstByName);
      }
      const first = firstByName.get(name);
      if (!first) {
        firstByName.set(name, { code: power.code, source: power.source });
        return;
      }
      // Same code twice is power-code-unique's finding, not this rule's.
      if (keyOf(first.code ?? '') === keyOf(power.code)) return;
      report({
        messageId: 'twoCodes',
        at: at(power.source, 'code'),
        value: power.code,
        data: { power: displayName(power), code: power.code, firstRow: first.source.row, firstCode: first.code ?? '' },
        related: [at(first.source, 'code')],
      });
    });
  },
});
