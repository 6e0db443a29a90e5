// The small, serialisable facts batch rules need from one inventory.

import { normaliseTitle } from '../../citation/index.js';
import type { InventoryIndex } from '../../model/build-index.js';
import { at } from '../../model/location.js';
import type { Inventory } from '../../model/types.js';
import type { InventoryFacts } from './define-batch-rule.js';

export function inventoryFacts(inventory: Inventory, index: InventoryIndex): InventoryFacts {
  const fallback = inventory.source;
  return {
    source: inventory.source,
    powers: inventory.powers.map((power) => ({
      ...(power.code === undefined ? {} : { code: power.code }),
      name: power.name,
      ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
      department: power.department ?? fallback,
      basisTitles: [...new Set(index.citationsOf(power).citations.map((c) => normaliseTitle(c.title)))].sort(),
      at: at(power.source, 'name'),
    })),
  };
}
