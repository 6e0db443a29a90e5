// The name a department goes by on the site: the 实施主体 most of its powers name, else its file's name.

import type { Inventory } from '../model/types.js';

export function departmentName(inventory: Inventory): string {
  const counts = new Map<string, number>();
  for (const power of inventory.powers) {
    const name = power.department?.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | undefined;
  let bestCount = 0;
  // Ties go to the name seen first, so the choice does not depend on Map internals.
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  if (best !== undefined) return best;
  const file = inventory.source.split('/').filter(Boolean).pop() ?? inventory.source;
  return file.replace(/\.(xlsx|xls|ods|csv)$/i, '') || '未命名部门';
}
