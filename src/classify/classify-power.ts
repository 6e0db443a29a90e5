// classifyPower: the act type of one power, from its name, sub-item, cited text and code, with the reason in words.

import type { Bilingual } from '../diagnostics/types.js';
import { decideText, type TextDecision } from './analyse-text.js';
import { calibrate } from './calibrate.js';
import {
  basisEvidence, codeEvidence, departmentEvidence, subItemEvidence, type ContextEvidence,
} from './context.js';
import { joinTypeLabels, sourceLabel, typeLabel } from './labels.js';
import type {
  Classification, ClassificationFlag, ClassifiedTypeId, ClassifyInput, ClassifyOptions, Cue, EvidenceSource, Trap,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export const round = (n: number): number => Math.round(Math.min(0.99, Math.max(0.05, n)) * 100) / 100;

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
  const second = decision.runnerUp;
  const alternative = second === undefined ? undefined : {
    type: second.type, cue: second.text,
    reason: {
      zh: `${where.zh}也含“${second.text.length <= 14 ? second.text : second.cue.label}”，${second.cue.why.zh}`,
      en: `${where.en} also contains "${second.text.length <= 14 ? second.text : second.cue.label}": ${second.cue.why.en}`,
    },
  };
  // Optional fields are added in place (same key order as spreading them): spreads after other properties take
  // V8's slow path, and every name comes through here.
  const out: Mutable<Classification> = { type, confidence: round(decision.confidence), reason, cue: decision.text, cueId: cue.id, source };
  if (decision.conflicts.length > 0) out.conflicts = decision.conflicts;
  if (flags.length > 0) out.flags = flags;
  if (cue.coercionKind) out.coercionKind = cue.coercionKind;
  if (alternative) out.alternative = alternative;
  return out;
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

/** A sentence for one piece of evidence outside the name. */
function contextSentence(evidence: ContextEvidence): Bilingual {
  const where = sourceLabel(evidence.where);
  return { zh: `${where.zh}含“${evidence.cue}”，${evidence.why.zh}`, en: `${where.en.toLowerCase()} contains "${evidence.cue}": ${evidence.why.en}` };
}

/** The English sentence with a capital first letter, for a reason standing on its own. */
const capitalise = (text: Bilingual): Bilingual => ({ zh: text.zh, en: text.en.charAt(0).toUpperCase() + text.en.slice(1) });

const withConflict = (result: Classification, type: ClassifiedTypeId): readonly ClassifiedTypeId[] =>
  [...new Set([...(result.conflicts ?? []), type])];

/** The name's weak cue (a bare review verb, a bracketed qualifier only, or a low weight) may be outweighed by the row. */
function isWeak(decision: TextDecision | undefined): boolean {
  return decision === undefined || decision.cue.fallback === true || decision.fromQualifier || decision.confidence < 0.66;
}

/** Sub-items of a licence read like registrations or changes; they do not argue against the licence. */
const licenceSubItem = (nameType: ClassifiedTypeId, sub: TextDecision, subItem: string | undefined): boolean =>
  nameType === 'licensing' && (sub.type === 'confirmation' || sub.type === 'other') && subItemEvidence(subItem) !== undefined;

/** Stage one decided firmly: the other columns only raise or lower its confidence. */
function confirmStrong(
  result: Classification, byTrap: boolean, subItem: string | undefined, bySubItem: TextDecision | undefined,
  context: readonly ContextEvidence[],
): Classification {
  let out = result;
  if (bySubItem && bySubItem.type !== result.type && !byTrap && !licenceSubItem(result.type, bySubItem, subItem)) {
    const label = typeLabel(bySubItem.type);
    out = { ...out, confidence: round(out.confidence - 0.1), conflicts: withConflict(out, bySubItem.type),
      reason: { zh: `${out.reason.zh}；子项含“${bySubItem.text}”，指向${label.zh}，请核对`, en: `${out.reason.en}; the sub-item contains "${bySubItem.text}", pointing at ${label.en}, please check` },
      alternative: { type: bySubItem.type, cue: bySubItem.text,
        reason: { zh: `子项名称含“${bySubItem.text}”，${bySubItem.cue.why.zh}`, en: `The sub-item contains "${bySubItem.text}": ${bySubItem.cue.why.en}` } } };
  }
  for (const evidence of context) {
    if (evidence.where === 'subItem' || evidence.where === 'department') continue;
    const agrees = evidence.type === out.type || (out.type === 'fee' && evidence.type === 'levy');
    if (evidence.where === 'code') {
      const label = typeLabel(evidence.type);
      out = agrees
        ? { ...out, confidence: round(out.confidence + 0.05),
          reason: { zh: `${out.reason.zh}；编码类型段“${evidence.cue}”与之一致`, en: `${out.reason.en}; the code segment "${evidence.cue}" agrees` } }
        : { ...out, confidence: round(out.confidence - 0.1), conflicts: withConflict(out, evidence.type),
          reason: { zh: `${out.reason.zh}；但编码类型段“${evidence.cue}”指向${label.zh}，请核对`, en: `${out.reason.en}; but the code segment "${evidence.cue}" points at ${label.en}, please check` },
          alternative: { type: evidence.type, cue: evidence.cue, reason: capitalise(contextSentence(evidence)) } };
    } else if (agrees) {
      // A basis often quotes several acts, so disagreement is not held against the name.
      out = { ...out, confidence: round(out.confidence + 0.03),
        reason: { zh: `${out.reason.zh}；依据条文含“${evidence.cue}”，相互印证`, en: `${out.reason.en}; the cited basis contains "${evidence.cue}", which agrees` } };
    }
  }
  return out;
}

/**
 * Stage two: the name is weak or silent, so the strongest of the row's other columns decides — the sub-item's own
 * cue, its life-cycle wording, the code's type letter, the cited basis, the department — and agreement adds up.
 */
function fromContext(
  byName: Classification | undefined, bySubItem: Classification | undefined, context: readonly ContextEvidence[],
): Classification | undefined {
  type Candidate = { readonly type: ClassifiedTypeId; readonly weight: number; readonly sentence: Bilingual; readonly result?: Classification;
    readonly evidence?: ContextEvidence };
  const candidates: Candidate[] = [];
  if (bySubItem) candidates.push({ type: bySubItem.type, weight: bySubItem.confidence * 0.9, sentence: bySubItem.reason, result: bySubItem });
  for (const evidence of context) {
    if (evidence.where === 'subItem' && bySubItem) continue;
    candidates.push({ type: evidence.type, weight: evidence.weight, sentence: contextSentence(evidence), evidence });
  }
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (b.weight > a.weight ? b : a));
  const nameWeight = byName?.confidence ?? 0;
  if (byName && (best.weight <= nameWeight || best.type === byName.type)) {
    const support = candidates.filter((c) => c.type === byName.type);
    const against = candidates.filter((c) => c.type !== byName.type).reduce<Candidate | undefined>((a, b) => (a === undefined || b.weight > a.weight ? b : a), undefined);
    if (support.length === 0) {
      return against === undefined || byName.alternative !== undefined ? undefined
        : { ...byName, alternative: { type: against.type, reason: capitalise(against.sentence) } };
    }
    const boost = Math.min(0.15, support.length * 0.08);
    if (support.length === 0) return undefined;
    return { ...byName, confidence: round(byName.confidence + boost),
      reason: { zh: `${byName.reason.zh}；${support.map((c) => c.sentence.zh).join('；')}，相互印证`,
        en: `${byName.reason.en}; ${support.map((c) => c.sentence.en).join('; ')}, which agrees` } };
  }
  const agreeing = candidates.filter((c) => c !== best && c.type === best.type);
  const confidence = round(best.weight + Math.min(0.15, agreeing.length * 0.08));
  const label = typeLabel(best.type);
  const nameNote: Bilingual = byName
    ? { zh: `名称线索较弱（“${byName.cue ?? ''}”指向${typeLabel(byName.type).zh}）`, en: `the name's cue is weak ("${byName.cue ?? ''}" points at ${typeLabel(byName.type).en})` }
    : { zh: '名称无类型线索', en: 'The name has no type cue' };
  const also = agreeing.map((c) => c.sentence);
  const reason: Bilingual = {
    zh: `${nameNote.zh}；${best.sentence.zh}${also.map((a) => `；${a.zh}`).join('')}，按${label.zh}归类，请复核`,
    en: `${byName ? nameNote.en.charAt(0).toUpperCase() + nameNote.en.slice(1) : nameNote.en}; ${best.sentence.en}${also.map((a) => `; ${a.en}`).join('')}, so it is classed as ${label.en}; please review`,
  };
  const conflicts = byName && byName.type !== best.type ? [byName.type] : [];
  const runnerUp = candidates.filter((c) => c.type !== best.type).reduce<Candidate | undefined>((a, b) => (a === undefined || b.weight > a.weight ? b : a), undefined);
  const alternative = byName && byName.type !== best.type ? { type: byName.type, reason: byName.reason, ...(byName.cue === undefined ? {} : { cue: byName.cue }) }
    : runnerUp === undefined ? undefined : { type: runnerUp.type, reason: capitalise(runnerUp.sentence) };
  if (best.result) {
    return { ...best.result, confidence, reason, ...(conflicts.length > 0 ? { conflicts: withConflict(best.result, byName?.type ?? best.type) } : {}),
      ...(alternative ? { alternative } : {}) };
  }
  const evidence = best.evidence;
  return {
    type: best.type, confidence, reason, source: evidence?.where ?? 'none',
    ...(evidence ? { cue: evidence.cue, cueId: evidence.id } : {}),
    ...(conflicts.length > 0 ? { conflicts } : {}),
    ...(alternative ? { alternative } : {}),
  };
}

