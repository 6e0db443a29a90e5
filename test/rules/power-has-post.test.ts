// Cases for power-has-post: When a posts table exists, every power is assigned to at least one post.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-has-post.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (code: string, posts?: string[]) => ({
  code, name: `事项${code}`, type: 'penalty' as const, basisText: '《行政处罚法》第九条', ...(posts ? { posts } : {}),
});
const post = (id: string, powers?: string[]) => ({ id, name: `岗位${id}`, unit: '执法支队', ...(powers ? { powers } : {}) });

describe('power-has-post', () => {
  it('accepts a post named on either side and reports powers with none', () => {
    testRule(rule, {
      valid: [
        { powers: [power('CF-001', ['G01'])], posts: [post('G01')] },
        { powers: [power('CF-001')], posts: [post('G01', ['CF-001'])] },
        // No posts table: the breakdown is not part of this inventory.
        { powers: [power('CF-001')] },
      ],
      invalid: [
        {
          tables: { powers: [power('CF-001', ['G01']), power('CF-002')], posts: [post('G01', ['CF-001'])] },
          findings: [{ messageId: 'noPost', row: 3 }],
        },
      ],
    });
  });
});
