// The one function type every `quanze stats --format` formatter has.

import type { Lang } from '../../diagnostics/types.js';
import type { InventoryStats } from '../types.js';
import type { StatsView } from './views.js';

export interface StatsFormatContext {
  readonly lang: Lang;
  /** The `--by` view: what the rows of the main table are. */
  readonly by: StatsView;
}

/** A pure function from the figures to the whole output: text, or the bytes of a workbook. */
export type StatsFormatter = (stats: InventoryStats, context: StatsFormatContext) => string | Uint8Array;
