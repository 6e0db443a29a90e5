// Rules over a whole batch of department inventories (e.g. one power claimed by several departments).
// Inventories may be checked on worker threads, so batch rules read small serialisable facts, not models.

import type { SourceLocation } from '../../diagnostics/types.js';
import type { Problem, RuleMeta } from '../define-rule.js';

/** What a batch rule knows of one power. */
export interface PowerFact {
  readonly code?: string;
  readonly name: string;
  readonly subItem?: string;
  /** 实施主体 of the power, or the inventory's department. */
  readonly department: string;
  /** Normalised titles of the laws it cites, sorted. */
  readonly basisTitles: readonly string[];
  readonly at: SourceLocation & { readonly field?: string };
}

export interface InventoryFacts {
  readonly source: string;
  readonly powers: readonly PowerFact[];
}

export type BatchProblem<M extends string> = Problem<M>;

export interface BatchRule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  check(context: { readonly inventories: readonly InventoryFacts[]; readonly report: (problem: BatchProblem<M>) => void }): void;
}

export const defineBatchRule = <M extends string>(rule: BatchRule<M>): BatchRule<M> => rule;
