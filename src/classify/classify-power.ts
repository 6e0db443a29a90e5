// classifyPower: the act type of one power, from its name, sub-item, cited text and code, with the reason in words.

import type { Bilingual } from '../diagnostics/types.js';
import type { ActTypeId } from '../model/act-types.js';
import { isPlainText } from '../model/plain-text.js';
import { decideText, type TextDecision } from './analyse-text.js';
import { readCodeType } from './code-type.js';
import { joinTypeLabels, sourceLabel, typeLabel } from './labels.js';
import type {
  Classification, ClassificationFlag, ClassifiedTypeId, ClassifyInput, ClassifyOptions, Cue, EvidenceSource, Trap,
} from './types.js';

/** Sanction and other verbs looked for in the cited articles when the name says nothing (DOMAIN §6 R8). */
const basisCues = [
  { type: 'penalty', pattern: /处[^。；，]{0,12}罚款|罚款|没收|吊销|警告|拘留|责令停产停业|责令关闭/,
    why: { zh: '所引条文规定了处罚', en: 'the cited article sets a sanction' } },
  { type: 'coercion', pattern: /查封|扣押|冻结|扣留|强制执行|代履行/,
    why: { zh: '所引条文规定了强制措施或强制执行', en: 'the cited article provides a coercive measure or enforcement' } },
  { type: 'levy', pattern: /征收|缴纳[^。；]{0,10}(?:税|费)/,
    why: { zh: '所引条文规定了征收税费', en: 'the cited article levies a tax or charge' } },
  { type: 'licensing', pattern: /许可|批准|审批|核准/,
    why: { zh: '所引条文规定了许可或批准', en: 'the cited article requires a licence or approval' } },
] as const satisfies ReadonlyArray<{ type: ActTypeId; pattern: RegExp; why: Bilingual }>;

const round = (n: number): number => Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;

/** Shows the matched text, or the cue's label when the match is a long clause. */
const display = (decision: TextDecision): string => (decision.text.length <= 14 ? decision.text : decision.cue.label);

function conflictNote(decision: TextDecision): Bilingual | undefined {
  if (decision.conflicts.length === 0) return undefined;
  const others = joinTypeLabels(decision.conflicts);
  if (decision.resolution === 'trap') {
    return { zh: `名称中${others.zh}的字样不起决定作用`, en: `words pointing at ${others.en} do not decide here` };
  }
  const by: Bilingual = decision.resolution === 'precedence'
    ? { zh: '处罚、强制、裁决类动词优先', en: 'penalty, coercion and adjudication verbs take precedence' }
    : { zh: '以名称末尾的中心词为准', en: 'the head word at the end of the name decides' };
  return {
    zh: `名称也含${others.zh}线索，${by.zh}，置信度下调`,
    en: `the name also has cues for ${others.en}; ${by.en}, so confidence is lowered`,
  };
}

function fromText(decision: TextDecision, source: EvidenceSource, options: ClassifyOptions): Classification {
  const cue: Cue | Trap = decision.cue;
  const type: ClassifiedTypeId = options.variant?.splitFees && decision.type === 'levy' && decision.mentionsFee ? 'fee' : decision.type;
  const where = sourceLabel(source);
  const shown = display(decision);
  const notes: Bilingual[] = [];
  const conflict = conflictNote(decision);
  if (conflict) notes.push(conflict);
  if (decision.fromQualifier) notes.push({ zh: '线索只出现在括号说明中', en: 'the cue appears only in a bracketed qualifier' });
  if (type === 'fee') notes.push({ zh: '本地口径单列为行政收费', en: 'this profile lists fees as their own type' });
  const reason: Bilingual = {
    zh: `${where.zh}含“${shown}”，${cue.why.zh}${notes.map((n) => `；${n.zh}`).join('')}`,
    en: `${where.en} contains "${shown}": ${cue.why.en}${notes.map((n) => `; ${n.en}`).join('')}`,
  };
  const flags: ClassificationFlag[] = 'flag' in cue && cue.flag ? [cue.flag] : [];
  return {
    type, confidence: round(decision.confidence), reason, cue: decision.text, cueId: cue.id, source,
    ...(decision.conflicts.length > 0 ? { conflicts: decision.conflicts } : {}),
    ...(flags.length > 0 ? { flags } : {}),
    ...(cue.coercionKind ? { coercionKind: cue.coercionKind } : {}),
  };
}

