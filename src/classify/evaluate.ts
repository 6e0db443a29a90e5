// Scores the classifier against labelled rows (`quanze classify --eval`): accuracy, per-type recall/precision, confusion.

import { classifyPower } from './classify-power.js';
import { classifiedTypeIds } from './labels.js';
import type { Classification, ClassifiedTypeId, ClassifyInput, ClassifyOptions } from './types.js';

export interface LabelledRow extends ClassifyInput {
  readonly expected: ClassifiedTypeId;
}

export interface TypeScore {
  /** Rows expected to be this type. */
  readonly support: number;
  /** Rows of this type classified as this type. */
  readonly correct: number;
  /** Rows classified as this type. */
  readonly predicted: number;
  /** correct / support; 1 when there is no support. */
  readonly recall: number;
  /** correct / predicted; 1 when nothing was predicted. */
  readonly precision: number;
}

export interface EvaluationError {
  /** 0-based index into the input rows. */
  readonly index: number;
  readonly name: string;
  readonly expected: ClassifiedTypeId;
  readonly classification: Classification;
}

export interface Evaluation {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  readonly perType: Readonly<Record<ClassifiedTypeId, TypeScore>>;
  /** confusion[expected][predicted] = count. */
  readonly confusion: Readonly<Record<ClassifiedTypeId, Readonly<Record<ClassifiedTypeId, number>>>>;
  readonly errors: readonly EvaluationError[];
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

const zeroRow = (): Record<ClassifiedTypeId, number> =>
  Object.fromEntries(classifiedTypeIds.map((id) => [id, 0])) as Record<ClassifiedTypeId, number>;

/** Classifies every row and compares with its expected type. Pure: same rows, same result. */
export function evaluate(rows: readonly LabelledRow[], options: ClassifyOptions = {}): Evaluation {
  const confusion = Object.fromEntries(classifiedTypeIds.map((id) => [id, zeroRow()])) as Record<
    ClassifiedTypeId, Record<ClassifiedTypeId, number>
  >;
  const errors: EvaluationError[] = [];
  rows.forEach((row, index) => {
    const { expected, ...input } = row;
    const classification = classifyPower(input, options);
    confusion[expected][classification.type] += 1;
    if (classification.type !== expected) errors.push({ index, name: row.name, expected, classification });
  });
  const perType = Object.fromEntries(classifiedTypeIds.map((id) => {
    const support = classifiedTypeIds.reduce((sum, p) => sum + confusion[id][p], 0);
    const predicted = classifiedTypeIds.reduce((sum, e) => sum + confusion[e][id], 0);
    const correct = confusion[id][id];
    return [id, { support, correct, predicted, recall: ratio(correct, support), precision: ratio(correct, predicted) }];
  })) as Record<ClassifiedTypeId, TypeScore>;
  const correct = rows.length - errors.length;
  return { total: rows.length, correct, accuracy: ratio(correct, rows.length), perType, confusion, errors };
}
