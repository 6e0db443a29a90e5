// Cases for basis-title-unique: Each law is listed once in the legal-bases table.

import { describe, it } from 'vitest';
import rule from '../../src/rules/basis-title-unique.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const basis = (title: string) => ({ title, level: 'law' as const, status: 'in_force' as const });

describe('basis-title-unique', () => {
  it('reports a law listed twice, also under its short title', () => {
    testRule(rule, {
      valid: [{ bases: [basis('中华人民共和国行政处罚法'), basis('中华人民共和国行政许可法')] }],
      invalid: [
        {
          tables: { bases: [basis('中华人民共和国行政处罚法'), basis('中华人民共和国行政许可法'), basis('行政处罚法')] },
          findings: [{ messageId: 'duplicate', row: 4, column: columnOf('bases', 'title') }],
        },
      ],
    });
  });
});
