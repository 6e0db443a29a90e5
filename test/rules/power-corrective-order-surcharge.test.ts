// Cases for power-corrective-order-surcharge: A late-payment surcharge (加处罚款, 滞纳金) is a means of coercive enforcement,
// never a penalty item.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-corrective-order-surcharge.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (type: ActTypeId, name: string) => ({ code: 'X-001', name, type, basisText: '《行政处罚法》第七十二条' });

describe('power-corrective-order-surcharge', () => {
  it('reports 加处罚款 and 滞纳金 typed 行政处罚', () => {
    testRule(rule, {
      valid: [
        { powers: [power('coercion', '对逾期不缴纳罚款的加处罚款')] },
        { powers: [power('levy', '加收滞纳金')] },
        { powers: [power('penalty', '对逾期不缴纳罚款的处罚')] },
      ],
      invalid: [
        {
          tables: { powers: [power('penalty', '对到期不缴纳罚款的加处罚款'), power('penalty', '加收滞纳金')] },
          findings: [
            { messageId: 'surchargeAsPenalty', row: 2, column: columnOf('powers', 'type') },
            { messageId: 'surchargeAsPenalty', row: 3, column: columnOf('powers', 'type') },
          ],
        },
      ],
    });
  });
});
