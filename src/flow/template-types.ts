// The shape of a standard procedure template: readable data, one entry per box, which the builder turns into a FlowModel.

import type { ActTypeId } from '../model/act-types.js';
import type { FlowTimeUnit } from './types.js';

/** Who does a step; the lanes of a template chart. 承办机构 becomes the power's own 承办机构 when it names one. */
export type TemplateRole = '承办机构' | '法制审核机构' | '听证主持人' | '行政机关负责人' | '人民法院';

/**
 * Facts of the power that choose branches: `hearing` — a penalty open to a hearing (处罚法 Art. 63, see
 * law/hearing.ts); `legalReview` — the inventory marks the power 法制审核：是, so the review is mandatory.
 */
export type PowerFact = 'hearing' | 'legalReview';

export interface TemplateLimit {
  readonly amount: number;
  readonly unit: FlowTimeUnit;
  /** The article the period comes from, e.g. 《中华人民共和国行政处罚法》第六十条. */
  readonly source: string;
  /** What the clock counts from, when not the step's own start (受理, 立案 …). */
  readonly from?: string;
}

/** An arrow out of a box: to another box of the template, or to the flow's end (`end`). */
export interface TemplateBranch {
  readonly to: string;
  /** The branch's words on a decision (是 / 否 …). */
  readonly label?: string;
}

export interface TemplateNode {
  /** ASCII, unique in the template; the node id in the model. */
  readonly id: string;
  /** The first node is the template's start. */
  readonly kind: 'start' | 'step' | 'decision';
  readonly label: string;
  readonly role?: TemplateRole;
  readonly limits?: readonly TemplateLimit[];
  readonly next: readonly TemplateBranch[];
  /** The box is drawn only when the power has this fact … */
  readonly onlyIf?: PowerFact;
  /** … or only when it has not. */
  readonly unless?: PowerFact;
  /** Where arrows into the box go when it is not drawn. */
  readonly bypass?: string;
  /** The procedure's overall statutory period: the power's 承诺时限 is shown beside it. */
  readonly overall?: true;
}

export interface FlowTemplate {
  readonly id: string;
  readonly actType: ActTypeId;
  /** What the template is, as a chart's caption names it (行政处罚一般程序 …). */
  readonly name: string;
  /** Where its steps come from, in DOMAIN.md's words. */
  readonly basis: string;
  readonly nodes: readonly TemplateNode[];
}
