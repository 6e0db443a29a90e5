// Cases for step-cycle: A procedure has no cycle (no step leads back to itself through its next steps).

import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/step-cycle.js';
import { columnOf } from '../helpers/inventory.js';
import { problemsOf, testRule } from '../helpers/rule-tester.js';

const step = (stepId: string, next: string[] = [], powerCode = 'XK-001') => ({ powerCode, stepId, name: stepId, next });

describe('step-cycle', () => {
  it('accepts branches that join again and reports each loop once, where it closes', () => {
    testRule(rule, {
      valid: [{ steps: [step('S1', ['S2', 'S3']), step('S2', ['S4']), step('S3', ['S4']), step('S4')] }],
      invalid: [
        {
          tables: { steps: [step('S1', ['S2']), step('S2', ['S3']), step('S3', ['S1', 'S4']), step('S4', ['S4'])] },
          findings: [
            { messageId: 'cycle', row: 4, column: columnOf('steps', 'next'), value: 'S1' },
            { messageId: 'cycle', row: 5, column: columnOf('steps', 'next'), value: 'S4' },
          ],
        },
      ],
    });
  });

  it('names the path of the loop', () => {
    const problems = problemsOf(rule, { steps: [step('S1', ['S2']), step('S2', ['S3']), step('S3', ['S2'])] });
    expect(problems.map((p) => p.data?.path)).toEqual(['S2 → S3 → S2']);
  });
});
