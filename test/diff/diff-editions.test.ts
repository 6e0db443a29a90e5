// diffEditions: each kind of change, renames vs re-codes vs remove + add, bases whose status changed, withdrawals,
// and two batches matched by department.

import { describe, expect, it } from 'vitest';
import { diffEditions } from '../../src/diff/index.js';
import type { BasisRow, PowerRow } from '../../src/model/types.js';
import { inventoryOf } from '../helpers/inventory.js';

const air = { title: '中华人民共和国大气污染防治法', shortTitle: '大气污染防治法', level: 'law', status: 'in_force' } as const satisfies Partial<BasisRow>;
const noise = { title: '中华人民共和国环境噪声污染防治法', level: 'law', status: 'in_force' } as const satisfies Partial<BasisRow>;

const base: Partial<PowerRow>[] = [
  { code: 'CF-1', name: '对未依法取得排污许可证排放大气污染物的处罚', type: 'penalty', basisText: '《大气污染防治法》第九十九条第一项', department: '甲局', unit: '执法支队', statutoryLimit: '90日', responsibilities: '立案、调查', accountability: '滥用职权的' },
  { code: 'CF-2', name: '对超标排放大气污染物的处罚', type: 'penalty', basisText: '《大气污染防治法》第九十九条第二项', department: '甲局', unit: '执法支队' },
  { code: 'CF-3', name: '对夜间施工噪声扰民的处罚', type: 'penalty', basisText: '《中华人民共和国环境噪声污染防治法》第五十六条', department: '甲局' },
  { code: 'XK-1', name: '排污许可证核发', type: 'licensing', basisText: '《大气污染防治法》第十九条', department: '甲局', promisedLimit: '15个工作日' },
];

const edition = (powers: Partial<PowerRow>[], bases: Partial<BasisRow>[] = [air, noise], file = 'old.xlsx') => inventoryOf({ bases, powers }, file);

/** The new edition: `base` with each power changed by `edit` (undefined removes it), then `extra` appended. */
function edited(edit: Record<string, (p: Partial<PowerRow>) => Partial<PowerRow> | undefined>, extra: Partial<PowerRow>[] = [], bases?: Partial<BasisRow>[]) {
  const powers = base.flatMap((p) => {
    const change = edit[p.code ?? ''];
    const next = change === undefined ? p : change(p);
    return next === undefined ? [] : [next];
  });
  return edition([...powers, ...extra], bases, 'new.xlsx');
}

const kinds = (diff: ReturnType<typeof diffEditions>) => diff.changes.map((c) => [c.kind, c.old?.code ?? c.new?.code]);

