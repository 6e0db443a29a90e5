// The department an inventory belongs to: the 实施主体 most of its powers name (stats and diff group by it).

import type { Inventory } from './types.js';

/**
 * The 实施主体 named by the most powers (the first named among equals), trimmed; undefined when no power
 * names one. A department's inventory names itself on every row, so the majority is its name even when a few
 * rows name a joint or delegated body.
 */
export function departmentOf(inventory: Pick<Inventory, 'powers'>): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const power of inventory.powers) {
    const name = power.department?.trim();
    if (name === undefined || name === '') continue;
    const count = (counts.get(name) ?? 0) + 1;
    counts.set(name, count);
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
