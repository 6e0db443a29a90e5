// Cases for power-code-name-consistent: One power (same name, sub-item and department) has one code.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-code-name-consistent.js';
import type { PowerRow } from '../../src/model/types.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (code: string, name: string, extra: Partial<PowerRow> = {}) => ({
  code,
  name,
  type: 'penalty' as const,
  basisText: '《某法》第一条',
  ...extra,
});

describe('power-code-name-consistent', () => {
  it('reports one power listed under two codes', () => {
    testRule(rule, {
      valid: [
        { powers: [power('CF-001', '对无证经营的处罚'), power('CF-002', '对超范围经营的处罚')] },
        // sub-items of one main item
        { powers: [power('CF-001', '对无证经营的处罚', { subItem: '个人' }), power('CF-002', '对无证经营的处罚', { subItem: '单位' })] },
        // two implementing bodies may hold two implementation codes
        {
          powers: [
            power('CF-001', '对无证经营的处罚', { department: '市市场监管局' }),
            power('CF-101', '对无证经营的处罚', { department: '市市场监管综合执法支队' }),
          ],
        },
        // the same code twice is power-code-unique's finding
        { powers: [power('CF-001', '对无证经营的处罚'), power('cf-001', '对无证经营的处罚')] },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('CF-001', '对无证经营的处罚'),
              power('CF-002', '对超范围经营的处罚'),
              power('CF-009', '对无证经营 的处罚'),
            ],
          },
          findings: [{ messageId: 'twoCodes', row: 4, column: columnOf('powers', 'code'), value: 'CF-009' }],
        },
      ],
    });
  });
});
