// The standard 责任事项 of each act type (DOMAIN.md §4.1), with the wordings that count as naming each step.

import type { Bilingual } from '../diagnostics/types.js';
import type { PowerRecord } from '../model/types.js';
import { compact, nameText } from './power-text.js';

/** One responsibility step: its label in both languages and the words any of which names it in a 责任事项 cell. */
export interface ResponsibilityStep {
  readonly zh: string;
  readonly en: string;
  readonly any: readonly string[];
}

export type TemplateId =
  | 'licensing'
  | 'penalty'
  | 'coercion-measure'
  | 'coercion-enforcement'
  | 'levy'
  | 'payment'
  | 'inspection'
  | 'confirmation'
  | 'reward'
  | 'adjudication';

const step = (zh: string, en: string, ...any: string[]): ResponsibilityStep => ({ zh, en, any });

/**
 * Required steps per template, in order. The trailing 其他法律法规规章文件规定应履行的责任 of every
 * provincial template is a catch-all and is not required. `其他` powers have no template.
 */
const responsibilityTemplates: Readonly<Record<TemplateId, readonly ResponsibilityStep[]>> = {
  // 许可法 Arts. 30–44, 61: 受理 → 审查 → 决定 → 送达 → 事后监管
  licensing: [
    step('受理', 'acceptance', '受理'),
    step('审查', 'review', '审查', '审核', '核查'),
    step('决定', 'decision', '决定', '审批', '批准'),
    step('送达', 'service', '送达', '发证', '颁发', '发放'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督检查', '后续管理'),
  ],
  // 处罚法 Arts. 54–73: 立案 → 调查取证 → 审查 → 告知 → 决定 → 送达 → 执行
  penalty: [
    step('立案', 'opening the case', '立案'),
    step('调查取证', 'investigation', '调查'),
    step('审查', 'case review', '审查', '审理', '审核'),
    step('告知', 'notice of rights', '告知'),
    step('决定', 'decision', '决定'),
    step('送达', 'service', '送达'),
    step('执行', 'enforcement', '执行'),
  ],
  // 强制法 Arts. 18–28: 审批/决定 → 告知 → 实施 → 处理/解除 → 事后监管
  'coercion-measure': [
    step('审批/决定', 'approval or decision', '审批', '决定', '批准'),
    step('告知', 'notice', '告知'),
    step('实施', 'carrying out', '实施', '执行'),
    step('处理/解除', 'disposal or release', '解除', '处理'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督'),
  ],
  // 强制法 Arts. 35–44: 催告 → 陈述申辩复核 → 决定 → 执行 → 事后监管
  'coercion-enforcement': [
    step('催告', 'written demand', '催告'),
    step('陈述申辩', 'hearing the party', '陈述', '申辩', '复核'),
    step('决定', 'decision', '决定'),
    step('执行', 'execution', '执行', '实施', '代履行'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督'),
  ],
  levy: [
    step('受理/核定', 'assessment', '受理', '核定', '核算', '登记'),
    step('审核', 'review', '审核', '审查'),
    step('决定/通知缴纳', 'decision and payment notice', '决定', '通知', '告知'),
    step('征缴', 'collection', '征缴', '征收', '收缴', '缴纳', '收取', '缴库'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督'),
  ],
  payment: [
    step('受理', 'acceptance', '受理', '申报'),
    step('审核', 'review', '审核', '审查', '调查'),
    step('决定', 'decision', '决定', '审批', '批准'),
    step('发放', 'payment', '发放', '送达', '给付', '支付', '拨付'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督', '动态管理'),
  ],
  inspection: [
    step('检查计划/抽取', 'plan and selection', '计划', '抽取', '双随机', '方案'),
    step('实施检查', 'carrying out the inspection', '实施', '现场检查', '检查责任', '开展检查'),
    step('处置', 'follow-up', '处置', '处理', '责令', '移送'),
    step('结果公示', 'publishing the results', '公示', '公开', '公布'),
  ],
  confirmation: [
    step('受理', 'acceptance', '受理'),
    step('审查', 'review', '审查', '审核', '核查', '调查'),
    step('决定', 'decision', '决定', '确认', '认定', '登记', '核准'),
    step('送达', 'service', '送达', '发证', '颁发', '发放'),
    step('事后监管', 'supervision afterwards', '事后监管', '监管', '监督'),
  ],
  reward: [
    step('制定方案', 'plan', '方案', '计划', '部署'),
    step('推荐/申报', 'nomination', '推荐', '申报', '申请', '受理'),
    step('审核评审', 'review', '审核', '评审', '审查', '评选', '评议'),
    step('公示', 'public notice', '公示', '公开'),
    step('决定表彰', 'decision and award', '决定', '表彰', '奖励', '授予'),
  ],
  adjudication: [
    step('受理', 'acceptance', '受理'),
    step('通知答辩/调查', 'notice to answer and investigation', '答辩', '调查'),
    step('调解/审理', 'mediation or hearing', '调解', '审理', '审查'),
    step('裁决', 'ruling', '裁决', '决定'),
    step('送达', 'service', '送达'),
  ],
};

/** How findings name a template. */
export const templateLabels: Readonly<Record<TemplateId, Bilingual>> = {
  licensing: { zh: '行政许可', en: 'licensing' },
  penalty: { zh: '行政处罚', en: 'penalty' },
  'coercion-measure': { zh: '行政强制措施', en: 'coercive-measure' },
  'coercion-enforcement': { zh: '行政强制执行', en: 'coercive-enforcement' },
  levy: { zh: '行政征收', en: 'levy' },
  payment: { zh: '行政给付', en: 'payment' },
  inspection: { zh: '行政检查', en: 'inspection' },
  confirmation: { zh: '行政确认', en: 'confirmation' },
  reward: { zh: '行政奖励', en: 'reward' },
  adjudication: { zh: '行政裁决', en: 'adjudication' },
};

/** Name cues of 行政强制执行 (强制法 Art. 12), whose steps differ from 强制措施 (DOMAIN.md §1.6 item 2). */
const ENFORCEMENT_CUES = /强制执行|代履行|代为|加处罚款|滞纳金|划拨|拍卖|强制拆除|排除妨碍|恢复原状/u;

/** The template a power's 责任事项 is held to, or undefined for 其他 and untyped powers. */
export function templateFor(power: Pick<PowerRecord, 'type' | 'name' | 'subItem'>): TemplateId | undefined {
  switch (power.type) {
    case undefined:
    case 'other':
      return undefined;
    case 'coercion':
      return ENFORCEMENT_CUES.test(nameText(power)) ? 'coercion-enforcement' : 'coercion-measure';
    default:
      return power.type;
  }
}

/** The template's steps that a 责任事项 text names by none of their wordings, in template order. */
export function missingSteps(template: TemplateId, text: string): ResponsibilityStep[] {
  const haystack = compact(text);
  return responsibilityTemplates[template].filter((s) => !s.any.some((word) => haystack.includes(word)));
}
