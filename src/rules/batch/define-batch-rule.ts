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

/** One run of a batch rule: each inventory's facts are added in input order, as they arrive. */
export interface BatchRuleRun {
  add(inventory: InventoryFacts): void;
}

export interface BatchRule<M extends string = string> {
  readonly meta: RuleMeta<M>;
  /**
   * Starts a run that reports as inventories are added. A run keeps only compact indexes of what it has seen
   * (keys and locations), never the facts themselves, so a batch's facts can be let go one inventory at a time.
   */
  open(report: (problem: BatchProblem<M>) => void): BatchRuleRun;
}

export const defineBatchRule = <M extends string>(rule: BatchRule<M>): BatchRule<M> => rule;
