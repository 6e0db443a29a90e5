// `quanze rules`: every rule and check with its default severity, tables and one-line description, in columns
// aligned by display width (Chinese text counts two columns).

import stringWidth from 'string-width';
import type { Lang } from '../diagnostics/types.js';
import { tableLabels } from '../model/tables.js';
import { neutraliseControls } from '../report/text.js';
import { reportWords } from '../report/words.js';
import { wrapText } from '../output/wrap-text.js';
import type { CatalogueEntry } from './catalogue.js';
import { plainStyle, type TerminalStyle } from './markdown.js';
import { ruleDocsWords as words, shortTableNames } from './words.js';

const gap = '  ';

/** "执法事项 × 执法流程", or "一批清单" for a batch rule. */
export function tablesText(entry: CatalogueEntry, lang: Lang): string {
  if (entry.kind === 'batch') return words.batchScope[lang];
  if (entry.tables.length === 0) return words.anyTable[lang];
  return entry.tables.map((kind) => tableLabels[kind][lang]).join(words.tableSeparator[lang]);
}

/** The same in the list's narrower column: 依据 × 事项, bases × powers. */
function shortTablesText(entry: CatalogueEntry, lang: Lang): string {
  if (entry.kind === 'batch') return words.batchScope[lang];
  if (entry.tables.length === 0) return words.anyTable[lang];
  return entry.tables.map((kind) => shortTableNames[kind][lang]).join(words.tableSeparator[lang]);
}

export interface ListOptions {
  /** Terminal width to wrap descriptions at; one line per entry when absent (output piped to grep). */
  readonly width?: number;
  readonly style?: TerminalStyle;
}

/** The table, rules first, then the reading and schema checks under their own heading. */
export function formatRuleList(entries: readonly CatalogueEntry[], lang: Lang, options: ListOptions = {}): string {
  const style = options.style ?? plainStyle;
  const row = (e: CatalogueEntry): string[] => [e.id, reportWords[lang].severity[e.severity], shortTablesText(e, lang), neutraliseControls(e.description[lang])];
  const header = [words.idColumn[lang], words.severityColumn[lang], words.tablesColumn[lang], words.descriptionColumn[lang]];
  const rows = entries.map(row);
  const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((r) => stringWidth(r[i] ?? ''))));
  const lead = widths.reduce((sum, w) => sum + w + gap.length, 0);
  const descriptionWidth = options.width === undefined ? undefined : Math.max(24, options.width - lead);

  const line = (cells: readonly string[], emphasise: (t: string) => string = (t) => t): string[] => {
    const left = cells.slice(0, 3).map((c, i) => emphasise(c) + ' '.repeat((widths[i] ?? 0) - stringWidth(c))).join(gap) + gap;
    const description = cells[3] ?? '';
    const parts = descriptionWidth === undefined ? [description] : wrapText(description, descriptionWidth).split('\n');
    return parts.map((part, i) => `${i === 0 ? left : ' '.repeat(lead)}${i === 0 ? emphasise(part) : part}`.trimEnd());
  };
  const section = (heading: string, group: readonly CatalogueEntry[]): string[] =>
    group.length === 0 ? [] : [style.heading(heading), '', ...line(header, style.strong), ...group.flatMap((e) => line(row(e))), ''];
  return [
    ...section(words.rulesHeading[lang], entries.filter((e) => e.kind !== 'reading')),
    ...section(words.readingHeading[lang], entries.filter((e) => e.kind === 'reading')),
    words.footer[lang],
    '',
  ].join('\n');
}
