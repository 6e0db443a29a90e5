// The publication view: privacy-filtered officers, resolved citations, inferred types.

import { describe, expect, it } from 'vitest';
import { buildView } from '../../src/view/index.js';
import { inventoryOf } from '../helpers/inventory.js';

describe('buildView', () => {
  const inventory = inventoryOf({
    bases: [{ title: '中华人民共和国行政处罚法', level: 'law', status: 'in_force' }],
    powers: [
      { code: 'CF-1', name: '对某违法行为的处罚', type: 'penalty', basisText: '《行政处罚法》第八条第一款', posts: ['G1', '不存在的岗'] },
      { code: 'cf-1', name: '同编码不同大小写', type: 'penalty', basisText: '《某未列入条例》第二条' },
      { code: 'X-2', name: '对违法排污行为的罚款', basisText: '' },
    ],
    posts: [{ id: 'G1', name: '调查岗', unit: '执法科' }],
    officers: [{ name: '张三', unit: '执法科', post: 'G1', certificateNo: 'C1', category: '生态环境', certificateExpiry: '2030-01-01', gender: '男', title: '科长', note: '电话 13800000000' }],
  });
  const view = buildView([{ source: 'test.xlsx', inventory, diagnostics: [] }]);

  it('copies only the six published fields of an officer, with the post by name', () => {
    expect(view.departments[0]?.officers).toEqual([{ name: '张三', unit: '执法科', post: '调查岗', certificateNo: 'C1', category: '生态环境', validUntil: '2030-01-01' }]);
  });

  it('resolves cited titles to the catalogue, short titles included, and keeps the others unlinked', () => {
    const [first, second] = view.powers;
    expect(first?.citations).toEqual([{ title: '《行政处罚法》', locator: '第八条第一款', basisKey: view.bases[0]?.key }]);
    expect(second?.citations[0]?.basisKey).toBeUndefined();
    expect(view.bases[0]?.citedBy).toEqual([first?.key]);
    expect(first?.posts.map((p) => p.name)).toEqual(['调查岗']);
    expect(first?.unknownPosts).toEqual(['不存在的岗']);
  });

  it('gives codes that differ only in case different pages (case-insensitive file systems)', () => {
    expect(view.powers.map((p) => p.slug)).toEqual(['CF-1', expect.stringMatching(/^CF-1~[0-9a-f]{12}$/), 'X-2']);
  });

  it('takes the declared type, else the classifier’s marked as inferred', () => {
    expect(view.powers[0]?.type).toEqual({ id: 'penalty', label: '行政处罚', inferred: false });
    expect(view.powers[2]?.type).toEqual({ id: 'penalty', label: '行政处罚', inferred: true });
  });

  // inventoryStats names a department its rows leave unnamed by its source, as `quanze stats` does.
  it('counts powers by department × type for the statistics page', () => {
    expect(view.stats.powers.byDepartment.map((g) => [g.name, g.total, g.byType.penalty, g.inferredTotal])).toEqual([['test.xlsx', 3, 3, 1]]);
  });
});
