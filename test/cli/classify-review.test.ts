// `quanze classify --eval` per source, department and calibration; `--review out.xlsx`, the uncertain rows with the
// two best types and why, formula-safe and byte-stable.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'quanze-classify-review-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function quanze(argv: readonly string[], cwd = fixtures) {
  const io = fakeIo({ cwd });
  const code = await run(['classify', ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

interface EvalJson {
  accuracy: number;
  perType: Record<string, { support: number; recall: number }>;
  bySource: Array<{ group: string; total: number; accuracy: number }>;
  byDepartment: Array<{ group: string; total: number; accuracy: number }>;
  calibration: { high: { answers: number; accuracy: number }; buckets: Array<{ from: number; answers: number }> };
  leaveOneSourceOut: { high: { answers: number; accuracy: number } } | null;
}

describe('classify --eval per source and department', () => {
  it('on the dev set: ≥ 95 % overall, every type and every source ≥ 85 %, ≥ 0.9 answers ≥ 98 % right in and out of sample', async () => {
    const { code, out } = await quanze(['classify/dev.tsv', '--eval', '--format', 'json']);
    expect(code).toBe(0);
    const figures = JSON.parse(out) as EvalJson;
    expect(figures.accuracy).toBeGreaterThanOrEqual(0.95);
    for (const [type, score] of Object.entries(figures.perType)) {
      if (score.support > 0) expect(score.recall, type).toBeGreaterThanOrEqual(0.85);
    }
    expect(figures.bySource.map((s) => s.group).sort()).toEqual([
      'composed', 'github:seesee111/-Government-Knowledge-Graph-Visualization/government_data.json',
      'github:turambar928/MCP_based_KG_construction/exps/政务.jsonl', 'github:v-luobo/zwfw/bszl-data.js',
    ]);
    for (const source of figures.bySource) expect(source.accuracy, source.group).toBeGreaterThanOrEqual(0.85);
    expect(figures.bySource.map((s) => s.accuracy)).toEqual([...figures.bySource.map((s) => s.accuracy)].sort((a, b) => a - b));
    expect(figures.byDepartment.reduce((sum, d) => sum + d.total, 0)).toBe(415);
    expect(figures.calibration.high.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(figures.leaveOneSourceOut?.high.accuracy).toBeGreaterThanOrEqual(0.98);
    expect(figures.leaveOneSourceOut?.high.answers).toBeGreaterThan(200);
  });

  it('the table names the weakest source and shows both calibration tables', async () => {
    const zh = await quanze(['classify/dev.tsv', '--eval']);
    expect(zh.out).toMatch(/最弱来源：github:v-luobo\/zwfw\/bszl-data\.js（\d+\.\d%，\d+\/144）/);
    expect(zh.out).toContain('置信度校准（给出的置信度 → 实际准确率）');
    expect(zh.out).toContain('留一来源交叉验证');
    expect(zh.out).toMatch(/另有 \d+ 个全部正确/);
    const en = await quanze(['classify/dev.tsv', '--eval', '--lang', 'en']);
    expect(en.out).toMatch(/Weakest source: github:v-luobo\/zwfw\/bszl-data\.js \(\d+\.\d%, \d+\/144\)/);
    expect(en.out).toContain('Leave one source out');
  });

  it('a file without source or department columns has neither section', async () => {
    const { out } = await quanze(['classify-inputs/list.csv', '--eval']);
    expect(out).not.toContain('最弱来源');
    expect(out).not.toContain('留一来源');
    expect(out).toContain('置信度校准');
  });
});

describe('classify --review', () => {
  it('writes the rows below --min-confidence, least confident first, with the two best types and why, formula-like text kept as a plain string', async () => {
    const target = join(tmp, 'review.xlsx');
    const { code, err } = await quanze(['classify-inputs/list.csv', '--review', target, '--min-confidence', '0.95']);
    expect(code, err).toBe(0);
    expect(err).toMatch(/已写入 .*review\.xlsx（置信度低于 0\.95 的 \d+ 项待复核）/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const sheet = book.getWorksheet('待复核');
    expect(sheet?.getRow(1).values).toEqual([undefined, '文件', '工作表', '行', '编码', '事项名称', '子项', '填报类型', '最可能类型', '置信度',
      '理由', '次可能类型', '次可能类型的理由', '复核结论']);
    const rows = (sheet?.getRows(2, (sheet?.rowCount ?? 1) - 1) ?? []).map((r) => r.values as unknown[]);
    expect(rows.length).toBeGreaterThan(0);
    const confidences = rows.map((r) => r[9] as number);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(confidences.every((c) => c < 0.95)).toBe(true);
    const hostile = rows.find((r) => String(r[5]).includes('HYPERLINK'));
    // A string cell, kept as written: xlsx never runs it, and a ' prefix would show in Excel (#14).
    expect(hostile?.[5]).toBe('=HYPERLINK("http://example.invalid","点击")');
    for (const r of rows) expect(String(r[10])).toMatch(/[\u4e00-\u9fff]{4,}/u);
    for (const r of rows) expect(String(r[12])).toMatch(/[\u4e00-\u9fff]{4,}/u);
  });

  it('defaults to 0.9, gives the same bytes twice, and writes English reasons with --lang en', async () => {
    const a = join(tmp, 'a.xlsx');
    const b = join(tmp, 'b.xlsx');
    await quanze(['classify-inputs/list.csv', '--review', a]);
    await quanze(['classify-inputs/list.csv', '--review', b]);
    expect(sha(a)).toBe(sha(b));
    const en = join(tmp, 'en.xlsx');
    const { err } = await quanze(['classify-inputs/list.csv', '--review', en, '--lang', 'en']);
    expect(err).toMatch(/below confidence 0\.9 to review/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(en);
    const sheet = book.getWorksheet('review');
    expect(sheet?.getRow(1).getCell(10).value).toBe('why');
    expect(String(sheet?.getRow(2).getCell(10).value)).toMatch(/^[A-Z]/);
    expect(String(sheet?.getRow(2).getCell(12).value)).toMatch(/^[A-Z]/);
  });

  it('refuses a non-xlsx file or an input, in one line, exit 2', async () => {
    const wrong = await quanze(['classify-inputs/list.csv', '--review', join(tmp, 'review.csv')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err.trim().split('\n')).toHaveLength(1);
    expect(wrong.err).toContain('--review');
    copyFileSync(join(fixtures, 'classify-inputs/list.csv'), join(tmp, 'list.xlsx'));
    const before = sha(join(tmp, 'list.xlsx'));
    const self = await quanze(['list.xlsx', '--review', 'list.xlsx'], tmp);
    expect(self.code).toBe(2);
    expect(sha(join(tmp, 'list.xlsx'))).toBe(before);
  });

  it('is in the help in both languages', async () => {
    const zh = await quanze(['--help']);
    expect(zh.out).toContain('--review <文件>');
    expect(zh.out.replace(/\s+/g, '')).toContain('两个最可能的类型及理由');
    const en = await quanze(['--help', '--lang', 'en']);
    expect(en.out.replace(/\s+/g, ' ')).toContain('the two best types and why');
  });
});
