// Cases for post-officers-minimum: A post holding enforcement powers has at least the configured number (2 by default)
// of officers with valid certificates.

import { describe, it } from 'vitest';
import rule from '../../src/rules/post-officers-minimum.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule, testSettings } from '../helpers/rule-tester.js';

const powers = [{ code: 'CF-001', name: '对甲的处罚', type: 'penalty' as const, basisText: '《行政处罚法》第九条', posts: ['G01'] }];
const posts = [
  { id: 'G01', name: '案件调查岗', unit: '执法支队' },
  { id: 'G02', name: '案件审核岗', unit: '法制科', powers: ['CF-001'] },
  { id: 'G03', name: '综合岗', unit: '办公室' },
];
const officer = (name: string, post: string | undefined, extra: { certificateNo?: string; certificateExpiry?: string } = { certificateNo: `C-${name}` }) => ({
  name, unit: '执法支队', ...(post ? { post } : {}), ...extra,
});
const staffed = [officer('张三', 'G01'), officer('李四', '案件调查岗'), officer('王五', 'G02、G01'), officer('赵六', 'G02')];

describe('post-officers-minimum', () => {
  it('needs two certified, unexpired officers on each post holding powers', () => {
    testRule(rule, {
      valid: [
        { powers, posts, officers: staffed },
        // Officers name no posts: nothing to count.
        { powers, posts, officers: [officer('张三', undefined)] },
        // No posts table: posts named by powers are counted by reference.
        { powers, officers: [officer('张三', 'G01'), officer('李四', 'g01')] },
      ],
      invalid: [
        {
          tables: {
            powers,
            posts,
            officers: [
              officer('张三', 'G01'),
              officer('李四', 'G01', { certificateNo: 'C-2', certificateExpiry: '2025-06-30' }),
              officer('王五', 'G01', {}),
              officer('赵六', 'G02'),
              officer('钱七', 'G02'),
            ],
          },
          findings: [{ messageId: 'tooFew', row: 2, column: columnOf('posts', 'id') }],
        },
        { tables: { powers, officers: [officer('张三', 'G01')] }, findings: [{ messageId: 'tooFew', row: 2, column: columnOf('powers', 'posts') }] },
      ],
    });
  });

  it('follows the configured minimum', () => {
    testRule(rule, {
      settings: { ...testSettings, thresholds: { ...testSettings.thresholds, officersPerPost: 3 } },
      valid: [{ powers, posts, officers: [...staffed, officer('钱七', 'G01'), officer('孙八', 'G02')] }],
      invalid: [{ tables: { powers, posts, officers: [officer('张三', 'G01'), ...staffed.slice(2)] }, findings: [{ messageId: 'tooFew', row: 2 }, { messageId: 'tooFew', row: 3 }] }],
    });
  });
});
