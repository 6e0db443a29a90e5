// Cases for step-next-exists: Every next-step id is a step of the same power.

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-next-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (powerCode: string, stepId: string, next: string[] = []) => ({ powerCode, stepId, name: stepId, next });

describe('step-next-exists', () => {
  it('accepts next ids of the same power and reports ids of other powers or of no step', () => {
    testRule(rule, {
      valid: [{ steps: [step('XK-001', 'S1', ['S2']), step('XK-001', 'S2')] }],
      invalid: [
        {
          tables: {
            steps: [step('XK-001', 'S1', ['S2', 'S3']), step('XK-001', 'S2'), step('XK-002', 'S3'), step('XK-002', 'S4', ['S9'])],
          },
          findings: [
            { messageId: 'unknown', row: 2, column: columnOf('steps', 'next'), value: 'S3' },
            { messageId: 'unknown', row: 5, column: columnOf('steps', 'next'), value: 'S9' },
          ],
        },
      ],
    });
  });
});
