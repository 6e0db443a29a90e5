// The baseline: recorded findings are suppressed even when rows move, fixed ones count as obsolete, and the file is
// stable.

import { describe, expect, it } from 'vitest';
import type { BaselinePlace } from '../../src/baseline/baseline.js';
import { applyBaseline, createBaseline, parseBaseline, serialiseBaseline } from '../../src/baseline/baseline.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';

const d = (row: number, value: string, ruleId = 'power-code-unique'): Diagnostic => ({
  ruleId, severity: 'error', message: `m${row}`, file: 'a.xlsx', sheet: '执法事项', row, column: 'B', field: 'code', value,
});

/** The baseline file beside the inventories, the run started there. */
const here: BaselinePlace = { cwd: '/repo', file: '/repo/baseline.json' };

describe('baseline', () => {
  it('suppresses recorded findings even when rows move, and counts duplicates', () => {
    const baseline = createBaseline([d(5, 'CF-003'), d(9, 'CF-007')], here);
    // A row inserted above: the same findings one row lower are still known.
    const outcome = applyBaseline([d(6, 'CF-003'), d(10, 'CF-007'), d(11, 'CF-007'), d(12, 'CF-100')], baseline, here);
    expect(outcome.fresh.map((x) => x.value)).toEqual(['CF-007', 'CF-100']);
    expect(outcome.suppressed).toBe(2);
    expect(outcome.obsolete).toBe(0);
  });

  it('counts fixed findings as obsolete', () => {
    const outcome = applyBaseline([], createBaseline([d(5, 'CF-003')], here), here);
    expect(outcome).toEqual({ fresh: [], suppressed: 0, obsolete: 1 });
  });

  it('serialises deterministically and reads back', () => {
    const a = serialiseBaseline(createBaseline([d(9, 'CF-007'), d(5, 'CF-003')], here));
    const b = serialiseBaseline(createBaseline([d(5, 'CF-003'), d(9, 'CF-007')], here));
    expect(a).toBe(b);
    expect(parseBaseline(a)).toEqual(createBaseline([d(5, 'CF-003'), d(9, 'CF-007')], here));
    expect(parseBaseline('{"version":2}')).toBeUndefined();
    expect(parseBaseline('{"version":3,"findings":{}}')).toBeUndefined();
    expect(parseBaseline('not json')).toBeUndefined();
  });

  it('keys files relative to the baseline file, whatever the working directory', () => {
    const baseline = createBaseline([d(5, 'CF-003')], here);
    expect(Object.keys(baseline.findings)[0]?.split('\u001f')[0]).toBe('a.xlsx');
    // The same tree cloned elsewhere, checked from its parent folder: findings name repo/a.xlsx.
    const elsewhere: BaselinePlace = { cwd: '/ci', file: 'repo/baseline.json' };
    const moved = { ...d(7, 'CF-003'), file: 'repo/a.xlsx' };
    expect(applyBaseline([moved], baseline, elsewhere)).toEqual({ fresh: [], suppressed: 1, obsolete: 0 });
    // An absolute path in a finding (an input outside the working directory) resolves the same way.
    expect(applyBaseline([{ ...moved, file: '/ci/repo/a.xlsx' }], baseline, elsewhere).suppressed).toBe(1);
    // A baseline in a sub-folder keys the inventory with ../.
    expect(Object.keys(createBaseline([d(5, 'CF-003')], { cwd: '/repo', file: 'ci/baseline.json' }).findings)[0]).toMatch(/^\.\.\/a\.xlsx\u001f/);
  });

  it('still reads a version-1 baseline, keyed by the paths as findings show them', () => {
    const v1 = parseBaseline(`{"version": 1, "findings": {${JSON.stringify(['a.xlsx', '执法事项', 'power-code-unique', 'code', 'CF-003'].join('\u001f'))}: 1}}`);
    expect(v1?.version).toBe(1);
    expect(applyBaseline([d(5, 'CF-003')], v1!, { cwd: '/elsewhere', file: '/x/baseline.json' }).suppressed).toBe(1);
  });
});
