// `quanze rules <id>`: one rule's docs page for a terminal — what it checks, why (its legal source), examples and
// how to fix (from the docs page), how to turn it off, and where its code and tests are.

import type { Lang } from '../diagnostics/types.js';
import { reportWords } from '../report/words.js';
import type { CatalogueEntry } from './catalogue.js';
import { tablesText } from './list.js';
import { plainStyle, renderMarkdown, type TerminalStyle } from './markdown.js';
import { wrapText } from '../output/wrap-text.js';
import { alwaysOnText, baselineText, ruleDocsWords as words, turnOffText } from './words.js';

/** The docs page in the user's language: docs/rules/<id>.md in English, docs/rules/zh/<id>.md in Chinese. */
export function docsPath(entry: CatalogueEntry, lang: Lang): string | undefined {
  if (entry.docs === undefined) return undefined;
  return lang === 'zh' ? entry.docs.replace(/^docs\/rules\//, 'docs/rules/zh/') : entry.docs;
}

export interface PageOptions {
  readonly width: number;
  readonly configFile: string;
  readonly style?: TerminalStyle;
}

const indent = (text: string, width: number): string[] => wrapText(text, width - 2).split('\n').map((l) => `  ${l}`);

/** The whole page; `markdown` is the docs page in `lang` (none for reading and schema checks). */
export function formatRulePage(entry: CatalogueEntry, lang: Lang, markdown: string | undefined, options: PageOptions): string {
  const style = options.style ?? plainStyle;
  const { width } = options;
  const tables = tablesText(entry, lang);
  const meta = [
    `${words.defaultSeverity[lang]}${reportWords[lang].severity[entry.severity]}`,
    ...(tables === '' ? [] : [`${words.tables[lang]}${tables}`]),
  ].join(words.metaSeparator[lang]);
  const lines = [style.heading(entry.id), ...wrapText(entry.description[lang], width).split('\n'), '', meta, ''];

  if (markdown !== undefined) lines.push(renderMarkdown(markdown, width, lang, style), '');
  if (entry.fix !== undefined) lines.push(style.heading(words.fix[lang]), '', ...indent(entry.fix[lang], width), '');

  lines.push(style.heading(words.turnOff[lang]), '');
  if (entry.kind === 'reading') lines.push(...indent(alwaysOnText[lang], width), '');
  else {
    lines.push(
      ...indent(turnOffText(entry.id, options.configFile)[lang], width),
      '',
      `    ${style.code(`{ "rules": { "${entry.id}": "off" } }`)}`,
      '',
      ...indent(baselineText[lang], width),
      '',
    );
  }

  lines.push(style.heading(words.source[lang]), '');
  if (entry.kind === 'reading') lines.push(`  ${words.readingSource[lang]}`);
  else {
    const folder = entry.kind === 'batch' ? 'rules/batch' : 'rules';
    lines.push(
      `  ${words.ruleSource[lang]}src/${folder}/${entry.id}.ts`,
      `  ${words.testSource[lang]}test/${folder}/${entry.id}.test.ts`,
      `  ${words.docsSource[lang]}${docsPath(entry, lang) ?? ''}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
