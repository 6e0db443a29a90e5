// `--format csv`: the view's main table as one CSV file (UTF-8 with BOM, formula-safe cells).

import { csvDocument } from '../../output/safe-cell.js';
import type { StatsFormatter } from './types.js';
import { viewTables } from './views.js';

export const csv: StatsFormatter = (stats, context) => {
  const [main] = viewTables(stats, context.by, { lang: context.lang, compact: false });
  if (main === undefined) return csvDocument([]);
  return csvDocument([main.header, ...main.rows.map((row) => row.map(String))]);
};
