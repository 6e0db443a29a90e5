// Powers counted by act type per department and per unit: declared type, or the classifier's where none is declared.

import { classifyPower, nationalType } from '../classify/index.js';
import type { ClassifyVariant } from '../classify/index.js';
import { actTypeIds, type ActTypeId } from '../model/act-types.js';
import { at } from '../model/location.js';
import type { PowerRecord } from '../model/types.js';
import type { PowerGroup, PowerRef, TypeCounts } from './types.js';

/** A group being counted: counts are mutable while the run is read, then frozen into a PowerGroup. */
interface Tally {
  readonly name: string;
  readonly department?: string;
  total: number;
  inferredTotal: number;
  readonly byType: Record<ActTypeId, number>;
  readonly inferred: Record<ActTypeId, number>;
}

export const zeroCounts = (): Record<ActTypeId, number> =>
  Object.fromEntries(actTypeIds.map((id) => [id, 0])) as Record<ActTypeId, number>;

const newTally = (name: string, department?: string): Tally => ({
  name, ...(department === undefined ? {} : { department }), total: 0, inferredTotal: 0, byType: zeroCounts(), inferred: zeroCounts(),
});

const add = (tally: Tally, type: ActTypeId, inferred: boolean): void => {
  tally.total++;
  tally.byType[type]++;
  if (inferred) {
    tally.inferredTotal++;
    tally.inferred[type]++;
  }
};

const freeze = (tally: Tally): PowerGroup => ({
  name: tally.name,
  ...(tally.department === undefined ? {} : { department: tally.department }),
  total: tally.total,
  byType: tally.byType as TypeCounts,
  inferred: tally.inferred as TypeCounts,
  inferredTotal: tally.inferredTotal,
});

/** The type a power is counted as: declared, else what the classifier makes of it, once per distinct text. */
export function countedTypes(variant: ClassifyVariant): (power: PowerRecord) => { readonly type: ActTypeId; readonly inferred: boolean } {
  const inferredByText = new Map<string, ActTypeId>();
  return (power) => {
    if (power.type !== undefined) return { type: power.type, inferred: false };
    const key = `${power.name}\u0000${power.subItem ?? ''}\u0000${power.basisText ?? ''}\u0000${power.code ?? ''}`;
    let type = inferredByText.get(key);
    if (type === undefined) {
      const classification = classifyPower({
        name: power.name,
        ...(power.subItem === undefined ? {} : { subItem: power.subItem }),
        ...(power.basisText === undefined ? {} : { basisText: power.basisText }),
        ...(power.code === undefined ? {} : { code: power.code }),
      }, { variant });
      type = nationalType(classification.type);
      inferredByText.set(key, type);
    }
    return { type, inferred: true };
  };
}

/** Department, unit and total tallies, filled power by power. */
export class PowerGroups {
  private readonly totals = newTally('');
  private readonly departments = new Map<string, Tally>();
  private readonly units = new Map<string, Map<string, Tally>>();

  add(power: PowerRecord, department: string, type: ActTypeId, inferred: boolean): PowerRef {
    add(this.totals, type, inferred);
    let tally = this.departments.get(department);
    if (tally === undefined) {
      tally = newTally(department);
      this.departments.set(department, tally);
    }
    add(tally, type, inferred);
    let units = this.units.get(department);
    if (units === undefined) {
      units = new Map();
      this.units.set(department, units);
    }
    const unit = power.unit?.trim() ?? '';
    let unitTally = units.get(unit);
    if (unitTally === undefined) {
      unitTally = newTally(unit, department);
      units.set(unit, unitTally);
    }
    add(unitTally, type, inferred);
    return powerRef(power, department, type, inferred);
  }

  result(): { totals: PowerGroup; byDepartment: PowerGroup[]; byUnit: PowerGroup[] } {
    return {
      totals: freeze(this.totals),
      byDepartment: [...this.departments.values()].map(freeze),
      byUnit: [...this.units.values()].flatMap((units) => [...units.values()].map(freeze)),
    };
  }
}

export function powerRef(power: PowerRecord, department: string, type: ActTypeId, inferred: boolean): PowerRef {
  return {
    ...(power.code === undefined ? {} : { code: power.code }),
    name: power.name,
    ...(power.subItem === undefined || power.subItem.trim() === '' ? {} : { subItem: power.subItem }),
    department,
    type,
    inferred,
    location: at(power.source),
  };
}
