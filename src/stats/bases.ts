// Legal bases by level and status, the powers citing each level, bases no power cites, powers resting only on
// normative documents.

import { normaliseTitle } from '../citation/index.js';
import { basisLevels, basisStatuses, type BasisLevel, type BasisStatus } from '../model/basis-vocab.js';
import type { InventoryIndex } from '../model/build-index.js';
import { citedBasesOf, createVersionIndex } from '../model/cited-bases.js';
import { at } from '../model/location.js';
import type { Inventory, PowerRecord } from '../model/types.js';
import type { BasesStats, BasisLevelRow, BasisRef, PowerRef } from './types.js';

type LevelKey = BasisLevel | 'unknown';
type StatusKey = BasisStatus | 'unknown';

const levelOrder: readonly LevelKey[] = [...basisLevels.map((l) => l.id), 'unknown'];
const statusOrder: readonly StatusKey[] = [...basisStatuses.map((s) => s.id), 'unknown'];

const zeroStatuses = (): Record<StatusKey, number> => Object.fromEntries(statusOrder.map((s) => [s, 0])) as Record<StatusKey, number>;

/** Counts over the inventories of a run, inventory by inventory. */
export class BasesTally {
  private total = 0;
  private readonly titles = new Set<string>();
  private readonly levels = new Map<LevelKey, { bases: number; byStatus: Record<StatusKey, number>; powers: number }>(
    levelOrder.map((level) => [level, { bases: 0, byStatus: zeroStatuses(), powers: 0 }]),
  );
  private readonly byStatus = zeroStatuses();
  private readonly uncited: BasisRef[] = [];
  private readonly onlyNormative: PowerRef[] = [];
  private citing = 0;
  private uncatalogued = 0;
  private withoutCitation = 0;

  /** Reads one inventory; `refOf` gives the PowerRef each power is listed under. */
  add(inventory: Inventory, index: InventoryIndex, refOf: (power: PowerRecord) => PowerRef): void {
    for (const basis of inventory.bases) {
      this.total++;
      this.titles.add(normaliseTitle(basis.title));
      const level = this.levels.get(basis.level ?? 'unknown');
      const status = basis.status ?? 'unknown';
      if (level !== undefined) {
        level.bases++;
        level.byStatus[status]++;
      }
      this.byStatus[status]++;
    }
    const versions = createVersionIndex(inventory.bases);
    const cited = new Set<number>();
    for (const power of inventory.powers) {
      const { resolved, unresolved } = citedBasesOf(power, index, versions);
      if (resolved.length === 0 && unresolved.length === 0) this.withoutCitation++;
      if (unresolved.length > 0) this.uncatalogued++;
      if (resolved.length > 0) this.citing++;
      const levels = new Set<LevelKey>();
      for (const { basis, position } of resolved) {
        cited.add(position);
        levels.add(basis.level ?? 'unknown');
      }
      for (const level of levels) {
        const row = this.levels.get(level);
        if (row !== undefined) row.powers++;
      }
      if (resolved.length > 0 && unresolved.length === 0 && levels.size === 1 && levels.has('normative_document')) {
        this.onlyNormative.push(refOf(power));
      }
    }
    inventory.bases.forEach((basis, position) => {
      if (cited.has(position)) return;
      this.uncited.push({
        title: basis.title,
        ...(basis.level === undefined ? {} : { level: basis.level }),
        ...(basis.status === undefined ? {} : { status: basis.status }),
        location: at(basis.source),
      });
    });
  }

  result(): BasesStats {
    const byLevel: BasisLevelRow[] = [];
    for (const [level, row] of this.levels) {
      if (row.bases === 0 && row.powers === 0) continue;
      byLevel.push({ level, bases: row.bases, byStatus: row.byStatus, powers: row.powers });
    }
    return {
      total: this.total,
      distinctTitles: this.titles.size,
      byLevel,
      byStatus: this.byStatus,
      uncited: this.uncited,
      onlyNormative: this.onlyNormative,
      citingCatalogue: this.citing,
      uncataloguedCitations: this.uncatalogued,
      withoutCitation: this.withoutCitation,
    };
  }
}
