// What is wrong with a steps table's graph: next steps that name no step, loops, steps never reached. The step
// rules report these findings with their locations; the flowchart marks them on its boxes, in the same words.

import type { Bilingual } from '../diagnostics/types.js';
import type { StepRecord } from '../model/types.js';
import { stepKey, type Procedure } from './steps-graph.js';

/** The findings' "{{placeholder}}" texts, shared by the rules' messages and the flowchart's problem notes. */
export const stepFindingMessages = {
  unknownNext: {
    zh: '环节“{{step}}”的下一环节“{{next}}”不是事项“{{code}}”的环节',
    en: 'Step "{{step}}" continues to "{{next}}", which is not a step of power "{{code}}"',
  },
  cycle: {
    zh: '事项“{{code}}”的流程出现循环：{{path}}',
    en: 'The procedure of power "{{code}}" loops: {{path}}',
  },
  extraEntry: {
    zh: '事项“{{code}}”的环节“{{step}}”没有上一环节，但流程从“{{start}}”开始，因此无法到达',
    en: 'Step "{{step}}" of power "{{code}}" has no preceding step, but the procedure starts at "{{start}}", so it is never reached',
  },
  unreachable: {
    zh: '事项“{{code}}”的环节“{{step}}”无法从第一个环节“{{start}}”到达',
    en: 'Step "{{step}}" of power "{{code}}" cannot be reached from the first step "{{start}}"',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** A 下一环节 reference to no step of the same power, on the row that holds it (duplicate rows included). */
export interface UnknownNext {
  readonly row: StepRecord;
  readonly ref: string;
}

export function unknownNextSteps(procedure: Procedure): UnknownNext[] {
  const found: UnknownNext[] = [];
  for (const row of procedure.rows) {
    for (const ref of row.next ?? []) if (!procedure.byId.has(stepKey(ref))) found.push({ row, ref });
  }
  return found;
}

/** A loop, reported where it closes: `from` continues to `target`, which is still open on the path. */
export interface StepLoop {
  readonly from: StepRecord;
  readonly target: StepRecord;
  /** The loop's step ids, `target` first and last. */
  readonly path: readonly string[];
}

type Colour = 'open' | 'done';

/** Each loop once, where it closes: iterative depth-first search from the start step, then from any step not yet visited, in reading order. */
export function stepLoops(procedure: Procedure): StepLoop[] {
  const loops: StepLoop[] = [];
  const colour = new Map<StepRecord, Colour>();
  const roots = procedure.start ? [procedure.start, ...procedure.steps] : procedure.steps;
  for (const root of roots) {
    if (colour.has(root)) continue;
    const stack: Array<{ step: StepRecord; nextIndex: number }> = [{ step: root, nextIndex: 0 }];
    const path: StepRecord[] = [root];
    colour.set(root, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { step: StepRecord; nextIndex: number };
      const target = (procedure.next.get(frame.step) ?? [])[frame.nextIndex];
      if (target === undefined) {
        colour.set(frame.step, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      frame.nextIndex += 1;
      const state = colour.get(target);
      if (state === 'open') {
        loops.push({ from: frame.step, target, path: [...path.slice(path.indexOf(target)), target].map((s) => s.stepId) });
      } else if (state === undefined) {
        colour.set(target, 'open');
        stack.push({ step: target, nextIndex: 0 });
        path.push(target);
      }
    }
  }
  return loops;
}

/** A step the start step never leads to; `extraEntry` when nothing points to it at all (a second beginning). */
export interface UnreachableStep {
  readonly step: StepRecord;
  readonly extraEntry: boolean;
}

export function unreachableSteps(procedure: Procedure): UnreachableStep[] {
  const { start } = procedure;
  if (!start) return [];
  const reached = new Set<StepRecord>([start]);
  const queue: StepRecord[] = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const t of procedure.next.get(queue[i] as StepRecord) ?? []) {
      if (reached.has(t)) continue;
      reached.add(t);
      queue.push(t);
    }
  }
  const entries = new Set(procedure.entries);
  return procedure.steps.filter((step) => !reached.has(step)).map((step) => ({ step, extraEntry: entries.has(step) }));
}
