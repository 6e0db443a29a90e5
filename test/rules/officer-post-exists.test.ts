// Cases for officer-post-exists: The post an officer holds is in the posts table (by post id or name).

import { describe, it } from 'vitest';
import rule from '../../src/rules/officer-post-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const posts = [{ id: 'G01', name: '案件调查岗', unit: '执法支队' }];
const officer = (name: string, post?: string) => ({ name, unit: '执法支队', certificateNo: `C-${name}`, ...(post ? { post } : {}) });

describe('officer-post-exists', () => {
  it('accepts posts by id or name and reports unknown ones', () => {
    testRule(rule, {
      valid: [{ posts, officers: [officer('张三', 'G01'), officer('李四', '案件调查岗'), officer('王五')] }, { officers: [officer('张三', 'G09')] }],
      invalid: [
        {
          tables: { posts, officers: [officer('张三', 'G01'), officer('李四', 'G01、G09')] },
          findings: [{ messageId: 'unknown', row: 3, column: columnOf('officers', 'post'), value: 'G09' }],
        },
      ],
    });
  });
});