describe('diffEditions', () => {
  it('finds nothing between an edition and itself', () => {
    const diff = diffEditions([edition(base)], [edition(base, undefined, 'new.xlsx')]);
    expect(diff.changes).toEqual([]);
    expect(diff.changed).toBe(false);
  });

  it('reports each kind of field change with old → new values and both rows', () => {
    const diff = diffEditions([edition(base)], [edited({
      'CF-1': (p) => ({ ...p, name: '对无证排放大气污染物的处罚', unit: '综合执法队', statutoryLimit: '60日', responsibilities: '立案、调查、审查', accountability: '玩忽职守的' }),
      'CF-2': (p) => ({ ...p, type: 'coercion' }),
      'XK-1': (p) => ({ ...p, promisedLimit: '10个工作日' }),
    })]);
    expect(kinds(diff)).toEqual([
      ['renamed', 'CF-1'], ['moved-unit', 'CF-1'], ['statutory-limit', 'CF-1'], ['responsibilities', 'CF-1'], ['accountability', 'CF-1'],
      ['retyped', 'CF-2'], ['promised-limit', 'XK-1'],
    ]);
    const [renamed] = diff.changes;
    expect(renamed).toMatchObject({
      from: '对未依法取得排污许可证排放大气污染物的处罚', to: '对无证排放大气污染物的处罚',
      old: { location: { file: 'old.xlsx', sheet: '执法事项', row: 2 } }, new: { location: { file: 'new.xlsx', row: 2 } },
    });
    expect(diff.changes.find((c) => c.kind === 'retyped')).toMatchObject({ from: 'penalty', to: 'coercion' });
    expect(diff.changes.find((c) => c.kind === 'moved-unit')).toMatchObject({ from: '执法支队', to: '综合执法队' });
    expect(diff.counts.renamed).toBe(1);
  });

  it('does not count re-spaced or full-width text as a change', () => {
    const diff = diffEditions([edition(base)], [edited({ 'CF-1': (p) => ({ ...p, statutoryLimit: '９０日 ', responsibilities: '立案、\n调查' }) })]);
    expect(diff.changes).toEqual([]);
  });

  it('reports citations added, removed and re-numbered', () => {
    const diff = diffEditions([edition(base)], [edited({
      'CF-1': (p) => ({ ...p, basisText: '《中华人民共和国大气污染防治法》第一百条第一项' }),
      'CF-2': (p) => ({ ...p, basisText: `${p.basisText}；《中华人民共和国环境噪声污染防治法》第二条` }),
      'XK-1': (p) => ({ ...p, basisText: '' }),
    })]);
    expect(kinds(diff)).toEqual([['bases', 'CF-1'], ['bases', 'CF-2'], ['bases', 'XK-1']]);
    expect(diff.changes[0]?.citations).toEqual({ added: [], removed: [], articles: [{ title: '中华人民共和国大气污染防治法', old: ['第九十九条第（一）项'], new: ['第一百条第（一）项'] }] });
    expect(diff.changes[1]?.citations?.added).toEqual(['《中华人民共和国环境噪声污染防治法》第二条']);
    expect(diff.changes[2]?.citations?.removed).toEqual(['《大气污染防治法》第十九条']);
  });

  it('tells a rename (same code) from a re-code (same name and bases) from a removal and an addition', () => {
    const diff = diffEditions([edition(base)], [edited({
      'CF-2': (p) => ({ ...p, code: 'CF-20' }),
      'XK-1': (p) => ({ ...p, code: 'XK-9', name: '大气污染物排放许可' }),
      'CF-3': (p) => ({ ...p, name: '对建筑施工噪声超标的处罚' }),
    })]);
    expect(kinds(diff)).toEqual([['recoded', 'CF-2'], ['renamed', 'CF-3'], ['removed', 'XK-1'], ['added', 'XK-9']]);
    expect(diff.changes[0]).toMatchObject({ from: 'CF-2', to: 'CF-20', score: 1 });
    const near = diffEditions([edition(base)], [edited({ 'CF-2': (p) => ({ ...p, code: 'CF-20', name: '对超标排放大气污染物的处罚决定' }) })]);
    expect(kinds(near)).toEqual([['renamed', 'CF-2'], ['recoded', 'CF-2']]);
    expect(near.changes[1]?.score).toBeGreaterThan(0.85);
    expect(near.changes[1]?.score).toBeLessThan(1);
    // Same name, new code, other bases: not the same power.
    const rebased = diffEditions([edition(base)], [edited({ 'CF-2': (p) => ({ ...p, code: 'CF-20', basisText: '《大气污染防治法》第一百零八条' }) })]);
    expect(kinds(rebased)).toEqual([['removed', 'CF-2'], ['added', 'CF-20']]);
  });

  it('reports bases whose status changed and every power citing them, and why removed powers were withdrawn', () => {
    const diff = diffEditions([edition(base)], [edited(
      {
        'CF-3': () => undefined,
        'CF-2': () => undefined,
        'CF-1': (p) => ({ ...p, basisText: `${p.basisText}；《大气污染防治法》第九十九条第二项` }),
        'XK-1': () => undefined,
      },
      [],
      [air, { ...noise, status: 'repealed' }],
    )]);
    expect(diff.bases).toEqual([expect.objectContaining({ title: noise.title, from: 'in_force', to: 'repealed', powers: [expect.objectContaining({ code: 'CF-3' })] })]);
    expect(diff.withdrawals.map((w) => [w.power.code, w.reason.kind])).toEqual([['CF-2', 'merged'], ['CF-3', 'basis-repealed'], ['XK-1', 'unstated']]);
    expect(diff.withdrawals[0]?.reason).toMatchObject({ kind: 'merged', into: { code: 'CF-1' } });
    expect(diff.withdrawals[1]?.reason).toEqual({ kind: 'basis-repealed', titles: ['中华人民共和国环境噪声污染防治法'] });
  });

  it('matches two batches by department and sees a power move between them', () => {
    const a = (file: string, powers: Partial<PowerRow>[]) => inventoryOf({ bases: [air], powers }, file);
    const old = [
      a('甲.xlsx', [{ code: 'A-1', name: '对超标排放大气污染物的处罚', type: 'penalty', basisText: '《大气污染防治法》第九十九条', department: '甲局' }]),
      a('乙.xlsx', [{ code: 'A-1', name: '排污许可证核发', type: 'licensing', basisText: '《大气污染防治法》第十九条', department: '乙局' },
        { code: 'B-7', name: '对违规焚烧秸秆的处罚', type: 'penalty', basisText: '《大气污染防治法》第一百一十九条', department: '乙局' }]),
    ];
    // The new batch lists the departments in other files and order; 乙局's B-7 now belongs to 甲局.
    const now = [
      a('2025/乙局.xlsx', [{ code: 'A-1', name: '排污许可证核发', type: 'licensing', basisText: '《大气污染防治法》第十九条', department: '乙局' }]),
      a('2025/甲局.xlsx', [{ code: 'A-1', name: '对超标排放大气污染物的处罚', type: 'penalty', basisText: '《大气污染防治法》第九十九条', department: '甲局' },
        { code: 'B-7', name: '对违规焚烧秸秆的处罚', type: 'penalty', basisText: '《大气污染防治法》第一百一十九条', department: '甲局' }]),
    ];
    const diff = diffEditions(old, now);
    expect(diff.changes).toEqual([expect.objectContaining({ kind: 'moved-department', from: '乙局', to: '甲局', new: expect.objectContaining({ location: expect.objectContaining({ file: '2025/甲局.xlsx', row: 3 }) }) })]);
  });

  it('orders changes the same way whatever the input order', () => {
    const now = edited({ 'CF-1': () => undefined, 'XK-1': (p) => ({ ...p, type: 'other' }) }, [{ code: 'QT-1', name: '备案', type: 'other', basisText: '', department: '甲局' }]);
    const reversed = inventoryOf({ bases: [air, noise], powers: [...now.powers].reverse().map(({ source: _s, ...p }) => p as Partial<PowerRow>) }, 'new.xlsx');
    const strip = (d: ReturnType<typeof diffEditions>) => d.changes.map((c) => [c.kind, c.old?.code, c.new?.code]);
    expect(strip(diffEditions([edition(base)], [now]))).toEqual(strip(diffEditions([edition(base)], [reversed])));
  });
});
