// Powers grouped by act type in the national order (许可, 处罚, 强制 …), local and inferred types after them.

import { classifiedTypeIds, type ClassifiedTypeId } from '../../classify/index.js';
import type { ViewPower } from '../../view/index.js';

export interface TypeGroup {
  readonly id: ClassifiedTypeId;
  readonly label: string;
  readonly powers: readonly ViewPower[];
}

const rank = new Map<ClassifiedTypeId, number>(classifiedTypeIds.map((id, i) => [id, i]));

/** Non-empty groups only, in the national order; powers keep their row order inside a group. */
export function groupByType(powers: readonly ViewPower[]): TypeGroup[] {
  const groups = new Map<ClassifiedTypeId, { label: string; powers: ViewPower[] }>();
  for (const power of powers) {
    const group = groups.get(power.type.id);
    if (group === undefined) groups.set(power.type.id, { label: power.type.label, powers: [power] });
    else group.powers.push(power);
  }
  return [...groups]
    .map(([id, group]) => ({ id, ...group }))
    .sort((a, b) => (rank.get(a.id) ?? 99) - (rank.get(b.id) ?? 99));
}
