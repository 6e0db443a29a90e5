// The changes of one matched pair of powers: name, code, type, department, unit, bases, time limits, texts.

import { keyOf } from '../model/build-index.js';
import { compareCitations } from './citations.js';
import { sameText, type EditionPower } from './edition.js';
import { display, type Pair } from './match.js';
import type { PowerChange, PowerChangeKind, PowerSide } from './types.js';

export function side(p: EditionPower): PowerSide {
  return {
    department: p.department,
    code: p.code,
    name: p.name,
    ...(p.subItem === undefined ? {} : { subItem: p.subItem }),
    ...(p.type === undefined ? {} : { type: p.type }),
    ...(p.unit === undefined ? {} : { unit: p.unit }),
    location: p.location,
  };
}

/** Text fields compared as text, with the change kind each gives. */
const textFields: readonly (readonly [PowerChangeKind, 'unit' | 'statutoryLimit' | 'promisedLimit' | 'responsibilities' | 'accountability'])[] = [
  ['moved-unit', 'unit'],
  ['statutory-limit', 'statutoryLimit'],
  ['promised-limit', 'promisedLimit'],
  ['responsibilities', 'responsibilities'],
  ['accountability', 'accountability'],
];

/** Every change of a pair (the caller orders them); empty when the power is the same. */
export function comparePair(pair: Pair): PowerChange[] {
  const { old, new: now } = pair;
  const sides = { old: side(old), new: side(now) };
  const changes: PowerChange[] = [];
  const change = (kind: PowerChangeKind, from: string | undefined, to: string | undefined, extra: Partial<PowerChange> = {}): void => {
    changes.push({ kind, ...sides, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }), ...extra });
  };
  if (!sameText(display(old), display(now))) change('renamed', display(old), display(now));
  if (pair.by === 'recoded') change('recoded', old.code, now.code, pair.score === undefined ? {} : { score: Math.round(pair.score * 1000) / 1000 });
  if (old.type !== now.type) change('retyped', old.type, now.type);
  if (keyOf(old.department) !== keyOf(now.department)) change('moved-department', old.department, now.department);
  for (const [kind, field] of textFields) if (!sameText(old[field], now[field])) change(kind, old[field], now[field]);
  const citations = compareCitations(old.citations, now.citations);
  if (citations !== undefined) change('bases', undefined, undefined, { citations });
  return changes;
}
