// Finds the deciding cue in one piece of text: traps first, then decisive verbs by precedence, else the head word.

import type { ActTypeId } from '../model/act-types.js';
import { cues } from './cues.js';
import { traps } from './traps.js';
import type { Cue, Trap } from './types.js';
import { stripNameFrame } from './name-form.js';
import { patternCharacters } from './pattern-characters.js';
import { requiredLiterals } from './pattern-literals.js';

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

const ranks: ReadonlyMap<ActTypeId, number> = new Map(precedence.map((type, i) => [type, precedence.length - i]));

/** Higher for stronger types; a type outside `precedence` ranks as indexOf's -1 did, above all. */
const rankOf = (type: ActTypeId): number => ranks.get(type) ?? precedence.length + 1;

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
  /** The best cue of another type in the text, for a reviewer's second choice. */
  readonly runnerUp?: { readonly type: ActTypeId; readonly cue: Cue; readonly text: string };
}

interface Hit {
  readonly cue: Cue;
  readonly text: string;
  readonly end: number;
}

/** Each cue's pattern with the `g` flag, in the order of `cues`. */
const globalPatterns: readonly RegExp[] = cues.map((cue) => new RegExp(cue.pattern.source, `${cue.pattern.flags}g`));


/**
 * The prefilter's index over the cues and then the traps: a bit per pattern (in 32-bit words, `words` per key) under
 * each key its matches need. A key is two characters (a word of `requiredLiterals`: 许可, 罚款, 变更) or, for a word
 * of one character or a pattern that reader does not understand, one character (`patternCharacters`). A text whose
 * characters and adjacent pairs hold no key of a pattern cannot match it, so the pattern is not run.
 */
interface PrefilterIndex {
  readonly words: number;
  /** Per UTF-16 code unit, character-major: the patterns that one character may let run. */
  readonly single: Uint32Array;
  /** Per UTF-16 code unit: the row (1…) of the pairs it opens, or 0 when it opens none (most characters). */
  readonly pairRow: Uint16Array;
  /** An open-addressing table of pairs, `row << 16 | second code unit` (0: empty slot), and their words' offsets. */
  readonly pairKeys: Int32Array;
  readonly pairAt: Int32Array;
  readonly pairMasks: Uint32Array;
  readonly scratch: Uint32Array;
}

/** The slot where `key` sits in a table of `mask + 1` slots, or the empty slot where it would go. */
function pairSlot(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
  while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
  return slot;
}

function prefilterIndex(list: readonly { readonly pattern: RegExp }[]): PrefilterIndex {
  const words = Math.ceil(list.length / 32);
  const single = new Uint32Array(0x10000 * words);
  const pairRow = new Uint16Array(0x10000);
  const pairs = new Map<number, number[]>();
  let rows = 0;
  list.forEach((entry, i) => {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    for (const key of requiredLiterals(entry.pattern) ?? patternCharacters(entry.pattern)) {
      const first = key.charCodeAt(0);
      if (key.length === 1) {
        single[first * words + word] = (single[first * words + word] ?? 0) | bit;
        continue;
      }
      if (pairRow[first] === 0) pairRow[first] = (rows += 1);
      const pair = ((pairRow[first] ?? 0) << 16) | key.charCodeAt(1);
      const bits = pairs.get(pair) ?? new Array<number>(words).fill(0);
      bits[word] = (bits[word] ?? 0) | bit;
      pairs.set(pair, bits);
    }
  });
  // A quarter full at most, so a lookup that misses (most pairs of a text) stops at the first or second slot.
  let slots = 16;
  while (slots < pairs.size * 4) slots *= 2;
  const pairKeys = new Int32Array(slots);
  const pairAt = new Int32Array(slots);
  const pairMasks = new Uint32Array(pairs.size * words);
  let next = 0;
  for (const [pair, bits] of pairs) {
    const slot = pairSlot(pairKeys, pair);
    pairKeys[slot] = pair;
    pairAt[slot] = next;
    pairMasks.set(bits, next);
    next += words;
  }
  return { words, single, pairRow, pairKeys, pairAt, pairMasks, scratch: new Uint32Array(words) };
}

const cueList: readonly Cue[] = cues;
const trapList: readonly Trap[] = traps;
/** Cue i has bit i, trap j bit cueList.length + j: one pass over a text serves both lists. */
const index = prefilterIndex([...cueList, ...trapList]);

