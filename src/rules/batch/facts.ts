// The small, serialisable facts batch rules need from one inventory.

import { normaliseTitle, type ParsedCitations } from '../../citation/index.js';
import type { TableIndex } from '../../model/build-index.js';
import { at } from '../../model/location.js';
import type { Inventory, PowerRecord } from '../../model/types.js';
import type { InventoryFacts } from './define-batch-rule.js';

/** Gathers the facts one power at a time, as the rules visit it (its citations are parsed then). */
export class FactsCollector {
  private readonly powers: Array<InventoryFacts['powers'][number]> = [];
  // Consecutive powers citing the same parse share one list of title keys. Not a Map over all parses: with an index
  // that lets each parse go, it would keep them all.
  private lastParsed: ParsedCitations | undefined;
  private lastTitles: readonly string[] = [];

  constructor(
    private readonly source: string,
    private readonly index: Pick<TableIndex, 'citationsOf'>,
  ) {}

  add(power: PowerRecord): void {
    this.powers.push({
      ...(power.code === undefined ? {} : { code: power.code }),
      name: power.name,
      ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
      department: power.department ?? this.source,
      basisTitles: this.basisTitles(power),
      at: at(power.source, 'name'),
    });
  }

  finish(): InventoryFacts {
    return { source: this.source, powers: this.powers };
  }

  private basisTitles(power: PowerRecord): readonly string[] {
    const parsed = this.index.citationsOf(power);
    if (parsed !== this.lastParsed) {
      this.lastTitles = [...new Set(parsed.citations.map((c) => normaliseTitle(c.title)))].sort();
      this.lastParsed = parsed;
    }
    return this.lastTitles;
  }
}

export function inventoryFacts(inventory: Inventory, index: Pick<TableIndex, 'citationsOf'>): InventoryFacts {
  const facts = new FactsCollector(inventory.source, index);
  for (const power of inventory.powers) facts.add(power);
  return facts.finish();
}
