// `quanze rules [rule]`: the list of rules and checks, or one rule's docs page in the terminal, so an officer
// offline can read why a finding was raised. An unknown id exits 2 with the nearest ids.

import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import { Command } from 'commander';
import { configFileName } from '../../config/load-config.js';
import { ToolkitError } from '../../diagnostics/errors.js';
import type { Bilingual, Lang } from '../../diagnostics/types.js';
import { catalogue, docsPath, formatRuleList, formatRulePage, seeList, unknownRule, type CatalogueEntry, type TerminalStyle } from '../../rule-docs/index.js';
import { placeholder, texts } from '../i18n.js';
import { didYouMean } from '../i18n-words.js';
import type { Io } from '../io.js';
import { suggestSimilar } from '../suggest.js';

/** The package root: docs/ ships beside dist/. */
const packageRoot = new URL('../../../', import.meta.url);
const readDocs = (path: string): string => readFileSync(new URL(path, packageRoot), 'utf8');

const widestPage = 100;

function terminalStyle(color: boolean): TerminalStyle {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return { heading: (t) => chalk.bold(t), strong: (t) => chalk.bold(t), code: (t) => chalk.cyan(t) };
}

/** Ids close to a mistyped one: by edit distance, else those that contain it. */
function nearest(id: string, entries: readonly CatalogueEntry[]): string[] {
  const ids = entries.map((e) => e.id);
  const similar = suggestSimilar(id, ids);
  if (similar.length > 0) return similar;
  const needle = id.toLowerCase();
  return needle.length < 3 ? [] : ids.filter((candidate) => candidate.includes(needle)).slice(0, 5);
}

function unknown(id: string, entries: readonly CatalogueEntry[]): ToolkitError {
  const close = nearest(id, entries);
  const first = unknownRule(id);
  const text: Bilingual = close.length === 0
    ? { zh: `${first.zh}。${seeList.zh}`, en: `${first.en}; ${seeList.en}` }
    : { zh: `${first.zh}。${didYouMean(close).zh}${seeList.zh}`, en: `${first.en}; ${didYouMean(close).en} ${seeList.en}` };
  return new ToolkitError('bad-arguments', text);
}

export function rulesCommand(io: Io, lang: () => Lang): Command {
  const say = texts(lang());
  const value = placeholder(lang());
  return new Command('rules')
    .description(say({ zh: '列出所有规则，或在终端中查看某条规则的说明', en: 'list the rules, or read one rule\'s page in the terminal' }))
    .argument(value('rule', 'optional'), say({ zh: '规则编号（quanze rules 列表的第一列，也是检查报告每条问题末尾的编号）', en: 'a rule id (the first column of quanze rules, and the id at the end of each finding in a report)' }))
    .action((id: string | undefined) => {
      const language = lang();
      const entries = catalogue(readDocs);
      const style = terminalStyle(io.color);
      if (id === undefined) {
        io.out(formatRuleList(entries, language, { style, ...(io.columns === undefined ? {} : { width: io.columns }) }));
        return;
      }
      const entry = entries.find((e) => e.id === id);
      if (entry === undefined) throw unknown(id, entries);
      const path = docsPath(entry, language);
      const width = Math.min(io.columns ?? 80, widestPage);
      io.out(formatRulePage(entry, language, path === undefined ? undefined : readDocs(path), { width, configFile: configFileName, style }));
    });
}
