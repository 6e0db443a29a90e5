// Cases for post-power-exists: Every power code a post lists is in the powers table.

import { describe, it } from 'vitest';
import rule from '../../src/rules/post-power-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const powers = [{ code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText: '《行政处罚法》第九条' }];
const post = (codes: string[]) => ({ id: 'G01', name: '案件调查岗', unit: '执法支队', powers: codes });

describe('post-power-exists', () => {
  it('reports power codes no power has', () => {
    testRule(rule, {
      valid: [{ powers, posts: [post(['CF-001'])] }, { powers, posts: [post(['ＣＦ-001'])] }],
      invalid: [
        {
          tables: { powers, posts: [post(['CF-001', 'CF-404'])] },
          findings: [{ messageId: 'unknown', row: 2, column: columnOf('posts', 'powers'), value: 'CF-404' }],
        },
      ],
    });
  });
});
