// Cases for power-legal-review: Powers whose decisions need legal review (重大执法决定法制审核) are flagged, and their procedure
// has a legal-review step.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-legal-review.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule, testSettings } from '../helpers/rule-tester.js';

const power = (code: string, type: ActTypeId, name: string, legalReview?: boolean) => ({
  code,
  name,
  type,
  basisText: '《某法》第一条',
  ...(legalReview === undefined ? {} : { legalReview }),
});
const step = (powerCode: string, stepId: string, name: string) => ({ powerCode, stepId, name });
const revocation = (legalReview?: boolean) => power('CF-001', 'penalty', '对超范围经营的处罚（吊销许可证）', legalReview);
const fine = power('CF-002', 'penalty', '对未按规定公示信息的处罚');
const seizure = power('QZ-001', 'coercion', '查封违法生产经营场所');

describe('power-legal-review', () => {
  it('national profile: flags Art. 63 heavier penalties by name and checks their steps', () => {
    testRule(rule, {
      valid: [
        { powers: [revocation(true), fine, seizure] },
        {
          powers: [revocation(true)],
          steps: [step('CF-001', 'S1', '立案'), step('CF-001', 'S2', '法制审核'), step('CF-001', 'S3', '决定')],
        },
        // no steps for the power: nothing to check
        { powers: [revocation(true)], steps: [step('CF-009', 'S1', '立案')] },
      ],
      invalid: [
        {
          tables: { powers: [revocation(), revocation(false), power('CF-003', 'penalty', '责令停产停业')] },
          findings: [
            { messageId: 'unflagged', row: 2, column: columnOf('powers', 'legalReview') },
            { messageId: 'unflagged', row: 3, column: columnOf('powers', 'legalReview') },
            { messageId: 'unflagged', row: 4, column: columnOf('powers', 'legalReview') },
          ],
        },
        {
          // flagged by the department itself, but its flow has no review step
          tables: {
            powers: [power('JC-001', 'inspection', '监督检查', true)],
            steps: [step('JC-001', 'S1', '检查'), step('JC-001', 'S2', '处理')],
          },
          findings: [{ messageId: 'noReviewStep', row: 2, column: columnOf('powers', 'code'), value: 'JC-001' }],
        },
      ],
    });
  });

  it('strict profile: every coercion and every penalty', () => {
    testRule(rule, {
      settings: { ...testSettings, profile: 'strict' },
      valid: [{ powers: [power('CF-002', 'penalty', '对未按规定公示信息的处罚', true), power('XK-001', 'licensing', '某许可')] }],
      invalid: [
        {
          tables: {
            powers: [fine, seizure, power('QZ-002', 'coercion', '扣押财物', true)],
            steps: [step('QZ-002', 'S1', '审批'), step('QZ-002', 'S2', '合法性审核'), step('qz-002 ', 'S3', '实施')],
          },
          findings: [
            { messageId: 'unflagged', row: 2 },
            { messageId: 'unflagged', row: 3 },
          ],
        },
        {
          tables: { powers: [seizure], steps: [step('QZ-001', 'S1', '审批'), step('QZ-001', 'S2', '实施')] },
          findings: [
            { messageId: 'unflagged', row: 2 },
            { messageId: 'noReviewStep', row: 2 },
          ],
        },
      ],
    });
  });
});
