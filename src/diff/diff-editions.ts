// `diffEditions(old, new)`: what changed between two editions of an inventory or a batch — powers added, removed,
// renamed, re-coded, re-typed, moved, re-based, with new time limits or texts; bases whose status changed; and why
// each removed power was withdrawn. Pure and deterministic: the same editions give the same result in the same order.

import type { Inventory } from '../model/types.js';
import { basisStatusChanges } from './bases.js';
import { comparePair, side } from './compare-power.js';
import { editionOf, type Edition, type EditionPower } from './edition.js';
import { matchPowers } from './match.js';
import { powerChangeKinds, type DiffOptions, type EditionDiff, type PowerChange, type PowerChangeKind } from './types.js';
import { withdrawals } from './withdrawals.js';

/** Names a pair must share at least this much (besides identical bases) to be re-coded rather than removed + added. */
const DEFAULT_RECODE_THRESHOLD = 0.85;

const kindRank = new Map<PowerChangeKind, number>(powerChangeKinds.map((k, i) => [k, i]));

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Department, code, name, kind, then the row in the new (else old) edition: one fixed order, not locale-dependent. */
function order(a: PowerChange, b: PowerChange): number {
  const x = a.new ?? a.old;
  const y = b.new ?? b.old;
  return (
    compare(x?.department ?? '', y?.department ?? '') ||
    compare(x?.code ?? '', y?.code ?? '') ||
    compare(x?.name ?? '', y?.name ?? '') ||
    (kindRank.get(a.kind) ?? 0) - (kindRank.get(b.kind) ?? 0) ||
    compare(x?.location.file ?? '', y?.location.file ?? '') ||
    compare(x?.location.sheet ?? '', y?.location.sheet ?? '') ||
    (x?.location.row ?? 0) - (y?.location.row ?? 0)
  );
}

const asEdition = (input: Edition | readonly Inventory[]): Edition => (Array.isArray(input) ? editionOf(input as readonly Inventory[]) : (input as Edition));

/** Compares two editions, given as inventories or as editions built with `editionOf` / `addInventory`. */
export function diffEditions(oldInput: Edition | readonly Inventory[], newInput: Edition | readonly Inventory[], options: DiffOptions = {}): EditionDiff {
  const old = asEdition(oldInput);
  const now = asEdition(newInput);
  const { pairs, removed, added } = matchPowers(old.powers, now.powers, options.recodeThreshold ?? DEFAULT_RECODE_THRESHOLD);

  const changes: PowerChange[] = [];
  const gained: EditionPower[] = [...added];
  for (const pair of pairs) {
    const found = comparePair(pair);
    changes.push(...found);
    if (found.some((c) => c.kind === 'bases' && (c.citations?.added.length ?? 0) + (c.citations?.articles.length ?? 0) > 0)) gained.push(pair.new);
  }
  for (const p of removed) changes.push({ kind: 'removed', old: side(p) });
  for (const p of added) changes.push({ kind: 'added', new: side(p) });
  changes.sort(order);

  const bases = basisStatusChanges(old, now, removed);
  const counts = Object.fromEntries(powerChangeKinds.map((k) => [k, 0])) as Record<PowerChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  const withdrawn = withdrawals(old, now, removed, gained);
  withdrawn.sort((a, b) => compare(a.power.department, b.power.department) || compare(a.power.code, b.power.code) || compare(a.power.name, b.power.name));
  return {
    old: { sources: [...old.sources], powers: old.powers.length, bases: old.bases.length },
    new: { sources: [...now.sources], powers: now.powers.length, bases: now.bases.length },
    changes,
    bases,
    withdrawals: withdrawn,
    counts,
    changed: changes.length > 0 || bases.length > 0,
  };
}
