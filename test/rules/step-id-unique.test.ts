// Cases for step-id-unique: Step ids are unique within one power.

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-id-unique.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (powerCode: string, stepId: string, name = '审查') => ({ powerCode, stepId, name });

describe('step-id-unique', () => {
  it('allows the same id in different powers and reports a repeat within one power', () => {
    testRule(rule, {
      valid: [{ steps: [step('XK-001', 'S1'), step('XK-001', 'S2'), step('XK-002', 'S1')] }],
      invalid: [
        {
          tables: { steps: [step('XK-001', 'S1'), step('XK-001', 'S2'), step('XK-001', 's1 ', '决定')] },
          findings: [{ messageId: 'duplicate', row: 4, column: columnOf('steps', 'stepId'), value: 's1 ' }],
        },
      ],
    });
  });
});
