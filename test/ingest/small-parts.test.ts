// The small pieces of ingest: column letters, table kinds by name, header detection, cell text and display paths.

import { describe, expect, it } from 'vitest';
import { cellText, numberText, serialToIso } from '../../src/ingest/cell-dates.js';
import { columnLetter } from '../../src/ingest/column-letter.js';
import { tableKindFromName } from '../../src/ingest/table-kind.js';
import { findHeader } from '../../src/ingest/find-header.js';
import { displayPath } from '../../src/ingest/paths.js';

describe('columnLetter', () => {
  it('counts like Excel', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA', 'XFD']);
  });
});

describe('tableKindFromName', () => {
  it.each([
    ['执法事项', 'powers'],
    ['附件1 执法事项清单', 'powers'],
    ['2024权责清单', 'powers'],
    ['行政执法事项清单（2024年版）', 'powers'],
    ['执法岗位清单', 'posts'],
    ['ｐｏｗｅｒｓ', 'powers'],
    ['执法 人员 名录', 'officers'],
    ['执法依据目录', 'bases'],
    ['Steps', 'steps'],
    ['Sheet1', undefined],
    ['', undefined],
  ])('%s → %s', (name, kind) => {
    expect(tableKindFromName(name)).toBe(kind);
  });
});

describe('findHeader', () => {
  const row = (seq: number, cells: string[]) => ({ row: seq + 1, seq, cells });

  it('skips a title row and maps header variants', () => {
    const header = findHeader('powers', [row(0, ['XX局权力清单']), row(1, ['权力编码', '权力名称', '权力类别', '法定依据'])]);
    expect(header?.headerRow).toBe(2);
    expect(header?.columns.map((column) => column.field)).toEqual(['code', 'name', 'type', 'basisText']);
  });

  it('reads a two-row header without merges (CSV): the group header column keeps its name, the empty one takes the sub-header', () => {
    const header = findHeader('powers', [
      row(0, ['事项编码', '事项名称', '责任事项', '']),
      row(1, ['', '', '责任事项内容', '责任事项依据']),
      row(2, ['CF-1', '核发', '受理', '《法》']),
    ]);
    expect(header?.subHeader?.row).toBe(2);
    expect(header?.columns.map((column) => column.field)).toEqual(['code', 'name', 'responsibilities', 'responsibilityBasis']);
  });

  it('does not take the first data row for a sub-header', () => {
    const header = findHeader('powers', [row(0, ['事项编码', '事项名称', '']), row(1, ['CF-1', '核发', '是'])]);
    expect(header?.subHeader).toBeUndefined();
  });

  it('finds nothing without two known columns in the first rows', () => {
    expect(findHeader('powers', [row(0, ['姓名', '电话'])])).toBeUndefined();
  });
});

describe('cell values', () => {
  it('turns Excel serials into ISO dates in both date systems', () => {
    expect(serialToIso(45352)).toBe('2024-03-01');
    expect(serialToIso(45352.75)).toBe('2024-03-01');
    expect(serialToIso(45352 - 1462, true)).toBe('2024-03-01');
  });

  it('prints numbers without float noise and integers in full', () => {
    expect(numberText(1.0)).toBe('1');
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(110101199001011)).toBe('110101199001011');
    expect(numberText(-2.5)).toBe('-2.5');
  });

  it('reads date-formatted numbers, Date cells, booleans, and formatted numbers as shown', () => {
    expect(cellText({ t: 'n', v: 45352, z: 'yyyy"年"m"月"d"日"' })).toBe('2024-03-01');
    expect(cellText({ t: 'n', v: 45352, z: 'm/d/yy' })).toBe('2024-03-01');
    expect(cellText({ t: 'd', v: new Date(Date.UTC(2024, 2, 1)) })).toBe('2024-03-01');
    expect(cellText({ t: 'b', v: false })).toBe('FALSE');
    expect(cellText({ t: 'n', v: 12345.6, z: '#,##0.00', w: '12,345.60' })).toBe('12,345.60');
    expect(cellText({ t: 'n', v: 123456789012, z: 'General', w: '1.23457E+11' })).toBe('123456789012');
    expect(cellText({ t: 's', v: '  有空格的文本 \n' })).toBe('有空格的文本');
    expect(cellText({ t: 'e', v: 42, w: '#N/A' })).toBe('#N/A');
  });
});

describe('displayPath', () => {
  it('is relative to cwd when under it, absolute otherwise, POSIX either way', () => {
    expect(displayPath('/a/b/c.xlsx', '/a')).toBe('b/c.xlsx');
    expect(displayPath('/x/c.xlsx', '/a')).toBe('/x/c.xlsx');
  });
});
