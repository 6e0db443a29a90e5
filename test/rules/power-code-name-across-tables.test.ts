// Cases for power-code-name-across-tables: A power code listed in two powers tables of one inventory (e.g. 权责清单 and
// 执法事项清单) has the same name in both.

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/build-index.js';
import type { Inventory, PowerRow } from '../../src/model/types.js';
import rule from '../../src/rules/power-code-name-across-tables.js';
import { runRules } from '../../src/rules/run-rules.js';
import { columnOf, inventoryOf } from '../helpers/inventory.js';
import { testSettings } from '../helpers/rule-tester.js';

const power = (code: string, name: string, subItem?: string) => ({
  code, name, type: 'penalty' as const, basisText: '《某法》第一条', ...(subItem ? { subItem } : {}),
});

/** One workbook holding several powers sheets, e.g. a 权责清单 and a 执法事项清单 describing the same powers. */
function powersSheets(...sheets: ReadonlyArray<readonly [string, ReadonlyArray<Partial<PowerRow>>]>): Inventory {
  const parts = sheets.map(([sheet, rows]) => {
    const inventory = inventoryOf({ powers: rows });
    const table = { ...inventory.tables[0]!, sheet };
    return { table, powers: inventory.powers.map((p) => ({ ...p, source: { ...p.source, table } })) };
  });
  return { ...inventoryOf({}), tables: parts.map((p) => p.table), powers: parts.flatMap((p) => p.powers) };
}
const run = (inventory: Inventory, lang: 'zh' | 'en' = 'zh') =>
  runRules(inventory, buildIndex(inventory), [rule], { lang, settings: testSettings });

describe('power-code-name-across-tables', () => {
  // testRule builds one table per kind, so the cases here build their workbooks themselves.
  it('finds nothing in a single powers table (power-code-unique judges repeats there)', () => {
    expect(run(inventoryOf({ powers: [power('CF-001', '对甲的处罚'), power('CF-001', '对乙的处罚')] }))).toEqual([]);
    expect(run(inventoryOf({ powers: [power('CF-001', '对甲的处罚', '个人'), power('CF-001', '对甲的处罚', '单位')] }))).toEqual([]);
  });

  it('accepts the same names, compared without spaces or width differences', () => {
    expect(
      run(
        powersSheets(
          ['权责清单', [power('CF-001', '对无证经营的处罚'), power('CF-002', '对超范围经营（Ａ类）的处罚')]],
          ['执法事项清单', [power('cf-001', '对无证经营 的处罚'), power('CF-002', '对超范围经营(A类)的处罚'), power('CF-003', '只在此表的事项')]],
        ),
      ),
    ).toEqual([]);
    // a sub-item written into the name of the other list
    expect(
      run(
        powersSheets(
          ['权责清单', [power('CF-001', '对无证经营的处罚', '个人'), power('CF-001', '对无证经营的处罚', '单位')]],
          ['执法事项清单', [power('CF-001', '对无证经营的处罚（单位）')]],
        ),
      ),
    ).toEqual([]);
  });

  it('reports a code named differently in a later table, at its name cell, naming the first', () => {
    const found = run(
      powersSheets(
        ['权责清单', [power('CF-001', '对无证经营的处罚'), power('CF-002', '对超范围经营的处罚')]],
        ['执法事项清单', [power('CF-002', '对超范围经营的处罚'), power('CF-001', '对未取得许可从事经营活动的处罚')]],
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: 'power-code-name-across-tables',
      severity: 'warning',
      sheet: '执法事项清单',
      row: 3,
      column: columnOf('powers', 'name'),
      value: '对未取得许可从事经营活动的处罚',
      related: [expect.objectContaining({ sheet: '权责清单', row: 2, column: columnOf('powers', 'name') })],
    });
    expect(found[0]?.message).toBe(
      '事项编码“CF-001”在“执法事项清单”中名为“对未取得许可从事经营活动的处罚”，与“权责清单”第 2 行的“对无证经营的处罚”不一致',
    );
    expect(run(powersSheets(['权责清单', [power('CF-001', '甲')]], ['执法事项清单', [power('CF-001', '乙')]]), 'en')[0]?.message).toBe(
      'Power code "CF-001" is named "乙" in "执法事项清单" but "甲" in "权责清单" row 2',
    );
  });

  it('compares every later table with the first that used the code', () => {
    const found = run(
      powersSheets(
        ['权责清单', [power('CF-001', '甲')]],
        ['执法事项清单', [power('CF-001', '甲')]],
        ['服务指南', [power('CF-001', '丙')]],
      ),
    );
    expect(found.map((d) => [d.sheet, d.row])).toEqual([['服务指南', 2]]);
  });
});
