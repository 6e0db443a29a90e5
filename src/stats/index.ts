// Public surface of the statistics: the figures of an inventory or a batch, and their formatters.

export { inventoryStats } from './inventory-stats.js';
export type {
  BasesStats, BasisLevelRow, BasisRef, Disagreement, InventoryStats, PowerGroup, PowerRef, StaffingRow, StaffingStats,
  StatsOptions, TypeCounts,
} from './types.js';
export { binaryStatsFormats, isStatsFormat, statsFormatters, statsViews, summaryLine, viewTables } from './format/index.js';
export type { StatsFormat, StatsFormatContext, StatsFormatter, StatsTable, StatsView } from './format/index.js';
