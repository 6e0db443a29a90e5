// `inventoryStats`: the figures of one inventory or a batch — powers by department × act type, bases by level and
// status, staffing, legal-review powers and declared types the classifier contradicts. Pure: reads the model only.

import { declaredDisagreement } from '../classify/index.js';
import { buildIndex } from '../model/build-index.js';
import { departmentOf } from '../model/department.js';
import type { Inventory, PowerRecord } from '../model/types.js';
import { BasesTally } from './bases.js';
import { countedTypes, PowerGroups } from './power-groups.js';
import { staffingRow, staffingStats } from './staffing.js';
import type { Disagreement, InventoryStats, PowerRef, StaffingRow, StatsOptions } from './types.js';

/** thresholds.reviewerRatio's default (国办发〔2018〕118号: 原则上不少于 5%). */
const DEFAULT_REVIEWER_RATIO = 0.05;

/**
 * Counts one inventory or a batch. A power is counted under the 实施主体 it names, else under its inventory's
 * department (the 实施主体 most of its powers name), else under the inventory's source; staffing is per inventory.
 * Lists keep input order (inventory by inventory, row by row), so the same inputs give the same result.
 */
export function inventoryStats(inputs: Inventory | readonly Inventory[], options: StatsOptions = {}): InventoryStats {
  const inventories: readonly Inventory[] = Array.isArray(inputs) ? inputs : [inputs as Inventory];
  const referenceDate = options.referenceDate ?? new Date().toISOString().slice(0, 10);
  const threshold = options.reviewerRatio ?? DEFAULT_REVIEWER_RATIO;
  const variant = options.variant ?? {};
  const typeOf = countedTypes(variant);
  const disagreementOf = declaredDisagreement(variant);

  const groups = new PowerGroups();
  const bases = new BasesTally();
  const staffing: StaffingRow[] = [];
  const legalReview: PowerRef[] = [];
  const disagreements: Disagreement[] = [];
  const counted: InventoryStats['inventories'][number][] = [];

  for (const inventory of inventories) {
    const department = departmentOf(inventory) ?? inventory.source;
    const refs = new Map<PowerRecord, PowerRef>();
    for (const power of inventory.powers) {
      const { type, inferred } = typeOf(power);
      const ref = groups.add(power, power.department?.trim() || department, type, inferred);
      refs.set(power, ref);
      if (power.legalReview === true) legalReview.push(ref);
      const contradiction = disagreementOf(power);
      if (contradiction !== undefined && power.type !== undefined) {
        disagreements.push({
          ...ref,
          declared: power.type,
          classified: contradiction.type,
          confidence: contradiction.confidence,
          reason: contradiction.reason,
        });
      }
    }
    const refOf = (power: PowerRecord): PowerRef => {
      const ref = refs.get(power);
      if (ref === undefined) throw new Error('a power of the inventory was not counted');
      return ref;
    };
    bases.add(inventory, buildIndex(inventory), refOf);
    staffing.push(staffingRow(inventory, department, threshold, referenceDate));
    counted.push({ source: inventory.source, department, powers: inventory.powers.length });
  }

  return {
    referenceDate,
    inventories: counted,
    powers: groups.result(),
    bases: bases.result(),
    staffing: staffingStats(staffing, threshold),
    legalReview,
    disagreements,
  };
}
