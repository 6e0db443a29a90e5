// Cases for power-corrective-order: A bare corrective order (责令改正) is not listed as a penalty, nor 先行登记保存 as a coercion
// item.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-corrective-order.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (type: ActTypeId, name: string, subItem?: string) => ({
  code: 'X-001',
  name,
  type,
  basisText: '《某法》第一条',
  ...(subItem === undefined ? {} : { subItem }),
});

describe('power-corrective-order', () => {
  it('reports a bare corrective order typed 处罚 and 先行登记保存 typed 强制', () => {
    testRule(rule, {
      valid: [
        { powers: [power('penalty', '对擅自施工的处罚', '责令限期改正，处一万元以上三万元以下罚款')] },
        { powers: [power('penalty', '责令改正，逾期不改正的，责令停产停业')] },
        { powers: [power('other', '责令限期改正')] },
        { powers: [power('penalty', '对违法行为先行登记保存证据的处罚')] }, // not typed 强制
        { powers: [power('coercion', '扣押财物')] },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('penalty', '责令限期改正'),
              power('penalty', '对擅自施工的处罚', '责令改正'),
              power('coercion', '先行登记保存'),
            ],
          },
          findings: [
            { messageId: 'correctiveOrderAsPenalty', row: 2, column: columnOf('powers', 'type') },
            { messageId: 'correctiveOrderAsPenalty', row: 3, column: columnOf('powers', 'type') },
            { messageId: 'preservationAsCoercion', row: 4, column: columnOf('powers', 'type') },
          ],
        },
      ],
    });
  });
});
