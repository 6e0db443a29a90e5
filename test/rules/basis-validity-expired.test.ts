// Cases for basis-validity-expired: A basis past its 有效期至 has lapsed; a provisional (暂行/试行) normative document with no
// stated validity lapses two years after taking effect.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/basis-validity-expired.js';
import { addYears } from '../../src/rules/support/basis-dates.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

// testSettings fixes the reference date at 2026-01-01.
const doc = (title: string, more: Record<string, string> = {}) => ({
  title,
  level: 'normative_document' as const,
  status: 'in_force' as const,
  ...more,
});

describe('basis-validity-expired', () => {
  it('reports documents past their validity and stale provisional documents', () => {
    testRule(rule, {
      valid: [
        {
          bases: [
            doc('某市城市管理行政执法规定', { validUntil: '2027-06-30' }),
            // Valid through the reference date itself.
            doc('某市市容管理规定', { validUntil: '2026-01-01' }),
            // Repealed or superseded rows may carry a past end date.
            doc('某市户外广告管理规定', { validUntil: '2020-12-31', status: 'repealed' }),
            doc('某市停车管理规定', { validUntil: '2020-12-31', status: 'amended' }),
            // 试行 but within two years, or with a stated validity period.
            doc('某市园林绿化养护管理办法（试行）', { effective: '2024-03-01' }),
            doc('某市古树名木保护暂行办法', { effective: '2019-03-01', validUntil: '2029-02-28' }),
            // 暂行 in a law or rule title is not subject to the normative-document sunset.
            { title: '某省城市绿化暂行条例', level: 'local_regulation', status: 'in_force', effective: '2010-01-01' },
            // No date to judge by.
            doc('某市绿地认养暂行办法'),
          ],
        },
      ],
      invalid: [
        {
          tables: {
            bases: [
              doc('某市城市管理行政执法规定', { validUntil: '2025-06-30' }),
              doc('某市园林绿化养护管理办法（试行）', { effective: '2023-12-31' }),
              doc('某市绿地认养暂行办法', { promulgated: '2020-05-01' }),
              { title: '某省临时许可规定', level: 'local_government_rule', status: 'in_force', validUntil: '2025-12-31' },
            ],
          },
          findings: [
            { messageId: 'expired', row: 2, column: columnOf('bases', 'validUntil'), value: '2025-06-30' },
            { messageId: 'provisionalStale', row: 3, column: columnOf('bases', 'validUntil'), value: '某市园林绿化养护管理办法（试行）' },
            { messageId: 'provisionalStale', row: 4, column: columnOf('bases', 'validUntil'), value: '某市绿地认养暂行办法' },
            { messageId: 'expired', row: 5, column: columnOf('bases', 'validUntil'), value: '2025-12-31' },
          ],
        },
      ],
    });
  });

  it('counts whole calendar years, 29 February included', () => {
    expect(addYears('2023-05-01', 2)).toBe('2025-05-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});
