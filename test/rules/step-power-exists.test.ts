// Cases for step-power-exists: Every procedure step names a power code that is in the powers table.

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-power-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const powers = [{ code: 'XK-001', name: '甲许可', type: 'licensing' as const, basisText: '《行政许可法》第十二条' }];
const step = (powerCode: string, stepId: string) => ({ powerCode, stepId, name: '受理' });

describe('step-power-exists', () => {
  it('accepts steps of known powers (ignoring width and case) and reports unknown codes', () => {
    testRule(rule, {
      valid: [{ powers, steps: [step('XK-001', 'S1'), step('ｘｋ-001', 'S2')] }, { steps: [step('XK-999', 'S1')] }],
      invalid: [
        {
          tables: { powers, steps: [step('XK-001', 'S1'), step('XK-002', 'S1')] },
          findings: [{ messageId: 'unknown', row: 3, column: columnOf('steps', 'powerCode'), value: 'XK-002' }],
        },
      ],
    });
  });
});
