// Finds the deciding cue in one piece of text: traps first, then decisive verbs by precedence, else the head word.

import type { ActTypeId } from '../model/act-types.js';
import { cues } from './cues.js';
import { traps } from './traps.js';
import type { Cue, Trap } from './types.js';
import { stripNameFrame } from './name-form.js';
import { patternCharacters } from './pattern-characters.js';

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
 * For each UTF-16 code unit, a bit per pattern of `list` containing that character, in 32-bit words
 * (`words` per character, laid out character-major): a lookup per character of the text, no hashing.
 */
interface MaskTable {
  readonly masks: Uint32Array;
  readonly words: number;
  readonly scratch: Uint32Array;
}

function characterMasks(list: readonly { readonly pattern: RegExp }[]): MaskTable {
  const words = Math.ceil(list.length / 32);
  const masks = new Uint32Array(0x10000 * words);
  list.forEach((entry, i) => {
    for (const ch of patternCharacters(entry.pattern)) {
      const at = ch.charCodeAt(0) * words + (i >>> 5);
      masks[at] = (masks[at] ?? 0) | (1 << (i & 31));
    }
  });
  return { masks, words, scratch: new Uint32Array(words) };
}

const cueList: readonly Cue[] = cues;
const trapList: readonly Trap[] = traps;
const cueMasks = characterMasks(cueList);
const trapMasks = characterMasks(trapList);

/**
 * Which entries of a masked list may match `text`: their bits, OR-ed over the text's characters, written into the
 * table's own scratch words (the classifier is synchronous, so one buffer per table is enough).
 */
function candidates(text: string, table: MaskTable): Uint32Array {
  const { masks, words, scratch } = table;
  scratch.fill(0);
  for (let i = 0; i < text.length; i += 1) {
    const base = text.charCodeAt(i) * words;
    for (let w = 0; w < words; w += 1) scratch[w] = (scratch[w] ?? 0) | (masks[base + w] ?? 0);
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
  const maybe = usePrefilter ? candidates(text, cueMasks) : undefined;
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
  const maybeTrap = usePrefilter ? candidates(text, trapMasks) : undefined;
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
