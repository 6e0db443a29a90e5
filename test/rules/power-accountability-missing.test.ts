import { describe, it } from 'vitest';
import rule from '../../src/rules/power-accountability-missing.js';
import { columnOf } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (accountability?: string) => ({
  code: 'CF-001',
  name: '对未取得排污许可证排放污染物的处罚',
  type: 'penalty' as const,
  basisText: '《排污许可管理条例》第三十三条',
  ...(accountability === undefined ? {} : { accountability }),
});

describe('power-accountability-missing', () => {
  it('reports powers with no or a filler 追责情形', () => {
    testRule(rule, {
      valid: [{ powers: [power('没有法律或者事实依据实施行政处罚的；违反法定程序的；滥用职权、玩忽职守的')] }],
      invalid: [
        {
          tables: { powers: [power(), power('暂无')] },
          findings: [
            { messageId: 'missing', row: 2, column: columnOf('powers', 'accountability') },
            { messageId: 'missing', row: 3, column: columnOf('powers', 'accountability') },
          ],
        },
      ],
    });
  });
});
