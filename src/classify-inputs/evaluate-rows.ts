// Scores the classifier on rows that carry a declared type (`quanze classify --eval`): overall and per type, per
// source and per department of the labelled file, and how well its confidence is calibrated.

import {
  evaluate, leaveOneSourceOut, bucketise, type CalibrationCheck, type ClassifyVariant, type Evaluation,
  type LabelledRow,
} from '../classify/index.js';
import type { ClassifiedRow } from './classify-inputs.js';

/** Accuracy over the rows of one source or one department. */
export interface GroupScore {
  readonly group: string;
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
}

export interface RowsEvaluation extends Evaluation {
  /** Rows with a type cell whose text no variant spelling maps (公共服务, 内部审批 …): left out of the figures. */
  readonly unmappedDeclared: readonly ClassifiedRow[];
  /** Rows with no type cell at all: left out of the figures. */
  readonly undeclared: number;
  /** The rows scored, those with a known declared type; `errors[].index` points into this list. */
  readonly scored: readonly ClassifiedRow[];
  /** Per value of the labelled file's source column (来源/source), weakest first; empty without that column. */
  readonly bySource: readonly GroupScore[];
  /** Per value of the department column (实施主体/department), weakest first; empty without that column. */
  readonly byDepartment: readonly GroupScore[];
  /** The confidence given (the shipped calibration) against how often it was right. */
  readonly calibration: CalibrationCheck;
  /**
   * The calibration refitted leaving each source out and applied to it, pooled (undefined with fewer than two
   * sources): what the confidence is worth on a source it was not fitted on.
   */
  readonly leaveOneSourceOut: CalibrationCheck | undefined;
}

/** Scores per group, weakest first (then by size, then by name, so the order is stable). */
function byGroup(rows: readonly ClassifiedRow[], right: readonly boolean[], key: (row: ClassifiedRow) => string | undefined): GroupScore[] {
  const groups = new Map<string, { total: number; correct: number }>();
  rows.forEach((row, i) => {
    const group = key(row);
    if (group === undefined) return;
    const score = groups.get(group) ?? { total: 0, correct: 0 };
    score.total += 1;
    score.correct += right[i] === true ? 1 : 0;
    groups.set(group, score);
  });
  return [...groups]
    .map(([group, s]) => ({ group, total: s.total, correct: s.correct, accuracy: s.total === 0 ? 1 : s.correct / s.total }))
    .sort((a, b) => a.accuracy - b.accuracy || b.total - a.total || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** `evaluate` over the rows whose declared type is known, the declared type being the expected answer. */
export function evaluateRows(rows: readonly ClassifiedRow[], variant: ClassifyVariant = {}): RowsEvaluation {
  const scored = rows.filter((row) => row.declared !== undefined);
  const labelled: LabelledRow[] = scored.flatMap((row) => (row.declared === undefined ? [] : [{ ...row.input, expected: row.declared }]));
  const evaluation = evaluate(labelled, { variant });
  const wrong = new Set(evaluation.errors.map((e) => e.index));
  const right = scored.map((_, i) => !wrong.has(i));
  const answers = scored.map((row, i) => ({
    raw: row.classification.rawConfidence ?? row.classification.confidence, correct: right[i] === true,
    ...(row.source === undefined ? {} : { source: row.source }),
  }));
  const given = scored.map((row, i) => ({ confidence: row.classification.confidence, correct: right[i] === true }));
  const high = given.filter((g) => g.confidence >= 0.9);
  const highRight = high.filter((g) => g.correct).length;
  const withSource = answers.filter((a) => a.source !== undefined);
  return {
    ...evaluation,
    scored,
    unmappedDeclared: rows.filter((row) => row.declared === undefined && row.declaredText !== undefined),
    undeclared: rows.filter((row) => row.declaredText === undefined).length,
    bySource: byGroup(scored, right, (row) => row.source),
    byDepartment: byGroup(scored, right, (row) => row.department),
    calibration: { buckets: bucketise(given), high: { answers: high.length, right: highRight, accuracy: high.length === 0 ? 1 : highRight / high.length } },
    leaveOneSourceOut: withSource.length === answers.length ? leaveOneSourceOut(answers) : undefined,
  };
}


