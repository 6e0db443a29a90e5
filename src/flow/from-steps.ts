// A power's 执法流程 rows made into its graph: one box per step, lanes by post, arrows by 下一环节 with the branch
// words of 分支条件, and every finding of the step rules marked on the box it concerns.

import { interpolate } from '../diagnostics/types.js';
import { keyOf, type InventoryIndex } from '../model/build-index.js';
import { splitRefs } from '../model/split-refs.js';
import type { StepRecord } from '../model/types.js';
import { stepFindingMessages, stepLoops, unknownNextSteps, unreachableSteps } from '../law/steps-findings.js';
import type { Procedure } from '../law/steps-graph.js';
import { isTerminator } from '../law/steps-phase.js';
import { cellLimit } from './time-limits.js';
import type { FlowEdge, FlowNode, FlowProblem, FlowTimeLimit } from './types.js';

/** Messages for what only a chart needs to say: where it had to begin, and that it never ends. */
const chartMessages = {
  noStart: {
    zh: '事项“{{code}}”的流程没有起始环节（每个环节都有上一环节），从第一个环节“{{start}}”画起',
    en: 'The procedure of power "{{code}}" has no first step (every step has a preceding one); drawn from its first row\'s step "{{start}}"',
  },
  noEnd: {
    zh: '事项“{{code}}”的流程没有结束环节（每个环节都有下一环节）',
    en: 'The procedure of power "{{code}}" has no end step (every step has a next step)',
  },
} as const;

/** Longest branch label kept whole; a longer one is cut with "…" (the full words stay in the steps table). */
const MAX_BRANCH_LABEL = 40;

export interface StepsGraph {
  readonly lanes: readonly string[];
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly problems: readonly FlowProblem[];
}

const fill = (template: { readonly zh: string; readonly en: string }, data: Readonly<Record<string, string>>): FlowProblem['message'] => ({
  zh: interpolate(template.zh, data),
  en: interpolate(template.en, data),
});

/**
 * The lane of a step: the name of the first post its 承办岗位 cell names (by id or name; the cell's own words for a
 * post not in the table). A step several posts share sits in the lane of the first, which leads it.
 */
function laneOf(step: StepRecord, index: InventoryIndex): string | undefined {
  const [first] = splitRefs(step.post);
  return first === undefined ? undefined : (index.postsByRef.get(keyOf(first))?.name ?? first);
}

/** The branch words of 分支条件 for one target: the clause naming its id ("…的，进入S2"), without the "进入S2". */
function branchLabel(condition: string | undefined, target: StepRecord): string | undefined {
  if (condition === undefined) return undefined;
  const id = target.stepId.trim();
  if (id === '') return undefined;
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const mention = new RegExp(`(?:进入|转入|转至|转|至|到|→|->)?\\s*(?<![0-9A-Za-z])${escaped}(?![0-9A-Za-z])(?:环节)?`, 'u');
  for (const clause of condition.split(/[；;。\n]/u)) {
    if (!mention.test(clause)) continue;
    const words = clause.replace(mention, '').replace(/^[\s，,：:]+|[\s，,：:的]+$/gu, '').trim();
    if (words === '') return undefined;
    return [...words].length > MAX_BRANCH_LABEL ? `${[...words].slice(0, MAX_BRANCH_LABEL - 1).join('')}…` : words;
  }
  return undefined;
}

/** Promised limits a steps table states in an extra column whose header names them (承诺时限, 承诺办结时限). */
function promisedCell(step: StepRecord): FlowTimeLimit | undefined {
  for (const [header, value] of step.extra ?? []) {
    if (/承诺/u.test(header)) return cellLimit(value, 'promised');
  }
  return undefined;
}

/**
 * The step that carries the power's own limits (承诺时限 and 法定时限 of the powers table): the one whose cell states
 * the clock from acceptance or filing, else the last one named as a decision.
 */
function overallStep(steps: readonly StepRecord[], limits: ReadonlyMap<StepRecord, FlowTimeLimit>): StepRecord | undefined {
  return steps.find((step) => limits.get(step)?.from !== undefined) ?? steps.findLast((step) => /决定|审批|批准|核准|办结/u.test(step.name ?? ''));
}

