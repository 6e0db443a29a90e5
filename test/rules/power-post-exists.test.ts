// Cases for power-post-exists: Every post a power names is in the posts table (by post id or name).

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-post-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (posts: string[]) => ({ code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText: '《行政处罚法》第九条', posts });
const posts = [{ id: 'G01', name: '案件调查岗', unit: '执法支队' }];

describe('power-post-exists', () => {
  it('accepts posts by id or name and reports unknown ones', () => {
    testRule(rule, {
      valid: [{ powers: [power(['G01'])], posts }, { powers: [power(['案件调查岗'])], posts }],
      invalid: [
        {
          tables: { powers: [power(['G01', 'G09'])], posts },
          findings: [{ messageId: 'unknown', row: 2, column: columnOf('powers', 'posts'), value: 'G09' }],
        },
      ],
    });
  });
});
