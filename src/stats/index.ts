// Public surface of the statistics: the figures of an inventory or a batch, and their formatters.

export { inventoryStats } from './inventory-stats.js';
export type {
  BasesStats, BasisLevelRow, BasisRef, Disagreement, InventoryStats, PowerGroup, PowerRef, StaffingRow, StaffingStats,
  StatsOptions, TypeCounts,
} from './types.js';
