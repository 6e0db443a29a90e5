// A template made into a power's graph: its facts choose the branches, its 承办机构 names the main lane.

import type { PowerFact, FlowTemplate, TemplateNode, TemplateRole } from './template-types.js';
import type { FlowEdge, FlowNode, FlowTimeLimit } from './types.js';

export type PowerFacts = Readonly<Record<PowerFact, boolean>>;

export interface TemplateGraph {
  readonly lanes: readonly string[];
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

export interface TemplateOptions {
  readonly facts: PowerFacts;
  /** The power's 承办机构, which names the 承办机构 lane. */
  readonly unit?: string;
  /** Limits the power's own cells state (承诺时限, 法定时限), put beside the template's overall period. */
  readonly overallLimits: readonly FlowTimeLimit[];
}

/** Lanes in this order, those used. */
const ROLE_ORDER: readonly TemplateRole[] = ['承办机构', '听证主持人', '法制审核机构', '行政机关负责人', '人民法院'];

const kept = (node: TemplateNode, facts: PowerFacts): boolean =>
  !(node.onlyIf !== undefined && !facts[node.onlyIf]) && !(node.unless !== undefined && facts[node.unless]);

/** Follows bypasses from `id` to a box that is drawn (or the end). A template whose bypasses loop is a bug. */
function resolver(template: FlowTemplate, facts: PowerFacts): (id: string) => string {
  const byId = new Map(template.nodes.map((node) => [node.id, node]));
  return (id) => {
    const seen = new Set<string>();
    for (let current = id; ; ) {
      if (current === 'end') return current;
      const node = byId.get(current);
      if (node === undefined || seen.has(current)) throw new Error(`flow template ${template.id}: cannot resolve ${id}`);
      if (kept(node, facts)) return current;
      seen.add(current);
      if (node.bypass === undefined) throw new Error(`flow template ${template.id}: ${current} has no bypass`);
      current = node.bypass;
    }
  };
}

/** The boxes and arrows a power gets from `template`, before the end and the remedy note are added. */
export function graphFromTemplate(template: FlowTemplate, options: TemplateOptions): TemplateGraph {
  const { facts } = options;
  const resolve = resolver(template, facts);
  const arrows = new Map<string, Array<{ to: string; label?: string }>>();
  for (const node of template.nodes) {
    if (!kept(node, facts)) continue;
    const out: Array<{ to: string; label?: string }> = [];
    for (const branch of node.next) {
      const to = resolve(branch.to);
      if (!out.some((arrow) => arrow.to === to)) out.push({ to, ...(branch.label === undefined ? {} : { label: branch.label }) });
    }
    // A decision left with one way out is no longer a choice: its arrow goes on unlabelled.
    arrows.set(node.id, out.length === 1 ? out.map(({ to }) => ({ to })) : out);
  }
  // Only boxes the start still leads to.
  const reached = new Set<string>(['start']);
  const queue = ['start'];
  for (let i = 0; i < queue.length; i++) {
    for (const { to } of arrows.get(queue[i] ?? '') ?? []) {
      if (to === 'end' || reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  const laneOf = (role: TemplateRole | undefined): string | undefined =>
    role === undefined ? undefined : role === '承办机构' ? (options.unit ?? role) : role;
  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  for (const node of template.nodes) {
    if (!reached.has(node.id)) continue;
    const out = arrows.get(node.id) ?? [];
    const kind = node.kind === 'decision' && out.length < 2 ? 'step' : node.kind;
    const limits: FlowTimeLimit[] = (node.limits ?? []).map((limit) => ({ ...limit, kind: 'statutory' }));
    if (node.overall) limits.push(...options.overallLimits.filter((limit) => limit.kind === 'promised' || limits.length === 0));
    const lane = kind === 'start' ? undefined : laneOf(node.role);
    nodes.push({ id: node.id, kind, label: node.label, ...(lane === undefined ? {} : { lane }), limits });
    for (const arrow of out) edges.push({ id: `e${edges.length + 1}`, from: node.id, ...arrow });
  }
  const used = new Set(nodes.map((node) => node.lane));
  const lanes = ROLE_ORDER.map(laneOf).filter((lane): lane is string => lane !== undefined && used.has(lane));
  return { lanes: [...new Set(lanes)], nodes, edges };
}
