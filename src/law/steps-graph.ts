// Each power's procedure as a graph: its steps in reading order, step ids, edges and the start step.

import { keyOf } from '../model/build-index.js';

export { groupStepsByPower } from '../model/build-index.js';
import type { StepRecord } from '../model/types.js';

export interface Procedure {
  /** Power code key. */
  readonly powerKey: string;
  /** All rows of the power, in reading order (duplicates included). */
  readonly rows: readonly StepRecord[];
  /** The first row of each step id key; later rows with the same id are duplicates (step-id-unique). */
  readonly byId: ReadonlyMap<string, StepRecord>;
  /** Distinct steps (first row per id), in reading order. */
  readonly steps: readonly StepRecord[];
  /** Existing successors of each distinct step, in the order its 下一环节 cell lists them, without repeats. */
  readonly next: ReadonlyMap<StepRecord, readonly StepRecord[]>;
  /** Steps no other step points to, in reading order. */
  readonly entries: readonly StepRecord[];
  /** The first entry step; the first step when every step has a predecessor. */
  readonly start: StepRecord | undefined;
}

/** Step ids and 下一环节 refs compare like codes. */
export const stepKey = (id: string): string => keyOf(id);

/**
 * Takes the steps table grouped by power code (`groupStepsByPower`, or the index's `stepsByPower`, in order of first
 * appearance) and builds each power's graph as the caller
 * reaches it: a graph is garbage once its power is checked, instead of all of them living through the rule (on a
 * 10⁶-power inventory that kept hundreds of thousands of Maps alive and made every old-space GC longer).
 */
export function* buildProcedures(stepsByPower: ReadonlyMap<string, readonly StepRecord[]>): Generator<Procedure, void, undefined> {
  for (const [powerKey, rows] of stepsByPower) yield buildProcedure(powerKey, rows);
}

/** One power's graph from its rows (as `groupStepsByPower` gives them). */
export function buildProcedure(powerKey: string, rows: readonly StepRecord[]): Procedure {
  const byId = new Map<string, StepRecord>();
  for (const row of rows) {
    const key = stepKey(row.stepId);
    if (!byId.has(key)) byId.set(key, row);
  }
  const steps = [...byId.values()];
  const next = new Map<StepRecord, StepRecord[]>();
  const hasPredecessor = new Set<StepRecord>();
  for (const step of steps) {
    const targets: StepRecord[] = [];
    for (const ref of step.next ?? []) {
      const target = byId.get(stepKey(ref));
      if (!target || targets.includes(target)) continue;
      targets.push(target);
      if (target !== step) hasPredecessor.add(target);
    }
    next.set(step, targets);
  }
  const entries = steps.filter((s) => !hasPredecessor.has(s));
  return { powerKey, rows, byId, steps, next, entries, start: entries[0] ?? steps[0] };
}

/** Steps in topological order, or undefined when the procedure has a cycle (Kahn's algorithm, O(V + E)). */
export function topologicalOrder(procedure: Procedure): StepRecord[] | undefined {
  const indegree = new Map<StepRecord, number>(procedure.steps.map((s) => [s, 0]));
  for (const targets of procedure.next.values()) {
    for (const t of targets) indegree.set(t, (indegree.get(t) ?? 0) + 1);
  }
  const queue = procedure.steps.filter((s) => indegree.get(s) === 0);
  const order: StepRecord[] = [];
  for (let i = 0; i < queue.length; i++) {
    const step = queue[i] as StepRecord;
    order.push(step);
    for (const t of procedure.next.get(step) ?? []) {
      const left = (indegree.get(t) ?? 0) - 1;
      indegree.set(t, left);
      if (left === 0) queue.push(t);
    }
  }
  return order.length === procedure.steps.length ? order : undefined;
}

export interface Clock {
  /** Largest total weight from the clock's start (exclusive) to the step (inclusive); undefined if not after it. */
  readonly totalAt: (step: StepRecord) => number | undefined;
  /** Step ids along that heaviest path, start first (built on demand, for messages). */
  readonly pathTo: (step: StepRecord) => readonly string[];
}

/** What a step does to the clock: adds its own duration, or states the clock's reading itself (自受理之日起20日). */
export type ClockStep = { readonly add: number } | { readonly at: number };

/**
 * Heaviest path from `source` to every step after it, in a procedure without cycles: how long the statutory
 * clock that starts at `source` must at least have run when each later step ends. A step that states the
 * clock's reading (`at`) resets the total to it. Undefined when the procedure has a cycle. O(V + E).
 */
export function heaviestPathsFrom(
  procedure: Procedure,
  source: StepRecord,
  weight: (step: StepRecord) => ClockStep,
): Clock | undefined {
  const order = topologicalOrder(procedure);
  if (!order) return undefined;
  const total = new Map<StepRecord, number>([[source, 0]]);
  const previous = new Map<StepRecord, StepRecord>();
  for (const step of order) {
    const here = total.get(step);
    if (here === undefined) continue;
    for (const t of procedure.next.get(step) ?? []) {
      const w = weight(t);
      const candidate = 'at' in w ? w.at : here + w.add;
      if (candidate > (total.get(t) ?? -1)) {
        total.set(t, candidate);
        previous.set(t, step);
      }
    }
  }
  return {
    totalAt: (step) => total.get(step),
    pathTo: (step) => {
      const path: string[] = [];
      for (let s: StepRecord | undefined = step; s !== undefined; s = previous.get(s)) path.push(s.stepId);
      return path.reverse();
    },
  };
}
