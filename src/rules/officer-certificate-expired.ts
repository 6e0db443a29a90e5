// An expired certificate no longer authorises enforcement; the list must not show its holder as an officer.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';

export default defineRule({
  meta: {
    id: 'officer-certificate-expired',
    description: {
      zh: '执法证件须在有效期内（以检查基准日为准）',
      en: 'Enforcement certificates are valid on the reference date',
    },
    severity: 'error',
    docs: 'docs/rules/officer-certificate-expired.md',
    messages: {
      expired: {
        zh: '执法人员“{{name}}”的执法证件（{{certificate}}）已于 {{expiry}} 到期',
        en: 'The enforcement certificate ({{certificate}}) of officer "{{name}}" expired on {{expiry}}',
      },
    },
    hints: {
      expired: {
        zh: '办理证件换发并更新有效期；换证前该人员不得从事执法活动，应从清单中暂时移除',
        en: 'Renew the certificate and update its expiry; until then the officer may not enforce and should be taken off the list',
      },
    },
  },
  check({ inventory, settings, report }) {
    for (const officer of inventory.officers) {
      const expiry = officer.certificateExpiry;
      // ISO dates compare as strings; a certificate is valid through its 有效期至 day.
      if (expiry === undefined || expiry >= settings.referenceDate) continue;
      report({
        messageId: 'expired',
        at: at(officer.source, 'certificateExpiry'),
        value: expiry,
        data: { name: officer.name, certificate: officer.certificateNo ?? '—', expiry },
      });
    }
  },
});
