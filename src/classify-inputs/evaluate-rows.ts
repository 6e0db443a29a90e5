// Scores the classifier on rows that carry a declared type (`quanze classify --eval`).

import { evaluate, type ClassifyVariant, type Evaluation, type LabelledRow } from '../classify/index.js';
import type { ClassifiedRow } from './classify-inputs.js';

export interface RowsEvaluation extends Evaluation {
  /** Rows with a type cell whose text no variant spelling maps (公共服务, 内部审批 …): left out of the figures. */
  readonly unmappedDeclared: readonly ClassifiedRow[];
  /** Rows with no type cell at all: left out of the figures. */
  readonly undeclared: number;
  /** The rows scored, those with a known declared type; `errors[].index` points into this list. */
  readonly scored: readonly ClassifiedRow[];
}

/** `evaluate` over the rows whose declared type is known, the declared type being the expected answer. */
export function evaluateRows(rows: readonly ClassifiedRow[], variant: ClassifyVariant = {}): RowsEvaluation {
  const scored = rows.filter((row) => row.declared !== undefined);
  const labelled: LabelledRow[] = scored.flatMap((row) => (row.declared === undefined ? [] : [{ ...row.input, expected: row.declared }]));
  const evaluation = evaluate(labelled, { variant });
  return {
    ...evaluation,
    scored,
    unmappedDeclared: rows.filter((row) => row.declared === undefined && row.declaredText !== undefined),
    undeclared: rows.filter((row) => row.declaredText === undefined).length,
  };
}
