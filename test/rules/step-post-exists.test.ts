// Cases for step-post-exists: The post a step names is in the posts table (by post id or name).

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-post-exists.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const posts = [
  { id: 'G01', name: '窗口受理岗', unit: '审批科' },
  { id: 'G02', name: '审查岗', unit: '审批科' },
];
const step = (stepId: string, post?: string) => ({ powerCode: 'XK-001', stepId, name: stepId, ...(post ? { post } : {}) });

describe('step-post-exists', () => {
  it('accepts posts by id, by name or several in one cell, and reports unknown posts', () => {
    testRule(rule, {
      valid: [
        { posts, steps: [step('S1', 'G01'), step('S2', '审查岗'), step('S3', 'G01、G02'), step('S4')] },
        { steps: [step('S1', 'G99')] },
      ],
      invalid: [
        {
          tables: { posts, steps: [step('S1', 'G01'), step('S2', 'G02、G09')] },
          findings: [{ messageId: 'unknown', row: 3, column: columnOf('steps', 'post'), value: 'G09' }],
        },
      ],
    });
  });
});
