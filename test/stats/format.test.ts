// The stats formatters: a Xuzhou-sized table (45 departments, 3,324 powers) fits 80 columns with Chinese aligned by
// display width; csv and xlsx cells are formula-safe; markdown and json carry the same figures.

import stringWidth from 'string-width';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { actTypeIds, type ActTypeId } from '../../src/model/act-types.js';
import type { Inventory, PowerRow } from '../../src/model/types.js';
import { inventoryStats, statsFormatters } from '../../src/stats/index.js';
import { truncate, wrap } from '../../src/stats/format/layout.js';
import { inventoryOf } from '../helpers/inventory.js';

/** Xuzhou's published totals (DOMAIN.md §0): 3,324 acts over 45 departments. */
const xuzhou: Partial<Record<ActTypeId, number>> = {
  penalty: 2291, licensing: 256, coercion: 112, levy: 57, confirmation: 24, payment: 7, adjudication: 5, other: 572,
};

const departments = [
  '徐州市发展和改革委员会', '徐州市教育局', '徐州市科学技术局', '徐州市工业和信息化局', '徐州市民族宗教事务局', '徐州市公安局',
  '徐州市民政局', '徐州市司法局', '徐州市财政局', '徐州市人力资源和社会保障局', '徐州市自然资源和规划局', '徐州市生态环境局',
  '徐州市住房和城乡建设局', '徐州市城市管理局', '徐州市交通运输局', '徐州市水务局', '徐州市农业农村局', '徐州市商务局',
  '徐州市文化广电和旅游局', '徐州市卫生健康委员会', '徐州市退役军人事务局（徐州市双拥工作领导小组办公室）', '徐州市应急管理局', '徐州市审计局',
  '徐州市市场监督管理局', '徐州市体育局', '徐州市统计局', '徐州市医疗保障局', '徐州市人民防空办公室', '徐州市信访局',
  '徐州市机关事务管理局', '徐州市地方金融监督管理局', '徐州市行政审批局', '徐州市粮食和物资储备局', '徐州市档案局', '徐州市气象局',
  '徐州市地震局', '徐州市烟草专卖局', '徐州市邮政管理局', '徐州市消防救援支队', '徐州市税务局', '徐州市民防局', '徐州市园林局',
  '徐州市林业局', '徐州市保密局', '徐州市密码管理局',
];

/** 45 departments' powers whose totals are Xuzhou's, spread over the departments by a fixed rule. */
function xuzhouBatch(): Inventory[] {
  const rows = new Map<string, Partial<PowerRow>[]>(departments.map((d) => [d, []]));
  let turn = 0;
  for (const [type, count] of Object.entries(xuzhou) as [ActTypeId, number][]) {
    for (let i = 0; i < count; i++) {
      // Skewed like real lists: the first departments (公安, 市场监管 …) hold most penalties.
      const department = departments[i % 4 === 0 ? turn % 45 : (turn * 7) % 10] ?? '';
      turn++;
      rows.get(department)?.push({ code: `${type}-${i}`, name: `事项${i}`, type, basisText: '', department });
    }
  }
  return departments.map((d, i) => inventoryOf({ powers: rows.get(d) ?? [] }, `dept-${i}.xlsx`));
}

/** The display column at which each token of a line ends (tokens are separated by two or more spaces). */
function tokenEnds(line: string): number[] {
  const ends: number[] = [];
  for (const match of line.matchAll(/\S+(?: \S+)*/g)) ends.push(stringWidth(line.slice(0, (match.index ?? 0) + match[0].length)));
  return ends;
}

