// Cases for post-unit-exists: A post's unit is one of the units named in the powers table.

import { describe, it } from 'vitest';
import rule from '../../src/rules/post-unit-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const powers = [{ code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText: '《行政处罚法》第九条', unit: '环境执法支队' }];
const post = (unit: string) => ({ id: 'G01', name: '案件调查岗', unit });

describe('post-unit-exists', () => {
  it('reports a unit no power names', () => {
    testRule(rule, {
      valid: [{ powers, posts: [post('环境执法支队')] }, { powers: [{ ...powers[0]!, unit: undefined }], posts: [post('任意科室')] }],
      invalid: [
        {
          tables: { powers, posts: [post('执法支队')] },
          findings: [{ messageId: 'unknown', row: 2, column: columnOf('posts', 'unit'), value: '执法支队' }],
        },
      ],
    });
  });
});
