// Cases for power-basis-exists: Every law a power cites is listed in the legal-bases table (full or short title).

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-basis-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const bases = [
  { title: '中华人民共和国行政处罚法', level: 'law' as const, status: 'in_force' as const },
  { title: '中华人民共和国大气污染防治法', level: 'law' as const, status: 'in_force' as const },
  { title: '排污许可管理条例', level: 'administrative_regulation' as const, status: 'in_force' as const },
];
const power = (basisText: string) => ({ code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText });

describe('power-basis-exists', () => {
  it('matches full and short titles, and reports titles not in the bases table', () => {
    testRule(rule, {
      valid: [
        { bases, powers: [power('《中华人民共和国大气污染防治法》第九十九条第（一）项')] },
        { bases, powers: [power('《大气污染防治法》第九十九条；《行政处罚法》第二十八条')] },
        { bases, powers: [power('1.《排污许可管理条例》第三十三条')] },
        // Without a bases table there is nothing to compare with.
        { powers: [power('《某某条例》第一条')] },
      ],
      invalid: [
        {
          tables: { bases, powers: [power('《中华人民共和国水污染防治法》第八十三条')] },
          findings: [{ messageId: 'missing', row: 2, column: columnOf('powers', 'basisText') }],
        },
        {
          tables: { bases, powers: [power('依据有关法律规定')] },
          findings: [{ messageId: 'noCitation', row: 2 }],
        },
      ],
    });
  });
});
