// `--format markdown`: the counts and the three tables as GitHub-flavoured Markdown (a pull request's summary).

import { neutraliseControls } from '../../report/text.js';
import type { DiffFormatter } from './types.js';
import { diffTables } from './rows.js';
import { countsLine, editionLine, word } from './words.js';

const cell = (text: string): string => neutraliseControls(text).replace(/\r?\n/g, ' ').replace(/\\/g, '\\\\').replace(/\|/g, '\\|');

export const markdown: DiffFormatter = (diff, { lang }) => {
  const head = [`# ${word('title', lang)}`, '', `- ${cell(editionLine('old', diff.old, lang))}`, `- ${cell(editionLine('new', diff.new, lang))}`, ''];
  if (!diff.changed) return `${[...head, word('nothing', lang)].join('\n')}\n`;
  const blocks = diffTables(diff, lang)
    .filter((t) => t.rows.length > 0)
    .map((t) => [`## ${t.title}`, '', `| ${t.header.join(' | ')} |`, `| ${t.header.map(() => '---').join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n'));
  return `${[...head, countsLine(diff.counts, diff.bases.length, lang), '', blocks.join('\n\n')].join('\n')}\n`;
};
