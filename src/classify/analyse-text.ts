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
 * The prefilter's index over one list of patterns: a bit per pattern (in 32-bit words, `words` per key) under each
 * key its matches need. A key is two characters (a word of `requiredLiterals`: 许可, 罚款, 变更) or, for a word of one
 * character or a pattern that reader does not understand, one character (`patternCharacters`). A text whose
 * characters and adjacent pairs hold no key of a pattern cannot match it, so the pattern is not run.
 */
interface PrefilterIndex {
  readonly words: number;
  /** Per UTF-16 code unit, character-major: the patterns that one character may let run. */
  readonly single: Uint32Array;
  /** Per UTF-16 code unit: 1 + the row of pairs it opens, or 0 when it opens none (most characters). */
  readonly pairRow: Uint16Array;
  /** (row × 0x10000 + second code unit) → the offset of the pair's words in `pairMasks`. */
  readonly pairs: Map<number, number>;
  readonly pairMasks: Uint32Array;
  readonly scratch: Uint32Array;
}

function prefilterIndex(list: readonly { readonly pattern: RegExp }[]): PrefilterIndex {
  const words = Math.ceil(list.length / 32);
  const single = new Uint32Array(0x10000 * words);
  const pairRow = new Uint16Array(0x10000);
  const pairOffsets = new Map<number, number>();
  const pairBits: number[] = [];
  let rows = 0;
  list.forEach((entry, i) => {
    const word = i >>> 5;
    const bit = 1 << (i & 31);
    const literals = requiredLiterals(entry.pattern);
    for (const key of literals ?? patternCharacters(entry.pattern)) {
      const first = key.charCodeAt(0);
      if (key.length === 1) {
        single[first * words + word] = (single[first * words + word] ?? 0) | bit;
        continue;
      }
      if (pairRow[first] === 0) pairRow[first] = (rows += 1);
      const pair = ((pairRow[first] ?? 1) - 1) * 0x10000 + key.charCodeAt(1);
      let at = pairOffsets.get(pair);
      if (at === undefined) {
        at = pairBits.length;
        pairOffsets.set(pair, at);
        for (let w = 0; w < words; w += 1) pairBits.push(0);
      }
      pairBits[at + word] = (pairBits[at + word] ?? 0) | bit;
    }
  });
  return { words, single, pairRow, pairs: pairOffsets, pairMasks: Uint32Array.from(pairBits), scratch: new Uint32Array(words) };
}

const cueList: readonly Cue[] = cues;
const trapList: readonly Trap[] = traps;
const cueIndex = prefilterIndex(cueList);
const trapIndex = prefilterIndex(trapList);

/**
 * Which entries of an indexed list may match `text`: their bits, OR-ed over the text's characters and adjacent
 * pairs, written into the index's own scratch words (the classifier is synchronous, so one buffer per index is enough).
 */
function candidates(text: string, index: PrefilterIndex): Uint32Array {
  const { single, pairRow, pairs, pairMasks, words, scratch } = index;
  scratch.fill(0);
  const last = text.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const code = text.charCodeAt(i);
    const base = code * words;
    for (let w = 0; w < words; w += 1) scratch[w] = (scratch[w] ?? 0) | (single[base + w] ?? 0);
    const row = pairRow[code] ?? 0;
    if (row === 0 || i === last) continue;
    const at = pairs.get((row - 1) * 0x10000 + text.charCodeAt(i + 1));
    if (at !== undefined) for (let w = 0; w < words; w += 1) scratch[w] = (scratch[w] ?? 0) | (pairMasks[at + w] ?? 0);
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

/**
 * Blanks bracketed qualifiers such as （县级）or（婚前医学检查）and a trailing list of sub-items, so they neither
 * decide nor move the head; a qualifier at the start is dropped, so cues anchored there see the name.
 */
function maskQualifiers(text: string): string {
  let masked = text;
  if (/[(【[]/.test(text)) {
    for (let i = 0; i < 3; i += 1) {
      const next = masked.replace(/\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g, (m) => ' '.repeat(m.length));
      if (next === masked) break;
      masked = next;
    }
    if (masked.charCodeAt(0) === 0x20) masked = masked.trimStart();
  }
  if (/[含括]/u.test(masked)) {
    const list = subItemList.exec(masked);
    if (list && list.index >= 4) masked = masked.slice(0, list.index);
  }
  return /[\s。；;，,、]$/u.test(masked) ? masked.replace(/[\s。；;，,、]+$/u, '') : masked;
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
  const maybe = usePrefilter ? candidates(text, cueIndex) : undefined;
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

function decideMasked(text: string, fromQualifier: boolean): TextDecision | undefined {
  const hits = findHits(text);
  let mentionsFee = false;
  for (const h of hits) if (h.cue.fee === true) mentionsFee = true;
  const maybeTrap = usePrefilter ? candidates(text, trapIndex) : undefined;
  for (let i = 0; i < trapList.length; i += 1) {
    const trap = trapList[i];
    if (trap === undefined || !mayMatch(maybeTrap, i)) continue;
    const m = trap.pattern.exec(text);
    // The pattern first: most texts fail it, and then its exception need not be read.
    if (!m || trap.unless?.test(text)) continue;
    const overridden = (trap.overrides ?? []).filter((t) => hits.some((h) => h.cue.type === t));
    return {
      type: trap.type, cue: trap, text: m[0] === '' ? trap.label : m[0], confidence: trap.weight * (fromQualifier ? 0.8 : 1),
      conflicts: distinctTypes(overridden, trap.type), resolution: 'trap', mentionsFee, fromQualifier, ...runnerUpOf(hits, trap.type),
    };
  }
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
  const conflicts = distinctTypes(considered.map((h) => h.cue.type), winner.cue.type);
  const resolution: Resolution = conflicts.length === 0 ? 'single' : decisive.length > 0 ? 'precedence' : 'head';
  return {
    type: winner.cue.type, cue: winner.cue, text: winner.text,
    confidence: (weight - (conflicts.length > 0 ? 0.12 : 0)) * (fromQualifier ? 0.8 : 1), conflicts, resolution, mentionsFee,
    fromQualifier, ...runnerUpOf(hits, winner.cue.type),
  };
}

/** The strongest hit of a type other than `winner` (non-fallback cues first), as `runnerUp`, or nothing. */
function runnerUpOf(hits: readonly Hit[], winner: ActTypeId): Pick<TextDecision, 'runnerUp'> {
  const others = hits.filter((h) => h.cue.type !== winner);
  const strong = others.filter((h) => h.cue.fallback !== true);
  const pool = strong.length > 0 ? strong : others;
  const first = pool[0];
  if (first === undefined) return {};
  const best = pool.reduce((a, b) => better(a, b, !pool.some((h) => decisiveTypes.has(h.cue.type))), first);
  return { runnerUp: { type: best.cue.type, cue: best.cue, text: best.text } };
}

/** The deciding cue of a name or sub-item, or undefined when the text holds no cue at all. */
export function decideText(raw: string): TextDecision | undefined {
  const text = stripNameFrame(raw);
  if (text === '') return undefined;
  const masked = maskQualifiers(text);
  return decideMasked(masked, false) ?? (masked === text ? undefined : decideMasked(text, true));
}
