// Why each removed power left the list, as far as the two editions tell: merged into a power that now carries all
// its citations, or a basis it cited repealed (or dropped from the catalogue); otherwise unstated.

import { keyOf } from '../model/build-index.js';
import { side } from './compare-power.js';
import type { Edition, EditionPower } from './edition.js';
import { display } from './match.js';
import { nameSimilarity } from './similarity.js';
import type { Withdrawal, WithdrawalReason } from './types.js';

const citationKey = (department: string, titleKey: string, locator: string): string => `${keyOf(department)}\u0000${titleKey}\u0000${locator}`;

/**
 * For every removed power, its reason. `gained` are the new edition's powers that are new or cite more than
 * before: only they can have taken a removed power in (a power that always cited the same articles did not).
 */
export function withdrawals(old: Edition, now: Edition, removed: readonly EditionPower[], gained: readonly EditionPower[]): Withdrawal[] {
  if (removed.length === 0) return [];
  const byCitation = new Map<string, EditionPower[]>();
  for (const p of gained) {
    for (const c of p.citations) {
      const key = citationKey(p.department, c.titleKey, c.locator);
      const list = byCitation.get(key);
      if (list === undefined) byCitation.set(key, [p]);
      else if (list[list.length - 1] !== p) list.push(p);
    }
  }
  const status = new Map<string, string | undefined>();
  for (const b of now.bases) for (const key of b.keys) status.set(`${keyOf(b.department)}\u0000${key}`, b.status);
  const catalogued = new Set<string>();
  for (const b of old.bases) for (const key of b.keys) catalogued.add(`${keyOf(b.department)}\u0000${key}`);

  return removed.map((power) => ({ power: side(power), reason: reasonFor(power, byCitation, status, catalogued) }));
}

function reasonFor(
  power: EditionPower, byCitation: ReadonlyMap<string, readonly EditionPower[]>, status: ReadonlyMap<string, string | undefined>,
  catalogued: ReadonlySet<string>,
): WithdrawalReason {
  const [first, ...rest] = power.citations;
  if (first !== undefined) {
    const candidates = (byCitation.get(citationKey(power.department, first.titleKey, first.locator)) ?? []).filter((c) =>
      rest.every((r) => c.citations.some((x) => x.titleKey === r.titleKey && x.locator === r.locator)),
    );
    let best: EditionPower | undefined;
    let bestScore = -1;
    for (const c of candidates) {
      const score = nameSimilarity(display(power), display(c));
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best !== undefined) return { kind: 'merged', into: side(best) };
  }
  const titles: string[] = [];
  for (const c of power.citations) {
    const key = `${keyOf(power.department)}\u0000${c.titleKey}`;
    const repealed = status.has(key) ? status.get(key) === 'repealed' : catalogued.has(key);
    if (repealed && !titles.includes(c.title)) titles.push(c.title);
  }
  return titles.length > 0 ? { kind: 'basis-repealed', titles } : { kind: 'unstated' };
}
