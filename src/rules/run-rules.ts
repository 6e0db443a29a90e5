// Runs the rules over one inventory: applies severities, fills message templates, attaches docs.

import { defaultSettings, type RuleSettings } from '../config/settings.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { interpolate, type Diagnostic, type Lang, type Severity } from '../diagnostics/types.js';
import type { InventoryIndex } from '../model/build-index.js';
import type { Inventory } from '../model/types.js';
import type { Problem, Rule } from './define-rule.js';

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
    const report = (problem: Problem<string>): void => {
      const data = problem.data ?? {};
      const message = rule.meta.messages[problem.messageId];
      const hint = rule.meta.hints[problem.messageId];
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: setting,
        message: message ? interpolate(message[options.lang], data) : problem.messageId,
        ...problem.at,
        ...(problem.value === undefined ? {} : { value: problem.value }),
        ...(hint ? { hint: interpolate(hint[options.lang], data) } : {}),
        ...(problem.related ? { related: problem.related } : {}),
        docs: rule.meta.docs,
      });
    };
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
