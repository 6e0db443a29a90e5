// Cases for step-post-missing: Every procedure step names the post that carries it out (a flowchart's end marker
// excepted).

import { describe, it } from 'vitest';
import rule from '../../src/rules/step-post-missing.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const step = (stepId: string, name: string, post?: string, next: string[] = []) => ({
  powerCode: 'XK-001', stepId, name, next, ...(post === undefined ? {} : { post }),
});

describe('step-post-missing', () => {
  it('accepts steps with a post and a flowchart end marker without one, and reports other steps without', () => {
    testRule(rule, {
      valid: [{ steps: [step('S1', '受理', 'G01', ['S2']), step('S2', '办结')] }],
      invalid: [
        {
          tables: { steps: [step('S1', '受理', 'G01', ['S2']), step('S2', '审查', ' ', ['S3']), step('S3', '归档')] },
          findings: [
            { messageId: 'missing', row: 3, column: columnOf('steps', 'post') },
            { messageId: 'missing', row: 4, column: columnOf('steps', 'post') },
          ],
        },
      ],
    });
  });
});
