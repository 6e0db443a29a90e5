// The main thread's merge: outcomes in any order give the result of the same outcomes in input order.

import { describe, expect, it } from 'vitest';
import { createMerger } from '../../src/batch/merge.js';
import type { CheckOutcome } from '../../src/batch/outcome.js';
import type { PoolTask } from '../../src/batch/pool.js';
import type { PowerFact } from '../../src/rules/batch/define-batch-rule.js';

const power = (department: string, row: number): PowerFact => ({
  name: '对违法占用城市绿地的处罚', department, basisTitles: ['城市绿化条例'], at: { file: `${department}.xlsx`, sheet: '执法事项', row, column: 'C', field: 'name' },
});
const checked = (department: string, row: number): CheckOutcome => ({
  kind: 'checked',
  inventory: { source: `${department}.xlsx`, department, rows: { powers: 1 }, tables: [], diagnostics: [] },
  facts: { source: `${department}.xlsx`, powers: [power(department, row)] },
});
const failed: CheckOutcome = { kind: 'failed', error: { code: 'input-unreadable', text: { zh: '坏', en: 'bad' } } };

const tasks: PoolTask[] = ['甲', '乙', '坏', '丙'].map((name, index) => ({ index, source: `${name}.xlsx` }));
const outcomes: CheckOutcome[] = [checked('甲', 3), checked('乙', 4), failed, checked('丙', 5)];

function merged(order: readonly number[]): unknown {
  const merger = createMerger(tasks.length, { lang: 'zh' });
  for (const at of order) {
    const task = tasks[at];
    const outcome = outcomes[at];
    if (task === undefined || outcome === undefined) throw new Error('bad order');
    merger.accept(task, outcome);
  }
  const result = merger.result();
  return { ...result, unreadable: result.unreadable.map((u) => [u.index, u.error.code]) };
}

describe('createMerger', () => {
  it('gives the same result whatever order the outcomes arrive in', () => {
    const inOrder = merged([0, 1, 2, 3]);
    expect(merged([3, 2, 1, 0])).toEqual(inOrder);
    expect(merged([1, 3, 0, 2])).toEqual(inOrder);
    // 乙 and 丙 each claim 甲's power; the first claim is 甲's, by input order, not by arrival.
    const { diagnostics } = inOrder as { diagnostics: { file: string; related?: { file: string }[] }[] };
    expect(diagnostics.map((d) => [d.file, d.related?.[0]?.file])).toEqual([['丙.xlsx', '甲.xlsx'], ['乙.xlsx', '甲.xlsx']]);
  });

  it('refuses a second outcome for one task and a result before all are in', () => {
    const merger = createMerger(tasks.length, { lang: 'zh' });
    const [first] = tasks;
    if (first === undefined) throw new Error('no task');
    merger.accept(first, checked('甲', 3));
    expect(() => merger.accept(first, checked('甲', 3))).toThrow(/second outcome/);
    expect(() => merger.result()).toThrow(/no outcome/);
  });
});
