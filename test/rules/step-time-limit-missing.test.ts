// Cases for step-time-limit-missing: Every procedure step states its time limit (end and archiving steps excepted).

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-time-limit-missing.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (stepId: string, name: string, timeLimit?: string, next: string[] = []) => ({
  powerCode: 'XK-001', stepId, name, next, ...(timeLimit === undefined ? {} : { timeLimit }),
});

describe('step-time-limit-missing', () => {
  it('accepts stated limits and end or archiving steps without one, and reports other steps without', () => {
    testRule(rule, {
      valid: [
        { steps: [step('S1', '受理', '当场', ['S2']), step('S2', '决定', '20个工作日', ['S3']), step('S3', '立卷归档')] },
        { steps: [step('S1', '受理', '5个工作日', ['S2']), step('S2', '办结')] },
      ],
      invalid: [
        {
          // An archiving step that still leads somewhere is not an end step.
          tables: { steps: [step('S1', '受理', '', ['S2']), step('S2', '归档', undefined, ['S3']), step('S3', '结束')] },
          findings: [
            { messageId: 'missing', row: 2, column: columnOf('steps', 'timeLimit') },
            { messageId: 'missing', row: 3, column: columnOf('steps', 'timeLimit') },
          ],
        },
      ],
    });
  });
});