describe('the table format', () => {
  const stats = inventoryStats(xuzhouBatch(), { referenceDate: '2026-01-01' });
  const text = statsFormatters.table(stats, { lang: 'zh', by: 'department' }) as string;

  it('counts what was put in', () => {
    expect(stats.powers.totals.total).toBe(3324);
    for (const id of actTypeIds) expect(stats.powers.totals.byType[id]).toBe(xuzhou[id] ?? 0);
    expect(stats.powers.byDepartment).toHaveLength(45);
  });

  it('fits 80 columns and aligns every count under its head', async () => {
    const lines = text.split('\n');
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    const table = lines.slice(lines.indexOf('') + 1, lines.findIndex((l, i) => i > 2 && l === ''));
    const [header, ...body] = table.filter((l) => !l.startsWith('─'));
    const headEnds = tokenEnds(header ?? '').slice(1);
    expect(headEnds).toHaveLength(9); // eight types Xuzhou reports and the total
    for (const line of body) expect(tokenEnds(line).slice(-9), line).toEqual(headEnds);
    expect(text).toMatch(/^徐州市退役军人事务局（.*…  /m);
    expect(lines.find((l) => l.startsWith('合计'))).toMatch(/合计\s+256\s+2291\s+112\s+57\s+7\s+24\s+5\s+572\s+3324$/);
    await expect(text).toMatchFileSnapshot('../golden/stats/xuzhou.zh.txt');
  });

  it('gives every view in English within 80 columns', () => {
    for (const by of ['department', 'type', 'unit', 'level'] as const) {
      const out = statsFormatters.table(stats, { lang: 'en', by }) as string;
      for (const line of out.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);
    }
  });

  it('shortens and wraps by display width', () => {
    expect(truncate('徐州市住房和城乡建设局', 9)).toBe('徐州市住…');
    expect(stringWidth(truncate('徐州市住房和城乡建设局', 9))).toBe(9);
    expect(wrap('a'.repeat(10) + ' ' + '中'.repeat(50), 40).every((l) => stringWidth(l) <= 40)).toBe(true);
    expect(wrap('one two three', 8)).toEqual(['one two', 'three']);
  });

  it('makes control characters from cells visible, never raw', () => {
    const hostile = inventoryOf({ powers: [{ code: 'A', name: '对违法行为的处罚', type: 'penalty', basisText: '', department: 'X局\u001b[2J' }] });
    const out = statsFormatters.table(inventoryStats(hostile), { lang: 'zh', by: 'department' }) as string;
    expect(out).not.toContain('\u001b');
    expect(out).toContain('X局␛[2J');
  });
});

describe('csv, xlsx, markdown and json', () => {
  const hostile = inventoryOf({
    powers: [
      { code: '=HYPERLINK("http://x")', name: '对违法行为的处罚', type: 'penalty', basisText: '', department: '=1+1', legalReview: true },
      { code: 'B', name: '+排污许可证核发', type: 'licensing', basisText: '', department: '=1+1' },
    ],
  });
  const stats = inventoryStats(hostile, { referenceDate: '2026-01-01' });

  it('csv leads formula-looking text with an apostrophe and keeps counts numbers', () => {
    const csv = statsFormatters.csv(stats, { lang: 'zh', by: 'department' }) as string;
    const lines = csv.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('部门,行政许可,行政处罚,行政强制,行政征收,行政给付,行政检查,行政确认,行政奖励,行政裁决,其他行政权力,合计,推断');
    expect(lines[1]).toBe("'=1+1,1,1,0,0,0,0,0,0,0,0,2,0");
  });

  it('xlsx has a sheet per table, text cells typed as strings (never formulas) and kept as written', () => {
    const bytes = statsFormatters.xlsx(stats, { lang: 'zh', by: 'department' }) as Uint8Array;
    const book = XLSX.read(bytes, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['部门×类型', '承办机构×类型', '职权类型', '依据效力级别', '执法人员', '未被引用的依据', '仅以规范性文件为依据', '须法制审核', '类型存疑']);
    const review = book.Sheets['须法制审核'];
    expect(review?.A2?.v).toBe('=HYPERLINK("http://x")');
    expect(review?.A2?.t).toBe('s');
    expect(review?.A2?.f).toBeUndefined();
    expect(book.Sheets['部门×类型']?.B2).toMatchObject({ t: 'n', v: 1 });
    expect(Buffer.from(statsFormatters.xlsx(stats, { lang: 'zh', by: 'department' }) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
  });

  it('markdown escapes pipes and json is the library result', () => {
    const piped = inventoryStats(inventoryOf({ powers: [{ code: 'A', name: '处罚', type: 'penalty', basisText: '', department: 'a|b' }] }));
    expect(statsFormatters.markdown(piped, { lang: 'en', by: 'department' })).toContain('| a\\|b |');
    expect(JSON.parse(statsFormatters.json(stats, { lang: 'en', by: 'type' }) as string)).toEqual(JSON.parse(JSON.stringify(stats)));
  });
});
