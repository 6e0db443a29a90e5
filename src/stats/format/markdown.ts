// `--format markdown`: the view's tables as GitHub-flavoured Markdown, for reports and pull requests.

import type { StatsFormatter } from './types.js';
import { cellText } from './layout.js';
import { summaryLine, viewTables, type Cell } from './views.js';

/** Cell text safe inside a Markdown table: pipes and backslashes escaped, no line breaks. */
const escapeCell = (cell: Cell): string => cellText(cell).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

export const markdown: StatsFormatter = (stats, context) => {
  const blocks = viewTables(stats, context.by, { lang: context.lang, compact: true }).map((t) => {
    const row = (cells: readonly Cell[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
    const lines = [
      `## ${t.title}`,
      '',
      row(t.header),
      `| ${t.right.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
      ...t.rows.map(row),
    ];
    return [...lines, ...(t.notes.length > 0 ? ['', ...t.notes] : [])].join('\n');
  });
  return `${[...blocks, summaryLine(stats, context.lang)].join('\n\n')}\n`;
};
