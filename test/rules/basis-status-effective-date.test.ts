// Cases for basis-status-effective-date: A basis marked in force has taken effect, and one marked not yet effective has
// not, on the reference date.

import { describe, it } from 'vitest';
import rule from '../../src/rules/basis-status-effective-date.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

// testSettings fixes the reference date at 2026-01-01.
describe('basis-status-effective-date', () => {
  it('reports a status that disagrees with the effective date', () => {
    testRule(rule, {
      valid: [
        {
          bases: [
            { title: '中华人民共和国行政处罚法', level: 'law', status: 'in_force', effective: '2021-07-15' },
            { title: '某省生态环境保护条例', level: 'local_regulation', status: 'not_yet_effective', effective: '2026-03-01' },
            // Effective on the reference date itself: in force that day.
            { title: '某市扬尘污染防治条例', level: 'local_regulation', status: 'in_force', effective: '2026-01-01' },
            // No date, or a superseded version: nothing to compare.
            { title: '某市噪声污染防治条例', level: 'local_regulation', status: 'in_force' },
            { title: '中华人民共和国大气污染防治法', level: 'law', status: 'amended', effective: '2016-01-01' },
          ],
        },
      ],
      invalid: [
        {
          tables: {
            bases: [
              { title: '某省生态环境保护条例', level: 'local_regulation', status: 'in_force', effective: '2026-03-01' },
              { title: '某市扬尘污染防治条例', level: 'local_regulation', status: 'not_yet_effective', effective: '2026-01-01' },
            ],
          },
          findings: [
            { messageId: 'inForceTooEarly', row: 2, column: columnOf('bases', 'status'), value: '2026-03-01' },
            { messageId: 'notYetEffectivePassed', row: 3, column: columnOf('bases', 'status'), value: '2026-01-01' },
          ],
        },
      ],
    });
  });
});
