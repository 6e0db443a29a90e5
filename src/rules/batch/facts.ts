// The small, serialisable facts batch rules need from one inventory.

import { normaliseTitle, type ParsedCitations } from '../../citation/index.js';
import type { TableIndex } from '../../model/build-index.js';
import { at } from '../../model/location.js';
import type { Inventory, PowerRecord } from '../../model/types.js';
import type { InventoryFacts } from './define-batch-rule.js';

export function inventoryFacts(inventory: Inventory, index: TableIndex): InventoryFacts {
  const fallback = inventory.source;
  // Powers citing the same text share one parse (InventoryIndex.citationsOf), and so one list of title keys.
  const titlesOf = new Map<ParsedCitations, readonly string[]>();
  const basisTitles = (power: PowerRecord): readonly string[] => {
    const parsed = index.citationsOf(power);
    let titles = titlesOf.get(parsed);
    if (titles === undefined) {
      titles = [...new Set(parsed.citations.map((c) => normaliseTitle(c.title)))].sort();
      titlesOf.set(parsed, titles);
    }
    return titles;
  };
  return {
    source: inventory.source,
    powers: inventory.powers.map((power) => ({
      ...(power.code === undefined ? {} : { code: power.code }),
      name: power.name,
      ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
      department: power.department ?? fallback,
      basisTitles: basisTitles(power),
      at: at(power.source, 'name'),
    })),
  };
}
