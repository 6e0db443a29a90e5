// inventoryStats: the sample's totals recounted straight from the workbook's cells, and each figure on small inventories.

import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { loadInventory } from '../../src/api.js';
import { inventoryStats } from '../../src/stats/index.js';
import { actTypes } from '../../src/model/act-types.js';
import { basisLevels } from '../../src/model/basis-vocab.js';
import { inventoryOf, withoutColumns } from '../helpers/inventory.js';

const sample = 'samples/city-ecology-bureau.xlsx';

/** The sheet's rows as SheetJS gives them: no quanze code in between. */
function sheetRows(sheet: string): unknown[][] {
  const book = XLSX.read(readFileSync(sample));
  const found = book.Sheets[sheet];
  if (found === undefined) throw new Error(`no sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<unknown[]>(found, { header: 1 });
}

/** Counts of one column's values over the data rows (title row and header row skipped) that have a key cell. */
function tally(sheet: string, keyColumn: number, valueColumn: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of sheetRows(sheet).slice(2)) {
    // Merged cells leave the rows below a power's first row empty in the key column.
    if (row[keyColumn] === undefined || row[keyColumn] === '') continue;
    const value = String(row[valueColumn]);
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

describe('inventoryStats on the ecology-bureau sample', async () => {
  const { inventory } = await loadInventory(sample);
  const stats = inventoryStats(inventory, { referenceDate: '2026-01-01' });

  it('counts powers by declared type as the 事项类型 cells say', () => {
    const byLabel = tally('执法事项', 1, 4); // 事项编码, 事项类型
    const expected = Object.fromEntries(actTypes.map((t) => [t.id, byLabel.get(t.label) ?? 0]));
    expect(stats.powers.totals.byType).toEqual(expected);
    expect(stats.powers.totals.total).toBe([...byLabel.values()].reduce((a, b) => a + b, 0));
    expect(stats.powers.totals.total).toBe(34);
    expect(stats.powers.totals.inferredTotal).toBe(0);
    expect(stats.powers.byDepartment.map((d) => [d.name, d.total])).toEqual([['XX市生态环境局', 34]]);
    // Totals both ways: the units add up to the department, the types to the total.
    expect(stats.powers.byUnit.reduce((n, u) => n + u.total, 0)).toBe(34);
    expect(Object.values(stats.powers.totals.byType).reduce((a, b) => a + b, 0)).toBe(34);
  });

  it('counts bases by level and status as the 效力级别 and 时效性 cells say', () => {
    const byLevel = tally('执法依据', 1, 3);
    const byStatus = tally('执法依据', 1, 8);
    expect(stats.bases.total).toBe(21);
    expect(Object.fromEntries(stats.bases.byLevel.map((l) => [basisLevels.find((b) => b.id === l.level)?.label, l.bases]))).toEqual(Object.fromEntries(byLevel));
    expect(stats.bases.byStatus.in_force).toBe(byStatus.get('有效'));
  });

  it('counts staff and legal reviewers as the 执法人员 sheet says', () => {
    const rows = sheetRows('执法人员').slice(2).filter((r) => r[1] !== undefined);
    const reviewers = rows.filter((r) => r[11] === '是').length;
    const [row] = stats.staffing.rows;
    expect(row).toMatchObject({ department: 'XX市生态环境局', officers: rows.length, reviewers, posts: sheetRows('执法岗位').length - 2 });
    expect(row?.required).toBe(Math.ceil(rows.length * 0.05));
    expect(row?.meetsThreshold).toBe(reviewers >= Math.ceil(rows.length * 0.05));
  });

  it('lists the powers flagged for legal review', () => {
    // The column found by its header, so a column added to the template before it does not break the count.
    const flagged = tally('执法事项', 1, (sheetRows('执法事项')[1] ?? []).indexOf('法制审核')).get('是');
    expect(stats.legalReview).toHaveLength(flagged ?? 0);
    expect(stats.legalReview[0]).toMatchObject({ code: 'XK-002', location: { sheet: '执法事项', row: 6 } });
  });

  it('is deterministic', async () => {
    const again = inventoryStats((await loadInventory(sample)).inventory, { referenceDate: '2026-01-01' });
    expect(JSON.stringify(again)).toBe(JSON.stringify(stats));
  });
});

const law = { title: '中华人民共和国大气污染防治法', shortTitle: '大气污染防治法', level: 'law', status: 'in_force' } as const;
const notice = { title: 'XX市扬尘管理办法', level: 'normative_document', status: 'in_force' } as const;
const repealed = { title: '中华人民共和国环境噪声污染防治法', level: 'law', status: 'repealed' } as const;

describe('inventoryStats on small inventories', () => {
  const inventory = inventoryOf({
    bases: [law, notice, repealed],
    powers: [
      { code: 'CF-1', name: '对超标排放大气污染物的处罚', type: 'penalty', basisText: '《大气污染防治法》第九十九条', department: '甲局', unit: '执法支队', legalReview: true },
      { code: 'CF-2', name: '对违反扬尘管理规定的罚款', basisText: '《XX市扬尘管理办法》第十条', department: '甲局', unit: '执法支队' },
      { code: 'XK-1', name: '对施工工地的罚款', type: 'licensing', basisText: '《大气污染防治法》第一条；《某条例》第二条', department: '乙局' },
      { code: 'QT-1', name: '备案', type: 'other', basisText: '无', department: '甲局', unit: '法规科' },
    ],
    officers: [
      { name: '张三', unit: '执法支队', certificateNo: 'A1', certificateExpiry: '2027-01-01', legalReviewer: true },
      { name: '李四', unit: '执法支队', certificateNo: 'A2', certificateExpiry: '2025-12-31', legalReviewer: false },
      { name: '王五', unit: '执法支队', legalReviewer: false },
    ],
  });
  const stats = inventoryStats(inventory, { referenceDate: '2026-01-01', reviewerRatio: 0.5 });

  it('uses the classifier where no type is declared, and marks it inferred', () => {
    const first = stats.powers.byDepartment[0];
    expect(first?.name).toBe('甲局');
    expect(first?.byType.penalty).toBe(2);
    expect(first?.inferred.penalty).toBe(1);
    expect(first?.inferredTotal).toBe(1);
    expect(stats.powers.byDepartment.map((d) => [d.name, d.total])).toEqual([['甲局', 3], ['乙局', 1]]);
    expect(stats.powers.byUnit.map((u) => [u.department, u.name, u.total])).toEqual([['甲局', '执法支队', 2], ['甲局', '法规科', 1], ['乙局', '', 1]]);
  });

  it('counts powers per basis level, bases no power cites and powers resting only on normative documents', () => {
    expect(stats.bases.byLevel.map((l) => [l.level, l.bases, l.powers])).toEqual([['law', 2, 2], ['normative_document', 1, 1]]);
    expect(stats.bases.byLevel[0]?.byStatus).toMatchObject({ in_force: 1, repealed: 1 });
    expect(stats.bases.uncited.map((b) => b.title)).toEqual([repealed.title]);
    expect(stats.bases.onlyNormative.map((p) => p.code)).toEqual(['CF-2']);
    expect(stats.bases.uncataloguedCitations).toBe(1);
    expect(stats.bases.withoutCitation).toBe(1);
  });

  it('counts certified officers and reviewers against the threshold', () => {
    expect(stats.staffing.rows[0]).toMatchObject({ officers: 3, certified: 1, reviewers: 1, required: 2, meetsThreshold: false });
    expect(stats.staffing.threshold).toBe(0.5);
    const unknown = inventoryStats(withoutColumns(inventory, 'officers', ['legalReviewer']), { referenceDate: '2026-01-01' });
    expect(unknown.staffing.rows[0]?.reviewers).toBeUndefined();
    expect(unknown.staffing.rows[0]?.meetsThreshold).toBeUndefined();
  });

  it('lists legal-review powers and declared types the classifier contradicts', () => {
    expect(stats.legalReview.map((p) => p.code)).toEqual(['CF-1']);
    expect(stats.disagreements.map((d) => [d.code, d.declared, d.classified])).toEqual([['XK-1', 'licensing', 'penalty']]);
    expect(stats.disagreements[0]?.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('counts a batch inventory by inventory, a department without 实施主体 under its source', () => {
    const other = inventoryOf({ powers: [{ code: 'X', name: '排污许可证核发', type: 'licensing', basisText: '' }] }, 'b.xlsx');
    const batch = inventoryStats([inventory, other], { referenceDate: '2026-01-01' });
    expect(batch.inventories).toEqual([
      { source: 'test.xlsx', department: '甲局', powers: 4 },
      { source: 'b.xlsx', department: 'b.xlsx', powers: 1 },
    ]);
    expect(batch.powers.totals.total).toBe(5);
    expect(batch.bases.distinctTitles).toBe(3);
    expect(batch.staffing.rows).toHaveLength(2);
  });
});
