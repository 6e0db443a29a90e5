// Cases for power-stale-figure: A power's remedy, conditions, responsibilities and note use no superseded statutory
// figure (simple procedure 50/1,000 yuan, three months to sue).

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-stale-figure.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (extra: { remedy?: string; conditions?: string; responsibilities?: string; note?: string }) => ({
  code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText: '《行政处罚法》第九条', ...extra,
});

describe('power-stale-figure', () => {
  it('accepts current figures and reports stale ones in remedy and responsibility texts', () => {
    testRule(rule, {
      valid: [
        { powers: [power({ remedy: '自知道之日起六十日内申请行政复议，或者六个月内提起行政诉讼' })] },
        { powers: [power({ responsibilities: '对公民二百元以下、对法人三千元以下罚款的，可以当场作出处罚决定' })] },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power({ remedy: '可在60日内申请行政复议，或在3个月内提起行政诉讼' }),
              power({ responsibilities: '决定责任：对公民处以50元以下、对法人处以1000元以下罚款的当场处罚' }),
            ],
          },
          findings: [
            { messageId: 'suePeriod', row: 2, column: columnOf('powers', 'remedy'), value: '3个月内提起行政诉讼' },
            { messageId: 'simpleProcedure', row: 3, column: columnOf('powers', 'responsibilities'), value: '50元以下、对法人处以1000元' },
          ],
        },
      ],
    });
  });
});
