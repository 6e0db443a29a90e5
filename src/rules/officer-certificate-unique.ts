// A certificate number belongs to one person; the same number twice is a typing error or a shared card.

import { keyOf } from '../model/build-index.js';
import { at } from '../model/location.js';
import type { OfficerRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'officer-certificate-unique',
    description: {
      zh: '执法证件编号不得重复',
      en: 'No enforcement certificate number appears twice',
    },
    severity: 'error',
    docs: 'docs/rules/officer-certificate-unique.md',
    messages: {
      duplicate: {
        zh: '执法证件编号“{{certificate}}”重复，第 {{firstRow}} 行“{{first}}”已使用',
        en: 'Certificate number "{{certificate}}" appears twice; row {{firstRow}} already has it for "{{first}}"',
      },
    },
    hints: {
      duplicate: {
        zh: '核对证件原件更正编号；同一人重复列出的，删除重复行',
        en: 'Check the certificate and correct the number; if the same person is listed twice, delete the duplicate row',
      },
    },
  },
  check({ inventory, report }) {
    const firstByNumber = new Map<string, OfficerRecord>();
    for (const officer of inventory.officers) {
      const number = (officer.certificateNo ?? '').trim();
      // Public lists mask part of the number (3202****0012); masked numbers cannot be compared.
      if (number === '' || /[*＊]/.test(number)) continue;
      const key = keyOf(number);
      const first = firstByNumber.get(key);
      if (!first) {
        firstByNumber.set(key, officer);
        continue;
      }
      report({
        messageId: 'duplicate',
        at: at(officer.source, 'certificateNo'),
        value: number,
        data: { certificate: number, firstRow: first.source.row, first: first.name },
        related: [at(first.source, 'certificateNo')],
      });
    }
  },
});
