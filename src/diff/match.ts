// Pairs the powers of two editions, from the surest evidence to the weakest: the same department and code (and
// sub-item); the same code in another department (moved); the same name and bases under a new code (re-coded).
// What is left is removed or added.

import { keyOf } from '../model/build-index.js';
import { citationSignature } from './citations.js';
import type { EditionPower } from './edition.js';
import { nameSimilarity } from './similarity.js';

export type MatchKind = 'same-code' | 'moved' | 'recoded';

export interface Pair {
  readonly old: EditionPower;
  readonly new: EditionPower;
  readonly by: MatchKind;
  /** Name similarity, for re-coded pairs. */
  readonly score?: number;
}

export interface Matching {
  readonly pairs: Pair[];
  readonly removed: EditionPower[];
  readonly added: EditionPower[];
}

/** More candidates than this in one bucket (same department and bases) are compared by exact name only. */
const MAX_BUCKET = 64;

/** Name similarity a power with the same code in another department needs to count as moved. */
const MOVED_MIN_SIMILARITY = 0.5;

/** A code identifies a power; without one its name does. */
const identity = (p: EditionPower): string => (p.code === '' ? `n:${keyOf(p.name)}` : `c:${keyOf(p.code)}`);
const sub = (p: EditionPower): string => keyOf(p.subItem ?? '');

/** Groups by key, keeping input order inside each group. */
function group(powers: readonly EditionPower[], key: (p: EditionPower) => string): Map<string, EditionPower[]> {
  const map = new Map<string, EditionPower[]>();
  for (const p of powers) {
    const k = key(p);
    const list = map.get(k);
    if (list === undefined) map.set(k, [p]);
    else list.push(p);
  }
  return map;
}

/**
 * One pass: each `now` power takes the first unpaired `old` power of the same key. With `unique`, a key pairs only
 * when it names exactly one power on each side (a code shared by sub-items must not pair them at random).
 */
function pass(
  old: readonly EditionPower[], now: readonly EditionPower[], key: (p: EditionPower) => string | undefined, by: MatchKind,
  pairs: Pair[], unique = false, accept: (old: EditionPower, now: EditionPower) => boolean = () => true,
): { old: EditionPower[]; now: EditionPower[] } {
  const keyed = (p: EditionPower): string => key(p) ?? '';
  const olds = group(old.filter((p) => key(p) !== undefined), keyed);
  const news = unique ? group(now.filter((p) => key(p) !== undefined), keyed) : undefined;
  const paired = new Set<EditionPower>();
  for (const p of now) {
    const k = key(p);
    if (k === undefined) continue;
    const candidates = olds.get(k);
    if (candidates === undefined || candidates.length === 0) continue;
    if (unique && (candidates.length !== 1 || news?.get(k)?.length !== 1)) continue;
    if (candidates[0] === undefined || !accept(candidates[0], p)) continue;
    const match = candidates.shift();
    if (match === undefined) continue;
    pairs.push({ old: match, new: p, by });
    paired.add(match).add(p);
  }
  return { old: old.filter((p) => !paired.has(p)), now: now.filter((p) => !paired.has(p)) };
}

/** Re-coded: same department and the same cited articles, names alike at least `threshold`; best score first. */
function recoded(old: readonly EditionPower[], now: readonly EditionPower[], threshold: number, pairs: Pair[]): { old: EditionPower[]; now: EditionPower[] } {
  const bucketOf = (p: EditionPower): string => `${keyOf(p.department)}\u0000${citationSignature(p.citations)}`;
  const buckets = group(now, bucketOf);
  const taken = new Set<EditionPower>();
  for (const o of old) {
    const candidates = buckets.get(bucketOf(o));
    if (candidates === undefined) continue;
    let best: EditionPower | undefined;
    let bestScore = -1;
    const wide = candidates.length > MAX_BUCKET;
    for (const c of candidates) {
      if (taken.has(c) || (o.code !== '' && keyOf(c.code) === keyOf(o.code))) continue;
      const score = wide ? (keyOf(c.name) === keyOf(o.name) && sub(c) === sub(o) ? 1 : 0) : nameSimilarity(display(o), display(c));
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best === undefined || bestScore < threshold) continue;
    taken.add(best).add(o);
    pairs.push({ old: o, new: best, by: 'recoded', score: bestScore });
  }
  return { old: old.filter((p) => !taken.has(p)), now: now.filter((p) => !taken.has(p)) };
}

/** 事项名称, with the 子项 in brackets when there is one. */
export const display = (p: Pick<EditionPower, 'name' | 'subItem'>): string => (p.subItem === undefined ? p.name : `${p.name}（${p.subItem}）`);

export function matchPowers(old: readonly EditionPower[], now: readonly EditionPower[], recodeThreshold: number): Matching {
  const pairs: Pair[] = [];
  const dept = (p: EditionPower): string => keyOf(p.department);
  // 1. Same department, code and sub-item; 2. same department and code, the sub-item renamed (one each side).
  let left = pass(old, now, (p) => `${dept(p)}\u0000${identity(p)}\u0000${sub(p)}`, 'same-code', pairs);
  left = pass(left.old, left.now, (p) => (p.code === '' ? undefined : `${dept(p)}\u0000${identity(p)}`), 'same-code', pairs, true);
  // 3. The same code (and sub-item) in another department: moved, when the code is unique among the rest and the
  // name or the bases stayed (departments of a batch often number their powers alike: XK-001 in each).
  const alike = (o: EditionPower, n: EditionPower): boolean =>
    nameSimilarity(display(o), display(n)) >= MOVED_MIN_SIMILARITY || citationSignature(o.citations) === citationSignature(n.citations);
  left = pass(left.old, left.now, (p) => (p.code === '' ? undefined : `${identity(p)}\u0000${sub(p)}`), 'moved', pairs, true, alike);
  // 4. Same name and bases under a new code.
  left = recoded(left.old, left.now, recodeThreshold, pairs);
  return { pairs, removed: left.old, added: left.now };
}
