// The second stage: what the row's other columns say when the name alone is weak — the sub-item, the cited basis
// (its chapter, the law it cites, its sanction verbs), a type letter in the code, and the implementing department.

import type { Bilingual } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';
import { compactText } from '../model/plain-text.js';
import { readCodeType } from './code-type.js';

/** One piece of evidence outside the name, with its own strength (0..1) and reason. */
export interface ContextEvidence {
  readonly id: string;
  readonly type: ActTypeId;
  readonly weight: number;
  readonly where: 'subItem' | 'basis' | 'code' | 'department';
  /** The text that was found. */
  readonly cue: string;
  readonly why: Bilingual;
}

interface ContextRule {
  readonly id: string;
  readonly type: ActTypeId;
  readonly pattern: RegExp;
  readonly weight: number;
  readonly why: Bilingual;
}

/**
 * Rules on the cited basis text, strongest first. A chapter heading or the law cited says more than a verb in a
 * quoted article, because a basis often quotes several articles (a prohibition and its sanction).
 */
export const basisRules = [
  { id: 'basis-liability-chapter', type: 'penalty', pattern: /法律责任|罚\s*则/, weight: 0.72,
    why: { zh: '所引条文在“法律责任”（罚则）一章，是处罚依据', en: 'the cited article is in the legal-liability (sanctions) chapter, a penalty basis' } },
  { id: 'basis-licensing-law', type: 'licensing', pattern: /《(?:中华人民共和国)?行政许可法》/, weight: 0.7,
    why: { zh: '依据引用行政许可法，是许可事项', en: 'the basis cites the Administrative Licensing Law, so it is a licensing item' } },
  { id: 'basis-coercion-law', type: 'coercion', pattern: /《(?:中华人民共和国)?行政强制法》/, weight: 0.68,
    why: { zh: '依据引用行政强制法，是强制事项', en: 'the basis cites the Administrative Coercion Law, so it is a coercion item' } },
  { id: 'basis-sanction', type: 'penalty', pattern: /处[^。；，]{0,12}罚款|罚款|没收|吊销|警告|拘留|责令停产停业|责令关闭/, weight: 0.62,
    why: { zh: '所引条文规定了处罚', en: 'the cited article sets a sanction' } },
  { id: 'basis-coercion', type: 'coercion', pattern: /查封|扣押|冻结|扣留|强制执行|代履行/, weight: 0.6,
    why: { zh: '所引条文规定了强制措施或强制执行', en: 'the cited article provides a coercive measure or enforcement' } },
  { id: 'basis-levy', type: 'levy', pattern: /征收|缴纳[^。；]{0,10}(?:税|费)/, weight: 0.58,
    why: { zh: '所引条文规定了征收税费', en: 'the cited article levies a tax or charge' } },
  { id: 'basis-licensing', type: 'licensing', pattern: /许可|批准|审批|核准/, weight: 0.58,
    why: { zh: '所引条文规定了许可或批准', en: 'the cited article requires a licence or approval' } },
] as const satisfies readonly ContextRule[];

/** A licence's sub-items read like registrations or changes: 设立、变更、延续、注销、新办、换发、补办. */
export const subItemLifecycle = {
  id: 'subitem-lifecycle', type: 'licensing', pattern: /设立|变更|延续|注销|新办|换发|补办|补发|换证|增项|迁移/, weight: 0.62,
  why: { zh: '子项是设立、变更、延续、注销等办理环节，是许可事项的常见拆分', en: 'the sub-items are establishment, change, renewal or cancellation steps, the usual split of a licence' },
} as const satisfies ContextRule;

/** Departments whose lists are (almost) all penalties: comprehensive enforcement bureaus and their brigades. */
export const departmentRules = [
  { id: 'department-enforcement', type: 'penalty', pattern: /综合行政执法|综合执法|城市管理(?:综合)?(?:行政)?执法|执法(?:局|支队|大队|总队)/, weight: 0.5,
    why: { zh: '实施主体是综合行政执法机构，其事项绝大多数是行政处罚', en: 'the department is a comprehensive enforcement body, whose items are almost all penalties' } },
  // An administrative approval bureau (相对集中行政许可权改革) holds mostly licences: it tips an uncued name to
  // licensing, weakly, and never overrules a cue.
  { id: 'department-approval', type: 'licensing', pattern: /行政审批(?:服务)?局|审批服务局|行政审批科/, weight: 0.5,
    why: { zh: '实施主体是行政审批局，其事项大多是行政许可', en: 'the department is an administrative approval bureau, whose items are mostly licences' } },
] as const satisfies readonly ContextRule[];

function firstRule(rules: readonly ContextRule[], text: string, where: ContextEvidence['where']): ContextEvidence | undefined {
  for (const rule of rules) {
    const m = rule.pattern.exec(text);
    if (m) return { id: rule.id, type: rule.type, weight: rule.weight, where, cue: m[0], why: rule.why };
  }
  return undefined;
}

/** What the cited basis says, or undefined. */
export function basisEvidence(basisText: string | undefined): ContextEvidence | undefined {
  return basisText === undefined || basisText.trim() === '' ? undefined : firstRule(basisRules, compactText(basisText), 'basis');
}

/** The sub-item's life-cycle wording, or undefined. */
export function subItemEvidence(subItem: string | undefined): ContextEvidence | undefined {
  return subItem === undefined ? undefined : firstRule([subItemLifecycle], compactText(subItem), 'subItem');
}

/** A type segment in the item code (`-XK-`, `CF00012000`), or undefined. */
export function codeEvidence(code: string | undefined): ContextEvidence | undefined {
  const found = code === undefined ? undefined : readCodeType(code);
  if (!found) return undefined;
  return {
    id: 'code-type-letter', type: found.type, weight: 0.66, where: 'code', cue: found.segment,
    why: { zh: `事项编码含类型段“${found.segment}”`, en: `the item code has the type segment "${found.segment}"` },
  };
}

/** What the implementing department suggests, or undefined. */
export function departmentEvidence(department: string | undefined): ContextEvidence | undefined {
  return department === undefined ? undefined : firstRule(departmentRules, compactText(department), 'department');
}
