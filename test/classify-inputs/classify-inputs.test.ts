// Classifying files: plain lists and inventories in input order, legacy spellings, and --eval on a labelled file.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/classify/index.js';
import { classifyInputs, evaluateRows } from '../../src/classify-inputs/index.js';
import { loadLabelled } from '../classify/load-labelled.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe('classifyInputs', () => {
  it('classifies a plain list in input order, keeping declared text and reporting an empty name', async () => {
    const result = await classifyInputs(['classify-inputs/list.csv'], { cwd: fixtures });
    expect(result.rows.map((r) => [r.row, r.code, r.declaredText, r.declared, r.classification.type])).toEqual([
      [2, 'A-1', '行政处罚', 'penalty', 'penalty'],
      [3, 'A-2', undefined, undefined, 'licensing'],
      [5, 'A-4', '其他', 'other', expect.any(String)],
      [6, 'A-5', '非行政许可审批', 'other', 'licensing'],
      [7, 'A-6', '公共服务', undefined, expect.any(String)],
      [8, 'A-7', '行政强制', 'coercion', 'coercion'],
    ]);
    expect(result.diagnostics.filter((d) => d.ruleId === 'classify/empty-name')).toEqual([
      expect.objectContaining({ file: 'classify-inputs/list.csv', row: 4, column: 'B', field: 'name', severity: 'warning' }),
    ]);
  });

  it('maps legacy spellings through the variant', async () => {
    const result = await classifyInputs(['classify-inputs/list.csv'], { cwd: fixtures, variant: { legacyNonLicensingApproval: 'licensing' } });
    expect(result.rows.find((r) => r.code === 'A-5')?.declared).toBe('licensing');
  });

  it('classifies a list with only a 名称 column; reasons come in both languages', async () => {
    const result = await classifyInputs(['classify-inputs/names.csv'], { cwd: fixtures, lang: 'en' });
    expect(result.rows[1]?.classification).toMatchObject({ type: 'coercion' });
    expect(result.rows[1]?.classification.reason.en).toMatch(/^The name contains/);
  });
});

describe('evaluateRows', () => {
  it('matches evaluate() on the labelled dev set, read as a file', async () => {
    const result = await classifyInputs(['classify/dev.tsv'], { cwd: fixtures });
    const fromFile = evaluateRows(result.rows);
    const direct = evaluate(loadLabelled('dev.tsv'));
    expect(fromFile.total).toBe(direct.total);
    expect(fromFile.correct).toBe(direct.correct);
    expect(fromFile.perType).toEqual(direct.perType);
    expect(fromFile.confusion).toEqual(direct.confusion);
    expect(fromFile.unmappedDeclared).toEqual([]);
  });

  it('leaves out and lists rows whose declared type cannot be mapped', async () => {
    const result = await classifyInputs(['classify-inputs/list.csv'], { cwd: fixtures });
    const evaluation = evaluateRows(result.rows);
    expect(evaluation.total).toBe(4);
    expect(evaluation.unmappedDeclared.map((r) => r.declaredText)).toEqual(['公共服务']);
    expect(evaluation.undeclared).toBe(1);
  });
});
