// Cases for power-basis-outdated: A power cites the version of each basis in force on the reference date (not amended,
// partly invalid or not yet effective).

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-basis-outdated.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

// testSettings fixes the reference date at 2026-01-01.
const power = (basisText: string, code = 'CF-001') => ({ code, name: '对违法排污的处罚', type: 'penalty' as const, basisText });
const bases = [
  { title: '中华人民共和国环境保护法', level: 'law' as const, status: 'in_force' as const, effective: '2015-01-01' },
  { title: '中华人民共和国大气污染防治法', level: 'law' as const, status: 'amended' as const },
  { title: '某省环境保护条例', level: 'local_regulation' as const, status: 'partly_invalid' as const },
  { title: '某省生态环境保护条例', level: 'local_regulation' as const, status: 'not_yet_effective' as const, effective: '2026-03-01' },
  { title: '某市扬尘污染防治条例', level: 'local_regulation' as const, status: 'in_force' as const, effective: '2026-07-01' },
  { title: '某市噪声污染防治条例', level: 'local_regulation' as const, status: 'not_yet_effective' as const },
  { title: '某市废气管理办法', level: 'local_government_rule' as const, status: 'repealed' as const },
];

describe('power-basis-outdated', () => {
  it('reports amended, partly invalid and not-yet-effective bases', () => {
    testRule(rule, {
      valid: [
        { bases, powers: [power('《环境保护法》第五十九条')] },
        // Repealed bases are power-basis-repealed's concern.
        { bases, powers: [power('《某市废气管理办法》第三条')] },
        // 尚未生效 whose date has passed: the stale status is basis-status-effective-date's concern.
        {
          bases: [{ title: '某省生态环境保护条例', level: 'local_regulation', status: 'not_yet_effective', effective: '2025-03-01' }],
          powers: [power('《某省生态环境保护条例》第十条')],
        },
        // Takes effect on the reference date itself: in force that day.
        {
          bases: [{ title: '某省生态环境保护条例', level: 'local_regulation', status: 'in_force', effective: '2026-01-01' }],
          powers: [power('《某省生态环境保护条例》第十条')],
        },
      ],
      invalid: [
        {
          tables: {
            bases,
            powers: [
              power('《大气污染防治法》第九十九条', 'CF-001'),
              power('《某省环境保护条例》第三十条', 'CF-002'),
              power('《某省生态环境保护条例》第十条', 'CF-003'),
              power('《某市扬尘污染防治条例》第八条', 'CF-004'),
              power('《某市噪声污染防治条例》第八条', 'CF-005'),
            ],
          },
          findings: [
            { messageId: 'amended', row: 2, column: columnOf('powers', 'basisText') },
            { messageId: 'partlyInvalid', row: 3, column: columnOf('powers', 'basisText') },
            { messageId: 'notYetEffective', row: 4, column: columnOf('powers', 'basisText') },
            { messageId: 'notYetEffective', row: 5, column: columnOf('powers', 'basisText') },
            { messageId: 'notYetEffectiveUndated', row: 6, column: columnOf('powers', 'basisText') },
          ],
        },
      ],
    });
  });
});
