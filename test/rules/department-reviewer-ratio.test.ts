// Cases for department-reviewer-ratio: Legal reviewers make up at least the configured share of the department's
// enforcement officers (5% by default).

import { describe, it } from 'vitest';
import rule from '../../src/rules/department-reviewer-ratio.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule, testSettings } from '../helpers/rule-tester.js';

const officers = (count: number, reviewers: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `人员${i + 1}`, unit: '执法支队', certificateNo: `C${i + 1}`, legalReviewer: i < reviewers }));

describe('department-reviewer-ratio', () => {
  it('needs ceil(5% × officers) reviewers and reports once, at the first officer', () => {
    testRule(rule, {
      valid: [{ officers: officers(20, 1) }, { officers: officers(21, 2) }, { officers: officers(3, 1) }, {}],
      invalid: [
        {
          tables: { officers: officers(21, 1) },
          findings: [{ messageId: 'tooFew', row: 2, column: columnOf('officers', 'legalReviewer') }],
        },
        { tables: { officers: officers(5, 0) }, findings: [{ messageId: 'tooFew', row: 2 }] },
      ],
    });
  });

  it('follows the configured ratio', () => {
    testRule(rule, {
      settings: { ...testSettings, thresholds: { ...testSettings.thresholds, reviewerRatio: 0.1 } },
      valid: [{ officers: officers(20, 2) }],
      invalid: [{ tables: { officers: officers(20, 1) }, findings: [{ messageId: 'tooFew', row: 2 }] }],
    });
  });
});
