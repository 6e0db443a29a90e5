import { describe, it } from 'vitest';
import rule from '../../src/rules/power-code-unique.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (code: string, name: string, subItem?: string) => ({
  code, name, type: 'penalty' as const, basisText: '《中华人民共和国行政处罚法》第九条', ...(subItem ? { subItem } : {}),
});

describe('power-code-unique', () => {
  it('reports the second use of a code and accepts sub-items of one main item', () => {
    testRule(rule, {
      valid: [
        { powers: [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚')] },
        { powers: [power('CF-001', '对甲的处罚', '子项一'), power('CF-001', '对甲的处罚', '子项二')] },
      ],
      invalid: [
        {
          tables: { powers: [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚'), power('cf-001 ', '对丙的处罚')] },
          findings: [{ messageId: 'duplicate', row: 4, column: columnOf('powers', 'code'), value: 'cf-001 ' }],
        },
      ],
    });
  });
});
