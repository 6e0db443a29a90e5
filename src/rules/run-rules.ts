// Runs the rules over one inventory: applies severities, fills message templates, attaches docs; the powers are
// visited once, by every rule in turn, whether they come from the model or stream from the reader.

import { defaultSettings, type RuleSettings } from '../config/settings.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { interpolate, type Diagnostic, type Lang, type Severity } from '../diagnostics/types.js';
import type { TableIndex } from '../model/build-index.js';
import { PowerFactsBuilder, type PowerFacts } from '../model/power-facts.js';
import type { Inventory, PowerRecord } from '../model/types.js';
import type { Problem, Rule, RuleInventory, RuleMeta } from './define-rule.js';

export type SeveritySetting = Severity | 'off';

export interface RunRulesOptions {
  readonly lang: Lang;
  /** Per-rule severity overrides. */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  readonly settings?: RuleSettings;
}

type ProblemSink = (meta: RuleMeta<string>, severity: Severity, problem: Problem<string>) => void;

/**
 * One run of the rules over an inventory whose powers come one at a time: `start` once the other tables are in
 * (each rule's `check` registers what it does with a power), `visit` for each power in reading order, `finish`
 * after the last. A streamed powers table goes through `visit` as it is read, so no rule needs it whole.
 */
export class RuleRun {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly visitors: Array<{ readonly rule: RuleMeta<string>; readonly visit: (power: PowerRecord) => void }> = [];
  private readonly finishers: Array<{ readonly rule: RuleMeta<string>; readonly finish: (powers: PowerFacts) => void }> = [];
  private facts: PowerFactsBuilder | undefined;
  private source = '';

  /** `take`: where a rule's problem goes; by default a finding in the run's language, kept for `finish`. */
  constructor(
    private readonly rules: readonly Rule[],
    private readonly options: RunRulesOptions,
    private readonly take: ProblemSink = (meta, severity, problem) =>
      void this.diagnostics.push(toDiagnostic(meta, severity, problem, options.lang)),
  ) {}

  start(inventory: RuleInventory, index: TableIndex): void {
    const { options } = this;
    const settings = options.settings ?? defaultSettings();
    this.source = inventory.source;
    this.facts = new PowerFactsBuilder(index.stepsByPower);
    for (const rule of this.rules) {
      const setting = options.severities?.[rule.meta.id] ?? rule.meta.severity;
      if (setting === 'off') continue;
      const { meta } = rule;
      const report = (problem: Problem<string>): void => this.take(meta, setting, problem);
      const eachPower = (visit: (power: PowerRecord) => void): void => void this.visitors.push({ rule: meta, visit });
      const afterPowers = (finish: (powers: PowerFacts) => void): void => void this.finishers.push({ rule: meta, finish });
      this.guard(meta, () => rule.check({ inventory, index, settings, report, eachPower, afterPowers }));
    }
  }

  visit(power: PowerRecord): void {
    this.facts?.add(power);
    const { visitors } = this;
    let i = 0;
    try {
      for (; i < visitors.length; i++) visitors[i]?.visit(power);
    } catch (cause) {
      throw this.crashed(visitors[i]?.rule.id ?? '', cause);
    }
  }

  /** The findings of every rule, in the order reported; `omittedPowerCodes`: codes of rows left out of the model. */
  finish(omittedPowerCodes: readonly string[]): Diagnostic[] {
    const facts = (this.facts ?? new PowerFactsBuilder(new Set())).finish(omittedPowerCodes);
    for (const { rule, finish } of this.finishers) this.guard(rule, () => finish(facts));
    return this.diagnostics;
  }

  private guard(rule: RuleMeta<string>, run: () => void): void {
    try {
      run();
    } catch (cause) {
      throw this.crashed(rule.id, cause);
    }
  }

  private crashed(ruleId: string, cause: unknown): ToolkitError {
    return new ToolkitError(
      'rule-crashed',
      {
        zh: `规则 ${ruleId} 在检查 ${this.source} 时出错，请将此文件和错误信息反馈给 quanze 开发者`,
        en: `Rule ${ruleId} crashed while checking ${this.source}; please report this file and message to the quanze developers`,
      },
      { cause },
    );
  }
}

/** Runs the rules over a whole model: its powers are visited from its array. */
export function runRules(
  inventory: Inventory,
  index: TableIndex,
  rules: readonly Rule[],
  options: RunRulesOptions,
): Diagnostic[] {
  const run = new RuleRun(rules, options);
  run.start(inventory, index);
  for (const power of inventory.powers) run.visit(power);
  return run.finish(inventory.omittedKeys.powerCodes);
}

/** The problems one rule reports over a whole model, as reported (message ids, no text): for rule tests. */
export function problemsOf(rule: Rule, inventory: Inventory, index: TableIndex, settings: RuleSettings): Problem<string>[] {
  const problems: Problem<string>[] = [];
  const run = new RuleRun([rule], { lang: 'zh', settings }, (_meta, _severity, problem) => void problems.push(problem));
  run.start(inventory, index);
  for (const power of inventory.powers) run.visit(power);
  run.finish(inventory.omittedKeys.powerCodes);
  return problems;
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
