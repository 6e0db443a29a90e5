// A law listed twice in the bases table makes counts wrong and leaves two rows to keep in step.

import { at } from '../model/location.js';
import type { BasisRecord } from '../model/types.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'basis-title-unique',
    description: {
      zh: '同一法律法规在执法依据表中只列一次',
      en: 'Each law is listed once in the legal-bases table',
    },
    severity: 'warning',
    docs: 'docs/rules/basis-title-unique.md',
    messages: {
      duplicate: {
        zh: '《{{title}}》在执法依据表中重复，第 {{firstRow}} 行已列出',
        en: '《{{title}}》 is listed twice in the legal-bases table; row {{firstRow}} already lists it',
      },
    },
    hints: {
      duplicate: {
        zh: '删除重复行；如两行是不同版本，只保留现行有效的版本',
        en: 'Delete the duplicate row; if the rows are different versions, keep only the one in force',
      },
    },
  },
  check({ inventory, index, report }) {
    const firstAt = new Map<number, BasisRecord>();
    inventory.bases.forEach((basis, position) => {
      // The title index maps full and short titles of one law to the position of its first row.
      const canonical = index.basisTitles.lookup(basis.title);
      if (canonical === undefined || canonical === position) return;
      const first = inventory.bases[canonical];
      if (!first || firstAt.has(position)) return;
      firstAt.set(position, first);
      report({
        messageId: 'duplicate',
        at: at(basis.source, 'title'),
        value: basis.title,
        data: { title: basis.title, firstRow: first.source.row },
        related: [at(first.source, 'title')],
      });
    });
  },
});
