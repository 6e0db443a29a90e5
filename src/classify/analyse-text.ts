// Finds the deciding cue in one piece of text: traps first, then decisive verbs by precedence, else the head word.

import type { ActTypeId } from '../model/act-types.js';
import { cues } from './cues.js';
import { traps } from './traps.js';
import type { Cue, Trap } from './types.js';
import { compactText } from '../model/plain-text.js';

/**
 * DOMAIN.md §1.5 precedence, strongest first. Between the decisive verbs (penalty, coercion, adjudication)
 * it decides outright. Among the application-side types the head word decides instead, because a Chinese
 * item name ends with its act (…审批, …登记, …备案, …征收): "出口退（免）税备案" is a filing, not a levy.
 * Precedence then only breaks ties at the same position ("教师资格认定": licensing over confirmation).
 */
export const precedence = [
  'penalty', 'coercion', 'adjudication', 'reward', 'payment', 'levy', 'licensing', 'confirmation', 'inspection', 'other',
] as const satisfies readonly ActTypeId[];

const decisiveTypes: ReadonlySet<ActTypeId> = new Set<ActTypeId>(['penalty', 'coercion', 'adjudication']);

const rankOf = (type: ActTypeId): number => precedence.length - precedence.indexOf(type);

/** How the winner was chosen, so the reason can say so. */
export type Resolution = 'trap' | 'single' | 'precedence' | 'head';

export interface TextDecision {
  readonly type: ActTypeId;
  readonly cue: Cue | Trap;
  /** The matched text. */
  readonly text: string;
  readonly confidence: number;
  /** Types other cues in the text point at. */
  readonly conflicts: readonly ActTypeId[];
  readonly resolution: Resolution;
  /** The cue was found only inside a bracketed qualifier. */
  readonly fromQualifier: boolean;
  /** Some cue in the text marks a fee (行政事业性收费), whichever cue decided. */
  readonly mentionsFee: boolean;
}

interface Hit {
  readonly cue: Cue;
  readonly text: string;
  readonly end: number;
}

const globalPatterns = new Map<Cue, RegExp>(
  cues.map((cue): [Cue, RegExp] => [cue, new RegExp(cue.pattern.source, `${cue.pattern.flags}g`)]),
);

/** NFKC (full-width brackets become ASCII), no whitespace. */
function normaliseText(raw: string): string {
  return compactText(raw);
}

/** Blanks bracketed qualifiers such as （县级）or（婚前医学检查）so they neither decide nor move the head. */
function maskQualifiers(text: string): string {
  let masked = text;
  for (let i = 0; i < 3; i += 1) {
    masked = masked.replace(/\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g, (m) => ' '.repeat(m.length));
  }
  return masked.replace(/[\s。；;，,、]+$/u, '');
}

/**
 * The last match of a global pattern, as the last item of `text.matchAll(pattern)` but without matchAll's copy of
 * the RegExp per call (35 cues × every name and sub-item of an inventory): exec in a loop, stepping over empty
 * matches as matchAll does (AdvanceStringIndex).
 */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    last = m;
    if (m[0] === '') pattern.lastIndex = advanceIndex(text, pattern.lastIndex, pattern.unicode || pattern.flags.includes('v'));
  }
  return last;
}

function advanceIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

function findHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const [cue, pattern] of globalPatterns) {
    const last = lastMatch(pattern, text);
    if (last && last[0] !== '') hits.push({ cue, text: last[0].trim(), end: last.index + last[0].length });
  }
  return hits;
}

const distinctTypes = (types: readonly ActTypeId[], except: ActTypeId): ActTypeId[] =>
  [...new Set(types)].filter((t) => t !== except);

function better(a: Hit, b: Hit, byPosition: boolean): Hit {
  const keys = (h: Hit): number[] =>
    byPosition ? [h.end, rankOf(h.cue.type), h.cue.weight] : [rankOf(h.cue.type), h.cue.weight, h.end];
  const ka = keys(a);
  const kb = keys(b);
  for (let i = 0; i < ka.length; i += 1) {
    const x = ka[i] ?? 0;
    const y = kb[i] ?? 0;
    if (x !== y) return x > y ? a : b;
  }
  return a;
}

function decideMasked(text: string): Omit<TextDecision, 'fromQualifier'> | undefined {
  const hits = findHits(text);
  const present = hits.map((h) => h.cue.type);
  const mentionsFee = hits.some((h) => h.cue.fee === true);
  for (const trap of traps as readonly Trap[]) {
    if (trap.unless?.test(text)) continue;
    const m = trap.pattern.exec(text);
    if (!m) continue;
    const overridden = (trap.overrides ?? []).filter((t) => present.includes(t));
    return {
      type: trap.type, cue: trap, text: m[0] === '' ? trap.label : m[0], confidence: trap.weight,
      conflicts: distinctTypes(overridden, trap.type), resolution: 'trap', mentionsFee,
    };
  }
  const strong = hits.filter((h) => h.cue.fallback !== true);
  const considered = strong.length > 0 ? strong : hits;
  const first = considered[0];
  if (!first) return undefined;
  const decisive = considered.filter((h) => decisiveTypes.has(h.cue.type));
  const pool = decisive.length > 0 ? decisive : considered;
  const winner = pool.reduce((a, b) => better(a, b, decisive.length === 0), pool[0] ?? first);
  const conflicts = distinctTypes(considered.map((h) => h.cue.type), winner.cue.type);
  const resolution: Resolution = conflicts.length === 0 ? 'single' : decisive.length > 0 ? 'precedence' : 'head';
  return {
    type: winner.cue.type, cue: winner.cue, text: winner.text,
    confidence: winner.cue.weight - (conflicts.length > 0 ? 0.12 : 0), conflicts, resolution, mentionsFee,
  };
}

/** The deciding cue of a name or sub-item, or undefined when the text holds no cue at all. */
export function decideText(raw: string): TextDecision | undefined {
  const text = normaliseText(raw);
  if (text === '') return undefined;
  const masked = maskQualifiers(text);
  const main = decideMasked(masked);
  if (main) return { ...main, fromQualifier: false };
  const inQualifier = masked === text ? undefined : decideMasked(text);
  return inQualifier ? { ...inQualifier, confidence: inQualifier.confidence * 0.8, fromQualifier: true } : undefined;
}
