// Cases for batch-power-overlap: The same power (same name, sub-item and bases) is not claimed by several departments
// of a batch (overlapping functions).

import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/batch/batch-power-overlap.js';
import type { InventoryFacts, PowerFact } from '../../../src/rules/batch/define-batch-rule.js';
import { runBatchRules } from '../../../src/rules/batch/run-batch-rules.js';

const power = (department: string, row: number, name = '对违法占用城市绿地的处罚', basisTitles = ['城市绿化条例']): PowerFact => ({
  name, department, basisTitles, at: { file: `${department}.xlsx`, sheet: '执法事项', row, column: 'C', field: 'name' },
});
const inventory = (source: string, powers: PowerFact[]): InventoryFacts => ({ source, powers });

describe('batch-power-overlap', () => {
  it('reports the same power claimed by a second department, at the second one', () => {
    const found = runBatchRules(
      [inventory('园林局.xlsx', [power('市园林局', 3)]), inventory('城管局.xlsx', [power('市城管局', 7)])],
      [rule],
      { lang: 'zh' },
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'batch-power-overlap', severity: 'warning', file: '市城管局.xlsx', row: 7, column: 'C' });
    expect(found[0]?.message).toMatch(/市园林局/);
    expect(found[0]?.related).toEqual([power('市园林局', 3).at]);
    expect(runBatchRules([inventory('a', [power('甲', 3)]), inventory('b', [power('乙', 7)])], [rule], { lang: 'en' })[0]?.message).toMatch(/overlapping/);
  });

  it('accepts different bases, different sub-items, the same department, and a single inventory', () => {
    const cases: InventoryFacts[][] = [
      [inventory('a', [power('甲', 3)]), inventory('b', [power('乙', 7, undefined, ['城乡规划法'])])],
      [inventory('a', [power('甲', 3)]), inventory('b', [{ ...power('乙', 7), subItem: '城区部分' }])],
      [inventory('a', [power('甲', 3)]), inventory('b', [power('甲', 7)])],
      [inventory('a', [power('甲', 3), power('乙', 4)])],
    ];
    for (const facts of cases) expect(runBatchRules(facts, [rule], { lang: 'zh' })).toEqual([]);
  });
});