function fromBasis(basisText: string): Classification | undefined {
  const text = isPlainText(basisText) ? basisText : basisText.normalize('NFKC');
  for (const basis of basisCues) {
    const m = basis.pattern.exec(text);
    if (!m) continue;
    const label = typeLabel(basis.type);
    return {
      type: basis.type, confidence: 0.55, cue: m[0], source: 'basis',
      reason: {
        zh: `名称无类型线索；依据条文含“${m[0]}”，${basis.why.zh}，按${label.zh}归类，请复核`,
        en: `The name has no type cue; the cited basis contains "${m[0]}": ${basis.why.en}, so it is classed as ${label.en}; please review`,
      },
    };
  }
  return undefined;
}

function unclassified(): Classification {
  return {
    type: 'other', confidence: 0.3, source: 'none', flags: ['unclassified'],
    reason: {
      zh: '未找到类型线索，归入其他行政权力，请人工复核',
      en: 'No type cue found, so it is classed as "other administrative power"; please review',
    },
  };
}

/** Adds what the item code says: agreement raises confidence, a different type is reported as a conflict. */
function withCode(result: Classification, code: string | undefined): Classification {
  const found = code === undefined ? undefined : readCodeType(code);
  if (!found) return result;
  const label = typeLabel(found.type);
  const agrees = found.type === result.type || (result.type === 'fee' && found.type === 'levy');
  if (agrees) {
    return { ...result, confidence: round(result.confidence + 0.05),
      reason: { zh: `${result.reason.zh}；编码类型段“${found.segment}”与之一致`, en: `${result.reason.en}; the code segment "${found.segment}" agrees` } };
  }
  if (result.source === 'none') {
    return { type: found.type, confidence: 0.6, cue: found.segment, source: 'code',
      reason: { zh: `名称无类型线索；事项编码含类型段“${found.segment}”，即${label.zh}`, en: `The name has no type cue; the item code has the type segment "${found.segment}", i.e. ${label.en}` } };
  }
  return { ...result, confidence: round(result.confidence - 0.1), conflicts: [...new Set([...(result.conflicts ?? []), found.type])],
    reason: { zh: `${result.reason.zh}；但编码类型段“${found.segment}”指向${label.zh}，请核对`, en: `${result.reason.en}; but the code segment "${found.segment}" points at ${label.en}, please check` } };
}

/** Adds what the cited basis says when it agrees with the name; a basis often quotes several acts, so disagreement is not held against the name. */
function withBasis(result: Classification, basisText: string | undefined): Classification {
  if (!basisText || result.source === 'basis') return result;
  const basis = fromBasis(basisText);
  if (!basis || basis.type !== result.type) return result;
  return { ...result, confidence: round(result.confidence + 0.03),
    reason: { zh: `${result.reason.zh}；依据条文含“${basis.cue ?? ''}”，相互印证`, en: `${result.reason.en}; the cited basis contains "${basis.cue ?? ''}", which agrees` } };
}

/**
 * The act type of one power with its confidence, deciding cue and a bilingual reason.
 * Evidence order: name, then sub-item, then cited basis text, then a type segment in the code.
 * The declared type is never used to decide; compare it with `compareWithDeclared`.
 */
export function classifyPower(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const byName = decideText(input.name);
  const bySubItem = input.subItem ? decideText(input.subItem) : undefined;
  let result: Classification;
  if (byName) {
    result = fromText(byName, 'name', options);
    if (bySubItem && bySubItem.type !== byName.type && byName.resolution !== 'trap') {
      const label = typeLabel(bySubItem.type);
      result = { ...result, confidence: round(result.confidence - 0.1), conflicts: [...new Set([...(result.conflicts ?? []), bySubItem.type])],
        reason: { zh: `${result.reason.zh}；子项含“${bySubItem.text}”，指向${label.zh}，请核对`, en: `${result.reason.en}; the sub-item contains "${bySubItem.text}", pointing at ${label.en}, please check` } };
    }
  } else if (bySubItem) {
    const sub = fromText(bySubItem, 'subItem', options);
    result = { ...sub, confidence: round(sub.confidence * 0.9) };
  } else {
    result = (input.basisText ? fromBasis(input.basisText) : undefined) ?? unclassified();
  }
  return withCode(withBasis(result, input.basisText), input.code);
}
