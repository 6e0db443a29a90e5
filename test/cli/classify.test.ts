// `quanze classify` in-process: output shapes, --eval figures, --write copies, review routing and exit codes.

import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/classify/index.js';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { readInventory } from '../../src/ingest/index.js';
import { loadLabelled } from '../classify/load-labelled.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'quanze-classify-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function quanze(argv: readonly string[], cwd = fixtures) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (text) => void (out += text), err: (text) => void (err += text),
    cwd, isTTY: false, color: false, lang: 'zh', env: {},
  };
  const code = await run(['classify', ...argv], io);
  return { code, out, err };
}

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('quanze classify', () => {
  it('--format json gives the DESIGN shape in input order', async () => {
    const { code, out, err } = await quanze(['classify-inputs/list.csv', '--format', 'json']);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows.map((r) => r.code)).toEqual(['A-1', 'A-2', 'A-4', 'A-5', 'A-6', 'A-7']);
    expect(Object.keys(rows[0] ?? {})).toEqual(['code', 'name', 'type', 'label', 'confidence', 'reason', 'declared']);
    expect(rows[0]).toMatchObject({ name: '对未取得许可证擅自施工的处罚', type: 'penalty', label: '行政处罚', declared: 'penalty' });
    expect(rows[1]).toMatchObject({ type: 'licensing', label: '行政许可', declared: null });
    expect(rows[3]).toMatchObject({ declared: 'other' }); // 非行政许可审批, legacy spelling
    for (const row of rows) {
      expect(row.confidence).toBe(Math.round((row.confidence as number) * 100) / 100);
      expect(row.reason).toMatch(/[\u4e00-\u9fff]/);
    }
    // The empty name is reported on stderr with its cell, not dropped silently.
    expect(err).toContain('classify-inputs/list.csv B4');
  });

  it('--lang en gives reasons in English, labels still in Chinese', async () => {
    const { out } = await quanze(['classify-inputs/names.csv', '--format', 'json', '--lang', 'en']);
    const rows = JSON.parse(out) as { label: string; reason: string; code: unknown }[];
    expect(rows[0]?.label).toBe('行政许可');
    expect(rows[0]?.code).toBeNull();
    for (const row of rows) expect(row.reason).toMatch(/^The name contains/);
  });

  it('--min-confidence flags low rows in json and lists them under a heading in the table', async () => {
    const json = JSON.parse((await quanze(['classify-inputs/list.csv', '--format', 'json', '--min-confidence', '0.6'])).out) as
      { code: string; confidence: number; review?: boolean }[];
    for (const row of json) expect(row.review === true).toBe(row.confidence < 0.6);
    expect(json.some((row) => row.review)).toBe(true);
    const table = (await quanze(['classify-inputs/list.csv', '--min-confidence', '0.6'])).out;
    const [main, review] = table.split('需复核（置信度低于 0.6）');
    expect(review).toContain('某某事项办理');
    expect(main).not.toContain('某某事项办理');
  });

  it('--min-confidence outside 0..1 is a bad argument (exit 2)', async () => {
    const { code, err } = await quanze(['classify-inputs/list.csv', '--min-confidence', '2']);
    expect(code).toBe(2);
    expect(err).toContain('0 到 1');
  });

  it('--format table is aligned for a terminal (golden)', async () => {
    const { out } = await quanze(['classify-inputs/list.csv']);
    await expect(out).toMatchFileSnapshot('../golden/classify/table.txt');
  });

  it('--format csv is UTF-8 with BOM and formula-safe', async () => {
    const { out } = await quanze(['classify-inputs/list.csv', '--format', 'csv']);
    expect(out.startsWith('\ufeff文件,工作表,行,编码,事项名称')).toBe(true);
    expect(out).toContain(`"'=HYPERLINK(""http://example.invalid"",""点击"")"`);
    expect(out).not.toMatch(/(^|,)=/m);
  });

  it('--eval on the dev set prints the figures evaluate() gives, at or above 95 %', async () => {
    const { code, out } = await quanze(['classify/dev.tsv', '--eval', '--format', 'json']);
    expect(code).toBe(0);
    const figures = JSON.parse(out) as {
      accuracy: number; total: number; correct: number;
      perType: Record<string, { support: number; recall: number; precision: number }>;
      confusion: Record<string, Record<string, number>>; unmappedDeclared: unknown[];
    };
    const direct = evaluate(loadLabelled('dev.tsv'));
    expect(figures.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(figures).toMatchObject({ total: direct.total, correct: direct.correct, unmappedDeclared: [] });
    expect(figures.accuracy).toBeCloseTo(direct.accuracy, 4);
    for (const [id, score] of Object.entries(figures.perType)) {
      const expected = direct.perType[id as keyof typeof direct.perType];
      expect(score.support).toBe(expected.support);
      expect(score.recall).toBeCloseTo(expected.recall, 4);
      expect(score.precision).toBeCloseTo(expected.precision, 4);
      for (const [predicted, count] of Object.entries(figures.confusion[id] ?? {})) {
        expect(count).toBe(direct.confusion[id as keyof typeof direct.confusion][predicted as keyof typeof direct.confusion]);
      }
    }
  });

  it('--eval as a table shows accuracy, per-type recall and precision, and the matrix', async () => {
    const { code, out } = await quanze(['classify/dev.tsv', '--eval']);
    expect(code).toBe(0);
    expect(out).toMatch(/^准确率 \d+\.\d%（\d+\/415）/);
    expect(out).toContain('召回率');
    expect(out).toContain('混淆矩阵');
  });

  it('--eval with no type column is a bad argument', async () => {
    const { code, err } = await quanze(['classify-inputs/names.csv', '--eval']);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('--write out.csv copies a CSV list with the type filled in and three columns added; the input is untouched', async () => {
    const input = join(fixtures, 'classify-inputs/list.csv');
    const before = sha(input);
    const out = join(tmp, 'list-classified.csv');
    const { code } = await quanze(['classify-inputs/list.csv', '--write', out]);
    expect(code).toBe(0);
    expect(sha(input)).toBe(before);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\ufeff编码,名称,类型,分类结果,置信度,分类理由\r\n')).toBe(true);
    expect(text).toContain('A-2,城市绿地内设置临时设施审批,行政许可,行政许可,');
    expect(text).toContain(`"'=HYPERLINK(`);
    const reread = await readInventory(out, { assumeTable: 'powers' });
    expect(reread.tables[0]?.rows).toHaveLength(7);
  });

  it('--write out.xlsx keeps the workbook, fills empty types and appends the columns after the last one', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('执法事项');
    sheet.addRows([
      ['XX局执法事项清单'],
      ['事项编码', '事项名称', '事项类型', '实施依据', '备注'],
      ['CF-001', '对未取得许可证擅自施工的处罚', '行政处罚', '《某法》第十条', ''],
      ['XK-001', '排污许可证核发', '', '《某法》第五条', '待定'],
    ]);
    sheet.getCell('A2').font = { bold: true };
    const input = join(tmp, 'inventory.xlsx');
    writeFileSync(input, new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer));
    const before = sha(input);
    const out = join(tmp, 'annotated.xlsx');
    const { code, err } = await quanze(['inventory.xlsx', '--write', 'annotated.xlsx'], tmp);
    expect(code, err).toBe(0);
    expect(sha(input)).toBe(before);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const written = copy.getWorksheet('执法事项');
    expect(written?.getRow(2).values).toEqual([undefined, '事项编码', '事项名称', '事项类型', '实施依据', '备注', '分类结果', '置信度', '分类理由']);
    expect(written?.getCell('C4').value).toBe('行政许可');
    expect(written?.getCell('F4').value).toBe('行政许可');
    expect(typeof written?.getCell('G4').value).toBe('number');
    expect(String(written?.getCell('H3').value)).toContain('名称含“处罚”');
    expect(written?.getCell('A1').value).toBe('XX局执法事项清单');
  });

  it('--write refuses to overwrite an input', async () => {
    copyFileSync(join(fixtures, 'classify-inputs/list.csv'), join(tmp, 'mine.csv'));
    const before = sha(join(tmp, 'mine.csv'));
    const { code, err } = await quanze(['mine.csv', '--write', 'mine.csv'], tmp);
    expect(code).toBe(2);
    expect(err).toContain('mine.csv');
    expect(sha(join(tmp, 'mine.csv'))).toBe(before);
  });

  it('a missing file exits 2 with one line naming it', async () => {
    const { code, out, err } = await quanze(['no-such-list.csv']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('no-such-list.csv');
    expect(err).not.toMatch(/\n\s+at /);
  });
});
