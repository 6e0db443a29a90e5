// The flowchart contract between its stages: buildFlow (inventory → FlowModel), layoutFlow (FlowModel → FlowLayout),
// renderFlowSvg / renderFlowMermaid (FlowLayout or FlowModel → text). Stages only ever go forward.

/** What a box is: the round start and end, an action, a yes/no question (a diamond), or the closing remedy note. */
export type FlowNodeKind = 'start' | 'step' | 'decision' | 'end' | 'remedy';

/**
 * 工作日 (working days) and 日 (calendar days) are counted differently (DOMAIN.md §5.9); hours and months also occur.
 * 当场 (on the spot, 即办) has amount 0. Weeks are given as 7 日 and years as 12 月.
 */
export type FlowTimeUnit = '工作日' | '日' | '小时' | '月' | '当场';

export interface FlowTimeLimit {
  readonly amount: number;
  readonly unit: FlowTimeUnit;
  /** Statutory limit, or the department's promise (承诺时限) shown beside it. */
  readonly kind: 'statutory' | 'promised';
  /** Where the limit comes from, e.g. 《中华人民共和国行政处罚法》第六十条; absent for a promise and for a steps-table cell. */
  readonly source?: string;
  /** What the clock counts from when it is not the step's own start (自受理之日起, 自立案之日起), e.g. 受理. */
  readonly from?: string;
}

export interface FlowNode {
  /** Unique within its flow; stable across runs (template step ids, or the inventory's step ids). */
  readonly id: string;
  readonly kind: FlowNodeKind;
  /** The text in the box, as the inventory or template gives it (unescaped; renderers escape). */
  readonly label: string;
  /** The post or unit that does this step, when known: the swimlane. */
  readonly lane?: string;
  readonly limits: readonly FlowTimeLimit[];
  /** A problem with this step found while building (unknown next step, unreachable, part of a cycle), shown on the chart. */
  readonly problem?: FlowProblem;
}

export interface FlowEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  /** Branch label of a decision's outgoing edge (是 / 否, 申请听证 …). */
  readonly label?: string;
}

export interface FlowProblem {
  readonly code: 'unknown-next' | 'cycle' | 'unreachable' | 'no-start' | 'no-end';
  /** The node the problem is marked on, when it is one node's (absent for a problem of the whole flow). */
  readonly nodeId?: string;
  readonly message: { readonly zh: string; readonly en: string };
}

export interface FlowModel {
  readonly powerCode: string;
  readonly powerName: string;
  /** Canonical act type name (行政处罚 …). */
  readonly actType: string;
  /** Drawn from the inventory's 执法流程 rows, or from the standard template of its act type. */
  readonly origin: { readonly kind: 'steps' } | { readonly kind: 'template'; readonly templateId: string };
  /** Lanes in drawing order; empty when no step names a post or unit. */
  readonly lanes: readonly string[];
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly problems: readonly FlowProblem[];
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

export interface LaidOutNode extends FlowNode, Box {
  /** The label wrapped to the box, one entry per line, as measured. */
  readonly lines: readonly string[];
}

export interface LaidOutEdge extends FlowEdge {
  /** Orthogonal route from the source's port to the target's port. */
  readonly points: readonly Point[];
  readonly labelBox?: Box & { readonly lines: readonly string[] };
}

export interface FlowLayout {
  readonly model: FlowModel;
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly (Box & { readonly name: string })[];
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}
