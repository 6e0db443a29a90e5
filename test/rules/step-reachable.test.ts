// Cases for step-reachable: Every step of a procedure can be reached from its first step.

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-reachable.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (stepId: string, next: string[] = [], powerCode = 'XK-001') => ({ powerCode, stepId, name: stepId, next });

describe('step-reachable', () => {
  it('accepts a connected flow with branches and reports extra entry steps and what only they reach', () => {
    testRule(rule, {
      valid: [
        { steps: [step('S1', ['S2', 'S3']), step('S2', ['S4']), step('S3'), step('S4')] },
        // The first step need not come first in the table.
        { steps: [step('S2', ['S3']), step('S1', ['S2']), step('S3')] },
      ],
      invalid: [
        {
          tables: { steps: [step('S1', ['S2']), step('S2'), step('S3', ['S4']), step('S4'), step('T1', [], 'XK-002')] },
          findings: [
            { messageId: 'extraEntry', row: 4, column: columnOf('steps', 'stepId'), value: 'S3' },
            { messageId: 'unreachable', row: 5, column: columnOf('steps', 'stepId'), value: 'S4' },
          ],
        },
        {
          // A loop nothing leads into cannot be reached.
          tables: { steps: [step('S1', ['S2']), step('S2'), step('S3', ['S4']), step('S4', ['S3'])] },
          findings: [
            { messageId: 'unreachable', row: 4, value: 'S3' },
            { messageId: 'unreachable', row: 5, value: 'S4' },
          ],
        },
      ],
    });
  });
});