/**
 * The act type of one power before calibration: the name's cues (traps, precedence, head word), then — when the
 * name is weak or silent — the second stage over sub-item, cited basis, code and department.
 */
export function classifyUncalibrated(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const byName = decideText(input.name);
  const bySubItemText = input.subItem ? decideText(input.subItem) : undefined;
  const context = [
    subItemEvidence(input.subItem), codeEvidence(input.code), basisEvidence(input.basisText), departmentEvidence(input.department),
  ].filter((e): e is ContextEvidence => e !== undefined);
  const named = byName ? fromText(byName, 'name', options) : undefined;
  if (byName && named && !isWeak(byName)) return confirmStrong(named, byName.resolution === 'trap', input.subItem, bySubItemText, context);
  const bySubItem = bySubItemText ? fromText(bySubItemText, 'subItem', options) : undefined;
  return fromContext(named, bySubItem, context) ?? named ?? unclassified();
}

/**
 * The act type of one power with its calibrated confidence, deciding cue and a bilingual reason.
 * Evidence order: name, then (when the name is weak) sub-item, code, cited basis and department.
 * The declared type is never used to decide; compare it with `compareWithDeclared`.
 */
export function classifyPower(input: ClassifyInput, options: ClassifyOptions = {}): Classification {
  const raw: Mutable<Classification> = classifyUncalibrated(input, options);
  // classifyUncalibrated returns a fresh object each call, so it is completed in place rather than copied.
  raw.rawConfidence = raw.confidence;
  raw.confidence = calibrate(raw.confidence);
  return raw;
}
