// A certificate that lapses soon needs renewing now, before its holder drops out of a two-officer team.

import { at } from '../model/location.js';
import { defineRule } from './define-rule.js';
import { addDays, isIsoDate } from './support/basis-dates.js';

export default defineRule({
  meta: {
    id: 'officer-certificate-expiring',
    description: {
      zh: '执法证件即将到期的（默认 90 日内，thresholds.certificateExpiringDays），提示及时换证',
      en: 'Enforcement certificates about to expire (within 90 days by default, thresholds.certificateExpiringDays) are flagged for renewal',
    },
    severity: 'info',
    docs: 'docs/rules/officer-certificate-expiring.md',
    messages: {
      expiring: {
        zh: '执法人员“{{name}}”的执法证件（{{certificate}}）将于 {{expiry}} 到期（{{days}} 日内）',
        en: 'The enforcement certificate ({{certificate}}) of officer "{{name}}" expires on {{expiry}} (within {{days}} days)',
      },
    },
    hints: {
      expiring: {
        zh: '尽早申请换发执法证件',
        en: 'Apply for the certificate\'s renewal now',
      },
    },
  },
  check({ inventory, settings, report }) {
    const today = settings.referenceDate;
    if (!isIsoDate(today)) return;
    const horizon = addDays(today, settings.thresholds.certificateExpiringDays);
    for (const officer of inventory.officers) {
      const expiry = officer.certificateExpiry;
      if (expiry === undefined || expiry < today || expiry > horizon) continue;
      report({
        messageId: 'expiring',
        at: at(officer.source, 'certificateExpiry'),
        value: expiry,
        data: { name: officer.name, certificate: officer.certificateNo ?? '—', expiry, days: settings.thresholds.certificateExpiringDays },
      });
    }
  },
});
