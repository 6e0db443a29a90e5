// The shape of a rule: metadata with bilingual messages, and a pure check over one inventory.

import type { RuleSettings } from '../config/settings.js';
import type { Bilingual, Severity, SourceLocation } from '../diagnostics/types.js';
import type { InventoryIndex } from '../model/build-index.js';
import type { Inventory } from '../model/types.js';

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

export interface RuleContext<M extends string> {
  readonly inventory: Inventory;
  readonly index: InventoryIndex;
  /** Profile, thresholds and reference date from the configuration. */
  readonly settings: RuleSettings;
  /** A property so rules may destructure it. */
  readonly report: (problem: Problem<M>) => void;
}

export interface Rule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  check(context: RuleContext<M>): void;
}

/** Identity helper that gives rule files checked message ids. */
export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;
