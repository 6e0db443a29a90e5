// Runs batch rules over the facts of every inventory of a run.

import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { toDiagnostic, type SeveritySetting } from '../run-rules.js';
import type { BatchRule, InventoryFacts } from './define-batch-rule.js';

export function runBatchRules(
  inventories: readonly InventoryFacts[],
  rules: readonly BatchRule[],
  options: { readonly lang: Lang; readonly severities?: Readonly<Record<string, SeveritySetting>> },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (severity === 'off') continue;
    rule.check({ inventories, report: (problem) => void diagnostics.push(toDiagnostic(rule.meta, severity, problem, options.lang)) });
  }
  return diagnostics;
}
