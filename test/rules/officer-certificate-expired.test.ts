// Cases for officer-certificate-expired: Enforcement certificates are valid on the reference date.

import { describe, it } from 'vitest';
import rule from '../../src/rules/officer-certificate-expired.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const officer = (name: string, certificateExpiry?: string) => ({
  name, unit: '执法支队', certificateNo: `C-${name}`, ...(certificateExpiry ? { certificateExpiry } : {}),
});

describe('officer-certificate-expired', () => {
  it('accepts certificates valid on the reference date (2026-01-01) and reports expired ones', () => {
    testRule(rule, {
      valid: [{ officers: [officer('张三', '2026-01-01'), officer('李四', '2028-12-31'), officer('王五')] }],
      invalid: [
        {
          tables: { officers: [officer('张三', '2025-12-31'), officer('李四', '2027-01-01')] },
          findings: [{ messageId: 'expired', row: 2, column: columnOf('officers', 'certificateExpiry'), value: '2025-12-31' }],
        },
      ],
    });
  });
});
