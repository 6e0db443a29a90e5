// Cases for power-promised-limit: The promised time limit is not longer than the statutory one.

import { describe, it } from 'vitest';
import rule from '../../src/rules/power-promised-limit.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (statutoryLimit: string, promisedLimit: string) => ({
  code: 'XK-001',
  name: '施工许可',
  type: 'licensing' as const,
  basisText: '《建筑法》第七条',
  statutoryLimit,
  promisedLimit,
});

describe('power-promised-limit', () => {
  it('reports a promise longer than the statutory limit, conservatively across units', () => {
    testRule(rule, {
      valid: [
        { powers: [power('20个工作日', '5个工作日')] },
        { powers: [power('二十个工作日', '20个工作日')] },
        { powers: [power('20个工作日', '即办')] },
        { powers: [power('即办', '当场办结')] },
        { powers: [power('20个工作日', '25日')] }, // 25 calendar days may fit in 20 working days
        { powers: [power('3个月', '60日')] },
        { powers: [power('见附件', '30个工作日')] }, // unreadable: nothing to compare
      ],
      invalid: [
        {
          tables: {
            powers: [power('20个工作日', '30个工作日'), power('20日', '二十五个工作日'), power('即办', '3个工作日'), power('20个工作日', '2个月')],
          },
          findings: [
            { messageId: 'longerThanStatutory', row: 2, column: columnOf('powers', 'promisedLimit'), value: '30个工作日' },
            { messageId: 'longerThanStatutory', row: 3, column: columnOf('powers', 'promisedLimit'), value: '二十五个工作日' },
            { messageId: 'longerThanStatutory', row: 4, column: columnOf('powers', 'promisedLimit'), value: '3个工作日' },
            { messageId: 'longerThanStatutory', row: 5, column: columnOf('powers', 'promisedLimit'), value: '2个月' },
          ],
        },
      ],
    });
  });
});
