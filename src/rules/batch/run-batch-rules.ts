// Runs batch rules over the facts of every inventory of a run: at once, or one inventory at a time in input order.

import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { toDiagnostic, type SeveritySetting } from '../run-rules.js';
import type { BatchRule, BatchRuleRun, InventoryFacts } from './define-batch-rule.js';

export interface BatchRulesOptions {
  readonly lang: Lang;
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
}

/** Batch rules being run: add each inventory's facts in input order, then take the findings. */
export interface BatchRulesRun {
  add(inventory: InventoryFacts): void;
  /** The findings so far, in the order the rules reported them. */
  diagnostics(): Diagnostic[];
}

export function openBatchRules(rules: readonly BatchRule[], options: BatchRulesOptions): BatchRulesRun {
  const found: Diagnostic[] = [];
  const runs: BatchRuleRun[] = [];
  for (const rule of rules) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    runs.push(rule.open((problem) => void found.push(toDiagnostic(rule.meta, severity, problem, options.lang))));
  }
  return {
    add: (inventory) => {
      for (const run of runs) run.add(inventory);
    },
    diagnostics: () => [...found],
  };
}

export function runBatchRules(inventories: readonly InventoryFacts[], rules: readonly BatchRule[], options: BatchRulesOptions): Diagnostic[] {
  const run = openBatchRules(rules, options);
  for (const inventory of inventories) run.add(inventory);
  return run.diagnostics();
}
