// The baseline: recorded findings are suppressed even when rows move, fixed ones count as obsolete, and the file is
// stable.

import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline, parseBaseline, serialiseBaseline } from '../../src/baseline/baseline.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const d = (row: number, value: string, ruleId = 'power-code-unique'): Diagnostic => ({
  ruleId, severity: 'error', message: `m${row}`, file: 'a.xlsx', sheet: '执法事项', row, column: 'B', field: 'code', value,
});

describe('baseline', () => {
  it('suppresses recorded findings even when rows move, and counts duplicates', () => {
    const baseline = createBaseline([d(5, 'CF-003'), d(9, 'CF-007')]);
    // A row inserted above: the same findings one row lower are still known.
    const outcome = applyBaseline([d(6, 'CF-003'), d(10, 'CF-007'), d(11, 'CF-007'), d(12, 'CF-100')], baseline);
    expect(outcome.fresh.map((x) => x.value)).toEqual(['CF-007', 'CF-100']);
    expect(outcome.suppressed).toBe(2);
    expect(outcome.obsolete).toBe(0);
  });

  it('counts fixed findings as obsolete', () => {
    const outcome = applyBaseline([], createBaseline([d(5, 'CF-003')]));
    expect(outcome).toEqual({ fresh: [], suppressed: 0, obsolete: 1 });
  });

  it('serialises deterministically and reads back', () => {
    const a = serialiseBaseline(createBaseline([d(9, 'CF-007'), d(5, 'CF-003')]));
    const b = serialiseBaseline(createBaseline([d(5, 'CF-003'), d(9, 'CF-007')]));
    expect(a).toBe(b);
    expect(parseBaseline(a)).toEqual(createBaseline([d(5, 'CF-003'), d(9, 'CF-007')]));
    expect(parseBaseline('{"version":2}')).toBeUndefined();
    expect(parseBaseline('not json')).toBeUndefined();
  });
});
