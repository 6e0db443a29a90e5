// Cell text to typed values: dates, act types, basis vocabularies, booleans and lists.

import { describe, expect, it } from 'vitest';
import { parseActType } from '../../src/model/act-types.js';
import { parseBasisLevel, parseBasisStatus } from '../../src/model/basis-vocab.js';
import { normaliseTable } from '../../src/model/normalise.js';
import { parseBool, parseDate, parseList, parseValue } from '../../src/model/parse-value.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.3.1', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['２０２４年３月１日', '2024-03-01'],
    ['20240301', '2024-03-01'],
    ['45352', '2024-03-01'], // Excel serial
    ['44392.5', '2021-07-15'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['2024-02-30', '2023-13-01', '明年', '', '12', '2024年3月'])('rejects %s', (text) => expect(parseDate(text)).toBeUndefined());
});

describe('act types', () => {
  it.each([
    ['行政处罚', 'penalty'], ['penalty', 'penalty'], ['02', 'penalty'], ['2', 'penalty'], ['CF', 'penalty'], ['cf', 'penalty'],
    ['行政许可', 'licensing'], ['XK', 'licensing'], ['01', 'licensing'], ['其他行政权力', 'other'], ['其他', 'other'], ['10', 'other'],
    ['QT', 'other'], ['行政 强制', 'coercion'], ['行政监督', 'inspection'], ['０９', 'adjudication'],
  ])('%s → %s', (text, id) => expect(parseActType(text)).toBe(id));

  it.each(['行政处理', '11', 'XX', ''])('rejects %s', (text) => expect(parseActType(text)).toBeUndefined());
});

describe('basis vocabularies', () => {
  it('reads levels and statuses in both national and commercial spellings', () => {
    expect(parseBasisLevel('法律')).toBe('law');
    expect(parseBasisLevel('行政规范性文件')).toBe('normative_document');
    expect(parseBasisStatus('现行有效')).toBe('in_force');
    expect(parseBasisStatus('已被修改')).toBe('amended');
    expect(parseBasisStatus('失效')).toBe('repealed');
    expect(parseBasisStatus('尚未生效')).toBe('not_yet_effective');
    expect(parseBasisLevel('红头文件')).toBeUndefined();
  });
});

describe('bool and list', () => {
  it('reads 是/否 and separators', () => {
    expect(parseBool('是')).toBe(true);
    expect(parseBool('否')).toBe(false);
    expect(parseBool('√')).toBe(true);
    expect(parseBool('也许')).toBeUndefined();
    expect(parseList('G01、G02；G03\nG04, G05')).toEqual(['G01', 'G02', 'G03', 'G04', 'G05']);
  });
});

describe('act type with a bracketed note', () => {
  it('reads 行政许可（审核转报） as licensing and sets 审核转报', () => {
    expect(parseValue('actType', '行政许可（审核转报）')).toBe('licensing');
    expect(parseValue('actType', '行政处罚(一般程序)')).toBe('penalty');
    expect(parseValue('actType', '行政处理（其他）')).toBe('行政处理（其他）');
    const table = normaliseTable({
      kind: 'powers', file: 'a.xlsx', sheet: 's', headerRow: 1,
      columns: [{ letter: 'A', header: '事项类型', field: 'type' }],
      rows: [{ row: 2, cells: ['行政许可（审核转报）'] }, { row: 3, cells: ['行政许可'] }],
    });
    expect(table.rows.map((r) => r.values['forwardReview'])).toEqual([true, undefined]);
  });
});

describe('legacy class names', () => {
  it('maps 非行政许可审批 as the act-type variant says, and 行政审批 to licensing', () => {
    expect(parseValue('actType', '非行政许可审批')).toBe('other');
    expect(parseValue('actType', '非行政许可审批', { legacyNonLicensingApproval: 'licensing' })).toBe('licensing');
    expect(parseValue('actType', '行政审批')).toBe('licensing');
  });
});
