// Only certified officers may enforce (处罚法 Art. 42); a listed officer without a certificate number cannot.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'officer-certificate-missing',
    description: {
      zh: '执法人员清单中的每个人都应有执法证件编号',
      en: 'Every person on the officers list has an enforcement certificate number',
    },
    severity: 'error',
    docs: 'docs/rules/officer-certificate-missing.md',
    messages: {
      missing: {
        zh: '执法人员“{{name}}”未填写执法证件编号',
        en: 'Officer "{{name}}" has no enforcement certificate number',
      },
    },
    hints: {
      missing: {
        zh: '填写执法证件编号；未取得执法证件的人员（含辅助人员）不得列入执法人员清单',
        en: 'Fill in the certificate number; people without a certificate (auxiliary staff included) do not belong on the officers list',
      },
    },
  },
  check({ inventory, report }) {
    for (const officer of inventory.officers) {
      if ((officer.certificateNo ?? '').trim() !== '') continue;
      report({ messageId: 'missing', at: at(officer.source, 'certificateNo'), data: { name: officer.name } });
    }
  },
});
