// `--format table`: the view's tables for an 80-column terminal, with their notes and the summary line.

import type { StatsFormatter } from './types.js';
import { layoutTable, wrap } from './layout.js';
import { summaryLine, viewTables } from './views.js';

export const table: StatsFormatter = (stats, context) => {
  const blocks = viewTables(stats, context.by, { lang: context.lang, compact: true }).map((t) =>
    [t.title, '', ...layoutTable(t), ...(t.notes.length > 0 ? ['', ...t.notes.flatMap((note) => wrap(note))] : [])].join('\n'),
  );
  return `${[...blocks, wrap(summaryLine(stats, context.lang)).join('\n')].join('\n\n')}\n`;
};