/**
 * Which cues and traps may match `text`: their bits, OR-ed over the text's characters and adjacent pairs, written
 * into the index's own scratch words (the classifier is synchronous, so one buffer is enough).
 */
function candidates(text: string): Uint32Array {
  const { single, pairRow, pairKeys, pairAt, pairMasks, words, scratch } = index;
  scratch.fill(0);
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    const base = code * words;
    for (let w = 0; w < words; w += 1) scratch[w] = (scratch[w] ?? 0) | (single[base + w] ?? 0);
    const row = pairRow[code] ?? 0;
    if (row === 0 || i === last) continue;
    const pair = (row << 16) | text.charCodeAt(i + 1);
    const slot = pairSlot(pairKeys, pair);
    if (pairKeys[slot] !== pair) continue;
    const at = pairAt[slot] ?? 0;
    for (let w = 0; w < words; w += 1) scratch[w] = (scratch[w] ?? 0) | (pairMasks[at + w] ?? 0);
  }
  return scratch;
}

const mayMatch = (bits: Uint32Array | undefined, i: number): boolean => bits === undefined || ((bits[i >>> 5] ?? 0) & (1 << (i & 31))) !== 0;

/** Whether to run only the patterns that share a character with the text (true), or all of them (tests). */
let usePrefilter = true;

/** For tests: run every pattern, to check the prefilter changes nothing. */
export function setPrefilter(on: boolean): void {
  usePrefilter = on;
}

/** A list of sub-items after the name: "…许可，含新办、变更、延续", "…登记：包括首次登记、变更登记". */
const subItemList = /[，,；;:、](?:具体)?(?:含|包括|包含)[^]*$/u;

/** A bracketed qualifier with no bracket inside: （县级） after NFKC, 【…】, […]. */
const qualifier = /\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g;
const blank = (m: string): string => ' '.repeat(m.length);
const hasBracket = (text: string): boolean => text.includes('(') || text.includes('【') || text.includes('[');

/** Space and punctuation a name may trail (the class is tested on the last character alone, not by scanning). */
const trailingMark = /[\s。；;，,、]/u;
const trailingMarks = /[\s。；;，,、]+$/u;

/**
 * Blanks bracketed qualifiers such as （县级）or（婚前医学检查）and a trailing list of sub-items, so they neither
 * decide nor move the head; a qualifier at the start is dropped, so cues anchored there see the name.
 */
function maskQualifiers(text: string): string {
  let masked = text;
  // includes() rather than a class regex: these run on every name and sub-item, and most have no bracket.
  if (hasBracket(text)) {
    for (let i = 0; i < 3; i += 1) {
      const next = masked.replace(qualifier, blank);
      if (next === masked) break;
      masked = next;
      // Every match opens with a bracket: with none left, another pass would change nothing.
      if (!hasBracket(masked)) break;
    }
    if (masked.charCodeAt(0) === 0x20) masked = masked.trimStart();
  }
  if (masked.includes('含') || masked.includes('括')) {
    const list = subItemList.exec(masked);
    if (list && list.index >= 4) masked = masked.slice(0, list.index);
  }
  return trailingMark.test(masked.charAt(masked.length - 1)) ? masked.replace(trailingMarks, '') : masked;
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

/** The last match of each cue in `text`, among the cues `maybe` lets run (all when it is undefined). */
function findHits(text: string, maybe: Uint32Array | undefined): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < cueList.length; i += 1) {
    if (!mayMatch(maybe, i)) continue;
    const cue = cueList[i];
    const pattern = globalPatterns[i];
    if (cue === undefined || pattern === undefined) continue;
    const last = lastMatch(pattern, text);
    if (last && last[0] !== '') hits.push({ cue, text: last[0].trim(), end: last.index + last[0].length });
  }
  return hits;
}

/** The types in order of first appearance, without `except`. */
function distinctTypes(types: readonly ActTypeId[], except: ActTypeId): ActTypeId[] {
  const out: ActTypeId[] = [];
  for (const type of types) if (type !== except && !out.includes(type)) out.push(type);
  return out;
}

/**
 * The better of two hits: by end position, then precedence, then weight (the head word decides), or by precedence,
 * weight and end (among decisive verbs); `a` on a tie.
 */
