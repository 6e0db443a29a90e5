// Legal bases whose 时效性 changed between two editions, department by department, with the powers citing them.

import { keyOf } from '../model/build-index.js';
import { side } from './compare-power.js';
import type { Edition, EditionBasis, EditionPower } from './edition.js';
import type { BasisStatusChange, PowerSide } from './types.js';

const basisKey = (b: EditionBasis): string => `${keyOf(b.department)}\u0000${b.keys[0] ?? ''}`;

/** Pairs catalogue rows by department and title; versions of one law (several rows) pair by 公布日期, then in order. */
function pairBases(old: readonly EditionBasis[], now: readonly EditionBasis[]): [EditionBasis, EditionBasis][] {
  const olds = new Map<string, EditionBasis[]>();
  for (const b of old) {
    const list = olds.get(basisKey(b));
    if (list === undefined) olds.set(basisKey(b), [b]);
    else list.push(b);
  }
  const pairs: [EditionBasis, EditionBasis][] = [];
  for (const b of now) {
    const list = olds.get(basisKey(b));
    if (list === undefined || list.length === 0) continue;
    const at = Math.max(0, list.findIndex((o) => o.promulgated === b.promulgated));
    const [match] = list.splice(at, 1);
    if (match !== undefined) pairs.push([match, b]);
  }
  return pairs;
}

/** Department and cited title key → the powers citing it, each once. */
function citationIndex(powers: readonly EditionPower[]): Map<string, EditionPower[]> {
  const index = new Map<string, EditionPower[]>();
  for (const p of powers) {
    for (const key of new Set(p.citations.map((c) => `${keyOf(p.department)}\u0000${c.titleKey}`))) {
      const list = index.get(key);
      if (list === undefined) index.set(key, [p]);
      else list.push(p);
    }
  }
  return index;
}

/** Powers citing any of a basis's keys (title, short title) in its department, in edition order. */
function citing(basis: EditionBasis, index: ReadonlyMap<string, readonly EditionPower[]>, order: ReadonlyMap<EditionPower, number>): PowerSide[] {
  const found = new Set<EditionPower>();
  for (const key of basis.keys) for (const p of index.get(`${keyOf(basis.department)}\u0000${key}`) ?? []) found.add(p);
  return [...found].sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0)).map(side);
}

export function basisStatusChanges(old: Edition, now: Edition, removed: readonly EditionPower[]): BasisStatusChange[] {
  const changed = pairBases(old.bases, now.bases).filter(([a, b]) => a.status !== b.status);
  if (changed.length === 0) return [];
  // Only the departments with a changed basis are scanned, once each.
  const departments = new Set(changed.map(([, b]) => keyOf(b.department)));
  const inScope = (p: EditionPower): boolean => departments.has(keyOf(p.department));
  const powers = [...now.powers.filter(inScope), ...removed.filter(inScope)];
  const index = citationIndex(powers);
  const order = new Map(powers.map((p, i) => [p, i]));
  return changed.map(([a, b]) => ({
    department: b.department,
    title: b.title,
    ...(a.status === undefined ? {} : { from: a.status }),
    ...(b.status === undefined ? {} : { to: b.status }),
    old: a.location,
    new: b.location,
    powers: citing(b, index, order),
  }));
}
