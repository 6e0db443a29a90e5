// Runs the rules over one inventory: applies severities, fills message templates, attaches docs.

import { defaultSettings, type RuleSettings } from '../config/settings.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { interpolate, type Diagnostic, type Lang, type Severity } from '../diagnostics/types.js';
import type { InventoryIndex } from '../model/build-index.js';
import type { Inventory } from '../model/types.js';
import type { Problem, Rule, RuleMeta } from './define-rule.js';

export type SeveritySetting = Severity | 'off';

export interface RunRulesOptions {
  readonly lang: Lang;
  /** Per-rule severity overrides. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  readonly settings?: RuleSettings;
}

export function runRules(
  inventory: Inventory,
  index: InventoryIndex,
  rules: readonly Rule[],
  options: RunRulesOptions,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const settings = options.settings ?? defaultSettings();
  for (const rule of rules) {
    const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    const report = (problem: Problem<string>): void => void diagnostics.push(toDiagnostic(rule.meta, setting, problem, options.lang));
    try {
      rule.check({ inventory, index, settings, report });
    } catch (cause) {
      throw new ToolkitError(
        'rule-crashed',
        {
          zh: `规则 ${rule.meta.id} 在检查 ${inventory.source} 时出错，请将此文件和错误信息反馈给 quanze 开发者`,
          en: `Rule ${rule.meta.id} crashed while checking ${inventory.source}; please report this file and message to the quanze developers`,
        },
        { cause },
      );
    }
  }
  return diagnostics;
}

/** A reported problem as a finding: the template filled in the run's language, docs attached. */
export function toDiagnostic(meta: RuleMeta<string>, severity: Severity, problem: Problem<string>, lang: Lang): Diagnostic {
  const data = problem.data ?? {};
  const message = meta.messages[problem.messageId];
  const hint = meta.hints[problem.messageId];
  return {
    ruleId: meta.id,
    severity,
    message: message ? interpolate(message[lang], data) : problem.messageId,
    ...problem.at,
    ...(problem.value === undefined ? {} : { value: problem.value }),
    ...(hint ? { hint: interpolate(hint[lang], data) } : {}),
    ...(problem.related ? { related: problem.related } : {}),
    docs: meta.docs,
  };
}
