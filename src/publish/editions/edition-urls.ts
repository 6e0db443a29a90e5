// Which page each power of an edition has (or had): a power's row, as the diff names it, to its view key.

import type { SourceLocation } from '../../diagnostics/types.js';
import type { PublicationView, CheckedInventory } from '../../view/index.js';

const rowKey = (location: SourceLocation): string => `${location.file}\u0000${location.sheet ?? ''}\u0000${location.row ?? ''}`;

export type KeyOfRow = (location: SourceLocation) => string | undefined;

/**
 * The view's departments and powers come in the order of the inventories and their rows (buildView keeps it), so
 * the n-th power of an inventory is the n-th power of its department: that pairs each row with its page key.
 */
export function keysByRow(checked: readonly CheckedInventory[], view: PublicationView): KeyOfRow {
  const keys = new Map<string, string>();
  checked.forEach(({ inventory }, i) => {
    const department = view.departments[i];
    inventory.powers.forEach((power, j) => {
      const key = department?.powers[j]?.key;
      if (key !== undefined) keys.set(rowKey({ file: power.source.table.file, ...(power.source.table.sheet === undefined ? {} : { sheet: power.source.table.sheet }), row: power.source.row }), key);
    });
  });
  return (location) => keys.get(rowKey(location));
}
