// The shape of a rule: metadata with bilingual messages, and a pure check over one inventory.

import type { RuleSettings } from '../config/settings.js';
import type { Bilingual, Severity, SourceLocation } from '../diagnostics/types.js';
import type { TableIndex } from '../model/build-index.js';
import type { PowerFacts } from '../model/power-facts.js';
import type { Inventory, PowerRecord } from '../model/types.js';

export interface RuleMeta<M extends string> {
  /** kebab-case, equals the file name. */
  readonly id: string;
  readonly description: Bilingual;
  readonly severity: Severity;
  /** "docs/rules/<id>.md" */
  readonly docs: string;
  /** "{{placeholder}}" templates for the finding. */
  readonly messages: Readonly<Record<M, Bilingual>>;
  /** What to do about it, per message. */
  readonly hints: Readonly<Record<M, Bilingual>>;
}

export interface Problem<M extends string> {
  readonly messageId: M;
  readonly at: SourceLocation & { readonly field?: string };
  readonly value?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly related?: readonly SourceLocation[];
}

/**
 * The inventory as a rule sees it: every table but the powers, which a rule reads one at a time (`eachPower`), so a
 * streamed powers table is never held whole. `tables` lists the powers tables too.
 */
export type RuleInventory = Omit<Inventory, 'powers'>;

export interface RuleContext<M extends string> {
  readonly inventory: RuleInventory;
  readonly index: TableIndex;
  /** Profile, thresholds and reference date from the configuration. */
  readonly settings: RuleSettings;
  /** A property so rules may destructure it. */
  readonly report: (problem: Problem<M>) => void;
  /**
   * Has `visit` called with every power, in reading order, after `check` returns: from the model's array, or as a
   * streamed powers table is read. Each power's citations are parsed once for all rules (`index.citationsOf`).
   */
  readonly eachPower: (visit: (power: PowerRecord) => void) => void;
  /** Has `finish` called once the last power has been visited, with what the powers left to look up. */
  readonly afterPowers: (finish: (powers: PowerFacts) => void) => void;
}

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  /** Runs once the other tables are in; registers what to do with each power and after the last one. */
  check(context: RuleContext<M>): void;
}

/** Identity helper that gives rule files checked message ids. */
export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;
