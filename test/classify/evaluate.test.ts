// evaluate(): accuracy, per-type recall and precision, confusion matrix and the error list.

import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/classify/index.js';

describe('evaluate', () => {
  const rows = [
    { name: '对发布虚假广告的处罚', expected: 'penalty' as const },
    { name: '食品生产许可', expected: 'licensing' as const },
    { name: '查封违法经营场所', expected: 'coercion' as const },
    { name: '企业投资项目备案', expected: 'licensing' as const }, // deliberately mislabelled
  ];
  const result = evaluate(rows);

  it('counts accuracy and errors', () => {
    expect(result).toMatchObject({ total: 4, correct: 3, accuracy: 0.75 });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ index: 3, expected: 'licensing', classification: { type: 'other' } });
  });

  it('computes recall, precision and the confusion matrix', () => {
    expect(result.perType.licensing).toMatchObject({ support: 2, correct: 1, recall: 0.5, precision: 1 });
    expect(result.perType.other).toMatchObject({ support: 0, predicted: 1, recall: 1, precision: 0 });
    expect(result.confusion.licensing.other).toBe(1);
    expect(result.confusion.penalty.penalty).toBe(1);
  });

  it('is pure and handles an empty set', () => {
    expect(evaluate(rows)).toEqual(result);
    expect(evaluate([])).toMatchObject({ total: 0, accuracy: 1, errors: [] });
  });

  it('scores local types when the variant splits fees', () => {
    const split = evaluate([{ name: '污水处理费征收', expected: 'fee' }], { variant: { splitFees: true } });
    expect(split.perType.fee).toMatchObject({ support: 1, correct: 1 });
  });
});
