// Cases for officer-certificate-expiring: Enforcement certificates about to expire (within 90 days by default,
// thresholds.certificateExpiringDays) are flagged for renewal.

import { describe, it } from 'vitest';
import rule from '../../src/rules/officer-certificate-expiring.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const officer = (name: string, certificateExpiry?: string) => ({
  name, unit: '执法支队', certificateNo: `C-${name}`, ...(certificateExpiry ? { certificateExpiry } : {}),
});

describe('officer-certificate-expiring', () => {
  it('reports certificates expiring within 90 days of the reference date (2026-01-01), not expired or later ones', () => {
    testRule(rule, {
      valid: [{ officers: [officer('张三', '2025-12-31'), officer('李四', '2026-04-02'), officer('王五')] }],
      invalid: [
        {
          tables: { officers: [officer('张三', '2026-01-01'), officer('李四', '2026-04-01'), officer('王五', '2026-04-02')] },
          findings: [
            { messageId: 'expiring', row: 2, column: columnOf('officers', 'certificateExpiry'), value: '2026-01-01' },
            { messageId: 'expiring', row: 3, column: columnOf('officers', 'certificateExpiry'), value: '2026-04-01' },
          ],
        },
      ],
    });
  });
});
