// ESLint-style rule tester: valid cases must give nothing; invalid cases exactly the expected findings.

import { expect } from 'vitest';
import { defaultSettings, type RuleSettings } from '../../src/config/settings.js';
import type { Lang } from '../../src/diagnostics/types.js';
import { buildIndex } from '../../src/model/build-index.js';
import type { Problem, Rule } from '../../src/rules/define-rule.js';
import { problemsOf as problemsOfRule, runRules } from '../../src/rules/run-rules.js';
import { inventoryOf, type TableRows } from './inventory.js';

export interface ExpectedFinding {
  readonly messageId?: string;
  readonly sheet?: string;
  readonly row: number;
  readonly column?: string;
  readonly value?: string;
}

export interface RuleCases {
  /** Settings for every case (default: testSettings). */
  readonly settings?: RuleSettings;
  readonly valid: readonly TableRows[];
  readonly invalid: ReadonlyArray<{ readonly tables: TableRows; readonly findings: readonly ExpectedFinding[] }>;
}

/** Tests judge dates against a fixed day so they do not age. */
export const testSettings: RuleSettings = { ...defaultSettings(new Date('2026-01-01T00:00:00Z')) };

export function runRule(rule: Rule, tables: TableRows, lang: Lang = 'zh', settings: RuleSettings = testSettings) {
  const inventory = inventoryOf(tables);
  return runRules(inventory, buildIndex(inventory), [rule], { lang, settings });
}

/** The rule's raw problems (with message ids), in report order. */
export function problemsOf(rule: Rule, tables: TableRows, settings: RuleSettings = testSettings): Problem<string>[] {
  const inventory = inventoryOf(tables);
  return problemsOfRule(rule, inventory, buildIndex(inventory), settings);
}

export function testRule(rule: Rule, cases: RuleCases): void {
  cases.valid.forEach((tables, i) => {
    expect(runRule(rule, tables, 'zh', cases.settings), `valid case ${i}`).toEqual([]);
  });
  expect(cases.invalid.length, 'a rule needs at least one invalid case').toBeGreaterThan(0);
  cases.invalid.forEach(({ tables, findings }, i) => {
    expect(findings.length, `invalid case ${i} must expect findings`).toBeGreaterThan(0);
    const problems = problemsOf(rule, tables, cases.settings);
    expect(
      problems.map((p) => ({ messageId: p.messageId, row: p.at.row })),
      `invalid case ${i} message ids`,
    ).toEqual(findings.map((f) => ({ messageId: f.messageId ?? problems[0]?.messageId, row: f.row })));
    for (const p of problems) expect(Object.keys(rule.meta.messages)).toContain(p.messageId);
    for (const lang of ['zh', 'en'] as const) {
      const got = runRule(rule, tables, lang, cases.settings);
      expect(
        got.map((d) => ({ row: d.row, ...(findings[0]?.column ? { column: d.column } : {}), ...(findings[0]?.sheet ? { sheet: d.sheet } : {}), ...(findings[0]?.value !== undefined ? { value: d.value } : {}) })),
        `invalid case ${i} (${lang})`,
      ).toEqual(findings.map(({ messageId: _m, ...where }) => where));
      for (const d of got) {
        expect(d.ruleId).toBe(rule.meta.id);
        expect(d.severity).toBe(rule.meta.severity);
        expect(d.message, 'no unfilled placeholder').not.toMatch(/\{\{/);
        expect(d.hint ?? '', 'no unfilled placeholder').not.toMatch(/\{\{/);
        expect(d.message.length).toBeGreaterThan(5);
        if (lang === 'zh') expect(d.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
}
