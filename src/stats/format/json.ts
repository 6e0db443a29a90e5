// `--format json`: the whole `inventoryStats` result, whatever `--by` says (its shape is documented in stats/types.ts).

import type { StatsFormatter } from './types.js';

export const json: StatsFormatter = (stats) => `${JSON.stringify(stats, null, 2)}\n`;
