// Cases for power-responsibility-missing: Every power states its responsibilities (责任事项).

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/build-index.js';
import { runRules } from '../../src/rules/run-rules.js';
import rule from '../../src/rules/power-responsibility-missing.js';
import { columnOf, inventoryOf, withoutColumns } from '../helpers/inventory.js';
import { testRule } from '../helpers/rule-tester.js';

const power = (responsibilities?: string) => ({
  code: 'XK-001',
  name: '建筑工程施工许可',
  type: 'licensing' as const,
  basisText: '《建筑法》第七条',
  ...(responsibilities === undefined ? {} : { responsibilities }),
});

describe('power-responsibility-missing', () => {
  it('reports powers with no or a filler 责任事项', () => {
    testRule(rule, {
      valid: [{ powers: [power('1.受理责任 2.审查责任 3.决定责任 4.送达责任 5.事后监管责任')] }],
      invalid: [
        {
          tables: { powers: [power(), power('无'), power(' — ')] },
          findings: [
            { messageId: 'missing', row: 2, column: columnOf('powers', 'responsibilities') },
            { messageId: 'missing', row: 3, column: columnOf('powers', 'responsibilities') },
            { messageId: 'missing', row: 4, column: columnOf('powers', 'responsibilities') },
          ],
        },
      ],
    });
  });
});

describe('power-responsibility-missing without the column', () => {
  it('reports a missing column once, at the header row, not once per power', () => {
    const field = 'responsibilities';
    const powers = [1, 2, 3].map((n) => ({ code: `CF-${n}`, name: `对甲${n}的处罚`, type: 'penalty' as const, basisText: '《行政处罚法》第九条' }));
    const inventory = withoutColumns(inventoryOf({ powers }), 'powers', [field]);
    const found = runRules(inventory, buildIndex(inventory), [rule], { lang: 'zh' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 1, sheet: '执法事项', field });
    expect(found[0]?.message).toMatch(/3 个事项/);
  });
});
