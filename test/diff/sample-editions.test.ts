// The two sample editions of the ecology bureau: the diff reports exactly the changes samples/editions/CHANGES.md lists.

import { describe, expect, it } from 'vitest';
import { readEdition } from '../../src/api.js';
import { diffEditions } from '../../src/diff/index.js';

describe('the sample editions', async () => {
  const old = await readEdition('samples/city-ecology-bureau.xlsx');
  const now = await readEdition('samples/editions/city-ecology-bureau-2025');
  const diff = diffEditions(old.edition, now.edition);

  it('reads both editions without errors', () => {
    expect(old.errors + now.errors).toBe(0);
  });

  it('finds the changes CHANGES.md lists, in a stable order', () => {
    expect(diff.changes.map((c) => [c.kind, c.old?.code, c.new?.code])).toEqual([
      ['renamed', 'CF-001', 'CF-001'],
      ['renamed', 'CF-011', 'CF-011'],
      ['bases', 'CF-011', 'CF-011'],
      ['removed', 'CF-012', undefined],
      ['renamed', 'CF-017', 'CF-017'],
      ['added', undefined, 'CF-023'],
      ['moved-unit', 'JC-001', 'JC-001'],
      ['removed', 'JL-001', undefined],
      ['recoded', 'QT-002', 'QT-004'],
      ['promised-limit', 'XK-001', 'XK-001'],
      ['responsibilities', 'XK-002', 'XK-002'],
    ]);
    expect(diff.changes.find((c) => c.kind === 'recoded')?.score).toBe(1);
    expect(diff.changes.find((c) => c.kind === 'bases')?.citations).toEqual({
      added: ['《中华人民共和国环境影响评价法》第三十一条第三款'], removed: [], articles: [],
    });
  });

  it('names the repealed basis with the power citing it, and why each removed power was withdrawn', () => {
    expect(diff.bases).toEqual([expect.objectContaining({
      title: 'XX市生态环境违法行为举报奖励办法', from: 'in_force', to: 'repealed', powers: [expect.objectContaining({ code: 'JL-001' })],
    })]);
    expect(diff.withdrawals).toEqual([
      { power: expect.objectContaining({ code: 'CF-012' }), reason: { kind: 'merged', into: expect.objectContaining({ code: 'CF-011' }) } },
      { power: expect.objectContaining({ code: 'JL-001' }), reason: { kind: 'basis-repealed', titles: ['XX市生态环境违法行为举报奖励办法'] } },
    ]);
  });
});
