// Cases for officer-post-exists: The post an officer holds is in the posts table (by post id or name).

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/build-index.js';
import { runRules } from '../../src/rules/run-rules.js';
import rule from '../../src/rules/officer-post-exists.js';
import { columnOf, inventoryOf } from '../helpers/inventory.js';
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

describe('officer-post-exists and a post row left out for an empty id', () => {
  it('does not report the post a second time: the schema check already reported its row', () => {
    const base = inventoryOf({ posts, officers: [officer('张三', '法制审核岗')] });
    // The posts table had a 法制审核岗 row whose id cell was empty: left out of the model, its name still known.
    const inventory = { ...base, omittedKeys: { powerCodes: [], postNames: ['法制审核岗'] } };
    expect(runRules(inventory, buildIndex(inventory), [rule], { lang: 'zh' })).toEqual([]);
    expect(runRules(base, buildIndex(base), [rule], { lang: 'zh' })).toHaveLength(1);
  });
});
