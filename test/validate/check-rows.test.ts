// checkRows: good rows pass with parsed values, bad cells are reported at their position, missing columns once.

import { describe, expect, it } from 'vitest';
import type { RawTable } from '../../src/ingest/types.js';
import { normaliseTable } from '../../src/model/normalise.js';
import { checkRows } from '../../src/validate/check-rows.js';

const powers = (header: string[], rows: string[][]): RawTable => ({
  kind: 'powers',
  file: 'dept.xlsx',
  sheet: '执法事项',
  headerRow: 2,
  columns: header.map((h, i) => ({
    letter: String.fromCharCode(65 + i),
    header: h,
    field: ({ 事项编码: 'code', 事项名称: 'name', 事项类型: 'type', 实施依据: 'basisText', 法制审核: 'legalReview', 执法岗位: 'posts' } as Record<string, string>)[h],
  })),
  rows: rows.map((cells, i) => ({ row: i + 3, cells })),
});

const header = ['事项编码', '事项名称', '事项类型', '实施依据', '法制审核', '执法岗位', '联系人'];

describe('checkRows', () => {
  it('passes good rows, parses values and keeps unknown columns', () => {
    const { value, diagnostics } = checkRows(
      normaliseTable(powers(header, [['CF-001', '对甲的处罚', '行政处罚', '《行政处罚法》第九条', '是', 'G01、G02', '张三']])),
      'zh',
    );
    expect(diagnostics).toEqual([]);
    expect(value.rows[0]?.values).toEqual({ code: 'CF-001', name: '对甲的处罚', type: 'penalty', basisText: '《行政处罚法》第九条', legalReview: true, posts: ['G01', 'G02'] });
    expect(value.rows[0]?.extra?.get('联系人')).toBe('张三');
  });

  it('reports each bad cell with its position, drops only the bad value, and drops rows without identity', () => {
    const { value, diagnostics } = checkRows(
      normaliseTable(
        powers(header, [
          ['CF-001', '对甲的处罚', '行政处理', '《行政处罚法》第九条', '也许', '', ''],
          ['CF-002', '', '行政处罚', '《行政处罚法》第九条', '', '', ''],
        ]),
      ),
      'en',
    );
    expect(diagnostics.map((d) => [d.ruleId, d.row, d.column, d.field, d.value])).toEqual([
      ['schema/powers', 3, 'C', 'type', '行政处理'],
      ['schema/powers', 3, 'E', 'legalReview', '也许'],
      ['schema/powers', 4, 'B', 'name', undefined],
    ]);
    expect(diagnostics[0]?.message).toBe('"行政处理" is not a valid 事项类型 (type)');
    expect(diagnostics[0]?.hint).toMatch(/行政许可 \/ 行政处罚/);
    expect(diagnostics.every((d) => !/must be equal|must have required/.test(d.message))).toBe(true);
    expect(value.rows).toHaveLength(1);
    expect(value.rows[0]?.values).toEqual({ code: 'CF-001', name: '对甲的处罚', basisText: '《行政处罚法》第九条' });
  });

  it('reports a missing required column once, at the header row', () => {
    const { diagnostics } = checkRows(
      normaliseTable(powers(['事项名称', '事项类型', '实施依据'], [['甲', '行政处罚', '《行政处罚法》第九条'], ['乙', '行政处罚', '《行政处罚法》第九条']])),
      'zh',
    );
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ row: 2, field: 'code', message: '缺少必填列“事项编码”' });
  });
});
