// Cases for power-accountability-missing: Every power states the cases of accountability (追责情形).

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/build-index.js';
import { runRules } from '../../src/rules/run-rules.js';
import rule from '../../src/rules/power-accountability-missing.js';
import { columnOf, inventoryOf, withoutColumns } from '../helpers/inventory.js';
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

describe('power-accountability-missing without the column', () => {
  it('reports a missing column once, at the header row, not once per power', () => {
    const field = 'accountability';
    const powers = [1, 2, 3].map((n) => ({ code: `CF-${n}`, name: `对甲${n}的处罚`, type: 'penalty' as const, basisText: '《行政处罚法》第九条' }));
    const inventory = withoutColumns(inventoryOf({ powers }), 'powers', [field]);
    const found = runRules(inventory, buildIndex(inventory), [rule], { lang: 'zh' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 1, sheet: '执法事项', field });
    expect(found[0]?.message).toMatch(/3 个事项/);
  });
});