export function graphFromSteps(procedure: Procedure, index: InventoryIndex, overallLimits: readonly FlowTimeLimit[]): StepsGraph {
  const steps = procedure.steps.filter((step) => !isTerminator(step));
  const idOf = new Map<StepRecord, string>(procedure.steps.map((step) => [step, isTerminator(step) ? 'end' : '']));
  steps.forEach((step, i) => idOf.set(step, `s${i + 1}`));
  const nodeOf = (step: StepRecord): string => idOf.get(step) ?? 'end';
  const code = procedure.rows[0]?.powerCode ?? '';

  const problems: FlowProblem[] = [];
  const mark = (step: StepRecord | undefined, problem: Omit<FlowProblem, 'nodeId'>): void => {
    const nodeId = step === undefined ? undefined : nodeOf(step);
    problems.push({ ...problem, ...(nodeId === undefined ? {} : { nodeId }) });
  };
  const start = procedure.start;
  const startName = start?.name ?? start?.stepId ?? '';
  if (start !== undefined && procedure.entries.length === 0) {
    mark(start, { code: 'no-start', message: fill(chartMessages.noStart, { code, start: startName }) });
  }
  for (const { row, ref } of unknownNextSteps(procedure)) {
    const step = procedure.byId.get(keyOf(row.stepId));
    mark(step, { code: 'unknown-next', message: fill(stepFindingMessages.unknownNext, { step: row.name ?? row.stepId, next: ref, code: row.powerCode }) });
  }
  for (const loop of stepLoops(procedure)) {
    mark(loop.from, { code: 'cycle', message: fill(stepFindingMessages.cycle, { code: loop.from.powerCode, path: loop.path.join(' → ') }) });
  }
  for (const { step, extraEntry } of unreachableSteps(procedure)) {
    const data = { code: step.powerCode, step: step.name ?? step.stepId, id: step.stepId, start: startName };
    mark(step, { code: 'unreachable', message: fill(extraEntry ? stepFindingMessages.extraEntry : stepFindingMessages.unreachable, data) });
  }
  const ends = procedure.steps.filter((step) => (procedure.next.get(step) ?? []).length === 0);
  if (procedure.steps.length > 0 && ends.length === 0) mark(undefined, { code: 'no-end', message: fill(chartMessages.noEnd, { code }) });

  const stated = new Map<StepRecord, FlowTimeLimit>();
  for (const step of steps) {
    const limit = cellLimit(step.timeLimit, 'statutory');
    if (limit !== undefined) stated.set(step, limit);
  }
  const overall = overallLimits.length === 0 ? undefined : overallStep(steps, stated);
  const problemOf = new Map<string, FlowProblem>();
  for (const problem of problems) if (problem.nodeId !== undefined && !problemOf.has(problem.nodeId)) problemOf.set(problem.nodeId, problem);

  const nodes: FlowNode[] = [];
  for (const step of steps) {
    const id = nodeOf(step);
    const own = stated.get(step);
    const promised = promisedCell(step);
    const limits = [...(own === undefined ? [] : [own]), ...(promised === undefined ? [] : [promised])];
    if (step === overall) limits.push(...overallLimits.filter((limit) => limit.kind === 'promised' ? promised === undefined : own === undefined));
    const lane = laneOf(step, index);
    const problem = problemOf.get(id);
    nodes.push({
      id, kind: 'step', label: step.name ?? step.stepId, limits,
      ...(lane === undefined ? {} : { lane }), ...(problem === undefined ? {} : { problem }),
    });
  }

  const edges: FlowEdge[] = [];
  const arrow = (from: string, to: string, label?: string): void => {
    if (edges.some((edge) => edge.from === from && edge.to === to)) return;
    edges.push({ id: `e${edges.length + 1}`, from, to, ...(label === undefined ? {} : { label }) });
  };
  if (start !== undefined) arrow('start', nodeOf(start));
  for (const step of steps) {
    const targets = procedure.next.get(step) ?? [];
    if (targets.length === 0) arrow(nodeOf(step), 'end');
    for (const target of targets) arrow(nodeOf(step), nodeOf(target), targets.length > 1 ? branchLabel(step.condition, target) : undefined);
  }
  const lanes = [...new Set(nodes.map((node) => node.lane).filter((lane): lane is string => lane !== undefined))];
  return { lanes, nodes, edges, problems };
}
