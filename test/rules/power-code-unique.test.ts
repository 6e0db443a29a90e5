// Cases for power-code-unique: Power codes are unique within a powers table (different sub-items of one main item
// excepted).

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/build-index.js';
import type { Inventory, PowerRow } from '../../src/model/types.js';
import rule from '../../src/rules/power-code-unique.js';
import { runRules } from '../../src/rules/run-rules.js';
import { columnOf, inventoryOf } from '../helpers/inventory.js';
import { testRule, testSettings } from '../helpers/rule-tester.js';

const power = (code: string, name: string, subItem?: string) => ({
  code, name, type: 'penalty' as const, basisText: '《中华人民共和国行政处罚法》第九条', ...(subItem ? { subItem } : {}),
});

/** One workbook holding two powers sheets, e.g. a 权责清单 and a 执法事项清单 describing the same powers. */
function twoPowersSheets(first: ReadonlyArray<Partial<PowerRow>>, second: ReadonlyArray<Partial<PowerRow>>): Inventory {
  const sheetOf = (rows: ReadonlyArray<Partial<PowerRow>>, sheet: string) => {
    const inventory = inventoryOf({ powers: rows });
    const table = { ...inventory.tables[0]!, sheet };
    return { table, powers: inventory.powers.map((p) => ({ ...p, source: { ...p.source, table } })) };
  };
  const a = sheetOf(first, '权责清单');
  const b = sheetOf(second, '执法事项清单');
  return { ...inventoryOf({}), tables: [a.table, b.table], powers: [...a.powers, ...b.powers] };
}
const run = (inventory: Inventory) => runRules(inventory, buildIndex(inventory), [rule], { lang: 'zh', settings: testSettings });

describe('power-code-unique', () => {
  it('reports the second use of a code and accepts sub-items of one main item', () => {
    testRule(rule, {
      valid: [
        { powers: [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚')] },
        { powers: [power('CF-001', '对甲的处罚', '子项一'), power('CF-001', '对甲的处罚', '子项二')] },
      ],
      invalid: [
        {
          tables: { powers: [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚'), power('cf-001 ', '对丙的处罚')] },
          findings: [{ messageId: 'duplicate', row: 4, column: columnOf('powers', 'code'), value: 'cf-001 ' }],
        },
      ],
    });
  });

  it('compares codes within one table only: two powers sheets list the same powers', () => {
    const list = [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚')];
    expect(run(twoPowersSheets(list, list))).toEqual([]);

    // a duplicate inside the second sheet is still one, and names a row of that sheet
    const found = run(twoPowersSheets(list, [power('CF-001', '对甲的处罚'), power('CF-002', '对乙的处罚'), power('CF-002', '对丙的处罚')]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: '执法事项清单', row: 4, column: columnOf('powers', 'code'), value: 'CF-002' });
    expect(found[0]?.message).toContain('第 3 行的“对乙的处罚”');
    expect(found[0]?.related).toEqual([expect.objectContaining({ sheet: '执法事项清单', row: 3 })]);
  });
});