function better(a: Hit, b: Hit, byPosition: boolean): Hit {
  const rankA = rankOf(a.cue.type);
  const rankB = rankOf(b.cue.type);
  if (byPosition && a.end !== b.end) return a.end > b.end ? a : b;
  if (rankA !== rankB) return rankA > rankB ? a : b;
  if (a.cue.weight !== b.cue.weight) return a.cue.weight > b.cue.weight ? a : b;
  if (!byPosition && a.end !== b.end) return a.end > b.end ? a : b;
  return a;
}

function decideMasked(text: string, fromQualifier: boolean): TextDecision | undefined {
  const maybe = usePrefilter ? candidates(text) : undefined;
  const hits = findHits(text, maybe);
  let mentionsFee = false;
  for (const h of hits) if (h.cue.fee === true) mentionsFee = true;
  for (let i = 0; i < trapList.length; i += 1) {
    const trap = trapList[i];
    if (trap === undefined || !mayMatch(maybe, cueList.length + i)) continue;
    const m = trap.pattern.exec(text);
    // The pattern first: most texts fail it, and then its exception need not be read.
    if (!m || trap.unless?.test(text)) continue;
    const overridden = (trap.overrides ?? []).filter((t) => hits.some((h) => h.cue.type === t));
    return withRunnerUp({
      type: trap.type, cue: trap, text: m[0] === '' ? trap.label : m[0], confidence: trap.weight * (fromQualifier ? 0.8 : 1),
      conflicts: distinctTypes(overridden, trap.type), resolution: 'trap', mentionsFee, fromQualifier,
    }, hits);
  }
  if (hits.length === 0) return undefined;
  const strong = hits.filter((h) => h.cue.fallback !== true);
  const considered = strong.length > 0 ? strong : hits;
  const first = considered[0];
  if (!first) return undefined;
  const decisive = considered.filter((h) => decisiveTypes.has(h.cue.type));
  const pool = decisive.length > 0 ? decisive : considered;
  const winner = pool.reduce((a, b) => better(a, b, decisive.length === 0), pool[0] ?? first);
  // The head word picks the type and is shown; the strongest cue of that type sets the weight ("…许可变更住所" is as
  // sure as "…许可", though 变更住所 is the head).
  let weight = winner.cue.weight;
  for (const h of pool) if (h.cue.type === winner.cue.type && h.cue.weight > weight) weight = h.cue.weight;
  const conflicts: ActTypeId[] = [];
  for (const h of considered) if (h.cue.type !== winner.cue.type && !conflicts.includes(h.cue.type)) conflicts.push(h.cue.type);
  const resolution: Resolution = conflicts.length === 0 ? 'single' : decisive.length > 0 ? 'precedence' : 'head';
  return withRunnerUp({
    type: winner.cue.type, cue: winner.cue, text: winner.text,
    confidence: (weight - (conflicts.length > 0 ? 0.12 : 0)) * (fromQualifier ? 0.8 : 1), conflicts, resolution, mentionsFee,
    fromQualifier,
  }, hits);
}

/**
 * The decision with its `runnerUp`, the strongest hit of a type other than the decision's (non-fallback cues first),
 * when there is one. Added to the object rather than spread into a new one: a spread after other properties takes
 * V8's slow path, and this runs for every name.
 */
function withRunnerUp(decision: Omit<TextDecision, 'runnerUp'>, hits: readonly Hit[]): TextDecision {
  const others = hits.filter((h) => h.cue.type !== decision.type);
  const strong = others.filter((h) => h.cue.fallback !== true);
  const pool = strong.length > 0 ? strong : others;
  const first = pool[0];
  if (first === undefined) return decision;
  const byPosition = !pool.some((h) => decisiveTypes.has(h.cue.type));
  const best = pool.reduce((a, b) => better(a, b, byPosition), first);
  const out: { -readonly [K in keyof TextDecision]: TextDecision[K] } = decision;
  out.runnerUp = { type: best.cue.type, cue: best.cue, text: best.text };
  return out;
}

/** The deciding cue of a name or sub-item, or undefined when the text holds no cue at all. */
export function decideText(raw: string): TextDecision | undefined {
  const text = stripNameFrame(raw);
  if (text === '') return undefined;
  const masked = maskQualifiers(text);
  return decideMasked(masked, false) ?? (masked === text ? undefined : decideMasked(text, true));
}
