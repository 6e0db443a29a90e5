// Workbooks written by someone else in the common published layouts (test/fixtures/foreign/make-foreign.mjs):
// every row is read, and findings point at the right sheet, row and column.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInventory, type InventoryCheck } from '../../src/api.js';
import { defaultSettings } from '../../src/config/settings.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { fieldForHeader } from '../../src/model/fields.js';
import { parseDate, parseValue } from '../../src/model/parse-value.js';

const FOREIGN = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'foreign');
const settings = defaultSettings(new Date('2026-01-01'));

async function run(name: string): Promise<InventoryCheck> {
  return checkInventory(join(FOREIGN, name), { settings, cwd: FOREIGN });
}

/** Findings as compact "rule sheet!cell" strings, for exact position checks. */
const where = (d: Diagnostic): string => `${d.ruleId} ${d.sheet ?? ''}!${d.column ?? ''}${d.row ?? ''}`;
const of = (result: InventoryCheck, ruleId: string): string[] => result.diagnostics.filter((d) => d.ruleId === ruleId).map(where);

describe('Anhui/Hubei-style 权责清单 (two title rows, 职权\\n编码 headers, 子项 under merged 主项)', () => {
  it('reads one record per 子项 row, with the merged 主项 cells copied to each', async () => {
    const result = await run('anhui-market-qzqd.xlsx');
    expect(result.rows).toEqual({ powers: 8 });
    const powers = result.inventory.powers;
    expect(powers.map((p) => p.source.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(powers.map((p) => p.type)).toEqual(['penalty', 'penalty', 'penalty', 'licensing', 'coercion', 'coercion', 'other', 'inspection']);
    expect(powers[2]).toMatchObject({
      code: '340100-SJ-CF-001',
      name: '对食品生产经营违法行为的行政处罚',
      subItem: '对生产经营标注虚假生产日期、保质期的食品的处罚',
      department: '市市场监督管理局',
      unit: '执法稽查支队',
      supervision: '0551-12345',
    });
    expect(powers[2]?.responsibilities).toContain('7.执行责任');
    expect(powers[0]?.basisText).toContain('第一百二十二条第一款');
  });

  it('knows every header spelled with a line break, and sets the 注 row aside', async () => {
    const result = await run('anhui-market-qzqd.xlsx');
    expect(of(result, 'ingest/unknown-column')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(of(result, 'ingest/note-row')).toEqual(['ingest/note-row 附件1-市场监管局权责清单!A12']);
    expect(of(result, 'power-responsibility-steps')).toEqual([
      'power-responsibility-steps 附件1-市场监管局权责清单!I8',
      'power-responsibility-steps 附件1-市场监管局权责清单!I9',
    ]);
  });
});

describe('综合行政执法事项指导目录 on a sheet named 生态环境', () => {
  it('is recognised by its header although it has no code column, and says so once', async () => {
    const result = await run('eco-guide-catalogue.xlsx');
    expect(result.rows).toEqual({ powers: 6 });
    expect(of(result, 'schema/powers')).toEqual(['schema/powers 生态环境!2']);
    expect(result.diagnostics.find((d) => d.ruleId === 'schema/powers')?.message).toContain('事项编码');
  });

  it('sets the "一、行政处罚" section rows aside instead of reading them as powers', async () => {
    const result = await run('eco-guide-catalogue.xlsx');
    expect(of(result, 'ingest/section-row')).toEqual(['ingest/section-row 生态环境!A3', 'ingest/section-row 生态环境!A8']);
    const powers = result.inventory.powers;
    expect(powers.map((p) => p.source.row)).toEqual([4, 5, 6, 7, 9, 10]);
    expect(powers.map((p) => p.seq)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(powers.map((p) => p.type)).toEqual(['penalty', 'penalty', 'penalty', 'penalty', 'coercion', 'coercion']);
    expect(powers[0]).toMatchObject({ level: '设区的市级、县级', department: '设区的市级、县级生态环境主管部门' });
    expect(powers[0]?.basisText).toContain('\n第三十一条第一款 建设单位未依法报批');
  });
});

describe('执法人员清单 with masked certificate numbers and dates written every which way', () => {
  it('reads all ten officers and every expiry date', async () => {
    const result = await run('officers-masked.xlsx');
    expect(result.rows).toEqual({ officers: 10 });
    const officers = result.inventory.officers;
    expect(officers.map((o) => o.certificateExpiry)).toEqual([
      '2027-12-31', '2028-06-30', '2027-12-31', '2028-01-01', '2026-03-15',
      '2025-06-30', '2029-12-31', '2028-05-20', '2027-12-31', '2028-01-01',
    ]);
    expect(officers[6]?.certificateNo).toBe('3502001000123');
    expect(officers[0]?.certificateNo).toBe('3502****1234');
    expect(of(result, 'schema/officers')).toEqual([]);
    expect(of(result, 'ingest/unknown-column')).toEqual([]);
  });

  it('points at the expiry and certificate cells', async () => {
    const result = await run('officers-masked.xlsx');
    expect(of(result, 'officer-certificate-expired')).toEqual(['officer-certificate-expired 附件2 执法人员名录!J9']);
    expect(of(result, 'officer-certificate-expiring')).toEqual(['officer-certificate-expiring 附件2 执法人员名录!J8']);
    expect(of(result, 'officer-certificate-missing')).toEqual(['officer-certificate-missing 附件2 执法人员名录!F13']);
    expect(of(result, 'officer-certificate-unique')).toEqual([]);
  });
});

describe('CSVs saved by Excel on Chinese Windows (GB18030, title row, blank row, 注 row)', () => {
  it('reads every record of both files with the Changzhi-style headers (项目编码, 执法类别)', async () => {
    const result = await run('csv-gbk');
    expect(result.rows).toEqual({ powers: 6, officers: 5 });
    expect(of(result, 'ingest/unknown-column')).toEqual([]);
    expect(of(result, 'schema/powers')).toEqual([]);
    const powers = result.inventory.powers;
    expect(powers.map((p) => p.code)).toEqual(['CF-0001', 'CF-0002', 'QZ-0001', 'JC-0001', 'XK-0001', 'CF-0003']);
    expect(powers.map((p) => p.type)).toEqual(['penalty', 'penalty', 'coercion', 'inspection', 'licensing', 'penalty']);
    expect(powers[0]?.basisText).toContain('\n第七十四条第一款：');
  });

  it('numbers rows as Excel shows them (by record), and sets the 注 row aside', async () => {
    const result = await run('csv-gbk');
    // Row 3 spans lines 3–4 of the file (a line break inside 执法依据) but is one row in Excel; row 6 is blank.
    expect(result.inventory.powers.map((p) => p.source.row)).toEqual([3, 4, 5, 7, 8, 9]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'ingest/note-row').map((d) => [d.file, d.row, d.column]))
      .toEqual([['csv-gbk/行政执法事项清单.csv', 10, 'A']]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'officer-certificate-expired').map((d) => [d.file, d.row, d.column]))
      .toEqual([['csv-gbk/执法人员清单.csv', 5, 'E']]);
  });
});

describe('权力清单 on "Sheet1", with a summary sheet and hidden sheets', () => {
  it('reads the two-row header with bracketed notes, and skips the summary and the hidden sheets', async () => {
    const result = await run('sheet1-hidden-summary.xlsx');
    expect(result.rows).toEqual({ powers: 8 });
    expect(of(result, 'ingest/unknown-column')).toEqual([]);
    expect(of(result, 'schema/powers')).toEqual([]);
    expect(of(result, 'ingest/unknown-sheet')).toEqual(['ingest/unknown-sheet 汇总!']);
    // Hidden sheets (last version's list, dropdown sources) are not read: the 2019 list's rows would be checked too.
    expect(of(result, 'ingest/hidden-sheet').sort()).toEqual(['ingest/hidden-sheet 下拉选项!', 'ingest/hidden-sheet 权力清单（2019版）!'].sort());
    expect(result.diagnostics.filter((d) => d.sheet === '权力清单（2019版）').map((d) => d.ruleId)).toEqual(['ingest/hidden-sheet']);
    const powers = result.inventory.powers;
    expect(powers.map((p) => p.source.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    expect(powers.map((p) => p.seq)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(powers[2]).toMatchObject({ code: 'CF-001', name: '对非法占用土地的行政处罚', subItem: '对非法占用永久基本农田的处罚', type: 'penalty' });
    expect(powers[2]?.basisText).toBe('《中华人民共和国土地管理法》第七十五条、第七十七条');
    expect(powers[2]?.responsibilityBasis).toBe('《中华人民共和国行政处罚法》第五章');
    expect(powers[7]).toMatchObject({ code: 'QT-002', type: 'other' });
  });

  it('points a type finding at the type cell', async () => {
    const result = await run('sheet1-hidden-summary.xlsx');
    expect(of(result, 'power-type-mismatch')).toEqual(['power-type-mismatch Sheet1!E10']);
  });
});

describe('reader pieces the foreign workbooks needed', () => {
  it('knows headers that carry a bracketed note', () => {
    expect(fieldForHeader('powers', '职权依据（法律法规规章名称及条款）')).toBe('basisText');
    expect(fieldForHeader('powers', '子项名称(无子项的不填)')).toBe('subItem');
    expect(fieldForHeader('powers', '【必填】事项名称')).toBe('name');
    expect(fieldForHeader('officers', '有效期至（年/月/日）')).toBe('certificateExpiry');
    expect(fieldForHeader('powers', '（备用）')).toBeUndefined();
    // 廉政风险点 is a column of the model (the portal shows it), so its bracketed variant is known too.
    expect(fieldForHeader('powers', '廉政风险点（防控措施）')).toBe('integrityRisk');
  });

  it('reads dates with 至/止/起 around them and a midnight time', () => {
    expect(parseDate('2027年12月31日止')).toBe('2027-12-31');
    expect(parseDate('至2027年12月31日')).toBe('2027-12-31');
    expect(parseDate('截至2027.12.31')).toBe('2027-12-31');
    expect(parseDate('2024年3月1日起')).toBe('2024-03-01');
    expect(parseDate('2027-12-31 00:00:00')).toBe('2027-12-31');
    expect(parseDate('2027-12-31T00:00:00')).toBe('2027-12-31');
    expect(parseDate('2027-12-31 10:30:00')).toBeUndefined();
    expect(parseDate('2027年12月')).toBeUndefined();
    expect(parseDate('长期')).toBeUndefined();
  });

  it('folds local class names into the ten types; the abolished approval classes as the variant says; 公共服务 is no power', () => {
    expect(parseValue('actType', '行政征用')).toBe('other');
    expect(parseValue('actType', '行政备案')).toBe('other');
    expect(parseValue('actType', '行政收费')).toBe('levy');
    expect(parseValue('actType', '非行政许可审批')).toBe('other');
    expect(parseValue('actType', '行政审批')).toBe('licensing');
    expect(parseValue('actType', '公共服务')).toBe('公共服务');
  });
});
