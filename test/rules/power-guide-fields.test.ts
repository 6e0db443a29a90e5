// Cases for power-guide-fields: Application-driven powers state the service-guide fields: conditions, statutory and
// promised time limits, remedy and supervision.

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/power-guide-fields.js';
import type { ActTypeId } from '../../src/model/act-types.js';
import type { PowerRow } from '../../src/model/types.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

const guide = {
  conditions: '具备相应资质',
  statutoryLimit: '20个工作日',
  promisedLimit: '5个工作日',
  remedy: '行政复议（60日内）、行政诉讼（6个月内）',
  supervision: '12345',
};
const power = (type: ActTypeId, name: string, extra: Partial<PowerRow> = {}) => ({
  code: 'X-001',
  name,
  type,
  basisText: '《某法》第一条',
  ...extra,
});

describe('power-guide-fields', () => {
  it('reports application-driven powers missing guide fields, one finding each', () => {
    testRule(rule, {
      valid: [
        { powers: [power('licensing', '施工许可', guide)] },
        { powers: [power('penalty', '对无证经营的处罚')] }, // not on application
        { powers: [power('inspection', '监督检查')] },
        { powers: [power('other', '行政指导')] },
      ],
      invalid: [
        {
          tables: {
            powers: [
              power('licensing', '施工许可', { ...guide, promisedLimit: undefined, remedy: '无' }),
              power('other', '某某备案'),
              power('other', '初审转报', { forwardReview: true, ...guide, supervision: '' }),
            ],
          },
          findings: [
            { messageId: 'missingFields', row: 2, column: columnOf('powers', 'promisedLimit') },
            { messageId: 'missingFields', row: 3, column: columnOf('powers', 'conditions') },
            { messageId: 'missingFields', row: 4, column: columnOf('powers', 'supervision') },
          ],
        },
      ],
    });
  });

  it('lists the missing fields by their column labels', () => {
    const [problem] = problemsOf(rule, { powers: [power('licensing', '施工许可', { ...guide, promisedLimit: undefined, remedy: '无' })] });
    expect(problem?.data).toMatchObject({ fieldsZh: '承诺时限、救济渠道', fieldsEn: 'promised time limit, remedy' });
  });
});
