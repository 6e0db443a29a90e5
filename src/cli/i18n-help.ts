// commander's help screen in the user's language: headings, usage terms, choices and defaults, CJK-aware widths.

import type { Argument, Command, Help, HelpConfiguration, Option } from 'commander';
import stringWidth from 'string-width';
import type { Lang } from '../diagnostics/types.js';
import { wrapText } from '../output/wrap-text.js';
import { helpWords } from './i18n-words.js';

/** "quanze check" for a subcommand, "quanze" for the program. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** "<inputs...>" / "[dir]" as commander writes argument names. */
const argumentName = (argument: Argument): string => {
  const name = `${argument.name()}${argument.variadic ? '...' : ''}`;
  return argument.required ? `<${name}>` : `[${name}]`;
};

/** The usage line after the command's name: [options] [command] <args>. */
export function usageTerms(command: Command, lang: Lang): string {
  return [
    ...(command.options.length > 0 ? [helpWords.optionsTerm[lang]] : []),
    ...(command.commands.length > 0 ? [helpWords.commandTerm[lang]] : []),
    ...command.registeredArguments.map(argumentName),
  ].join(' ');
}

/** "（可选：a、b；默认：a）" after a description. */
function withExtras(description: string, choices: readonly string[] | undefined, defaultValue: string | undefined, lang: Lang): string {
  const extras = [
    ...(choices ? [helpWords.choices[lang] + choices.join(helpWords.listSeparator[lang])] : []),
    ...(defaultValue === undefined ? [] : [helpWords.default[lang] + defaultValue]),
  ];
  if (extras.length === 0) return description;
  return `${description}${helpWords.extraOpen[lang]}${extras.join(helpWords.extraSeparator[lang])}${helpWords.extraClose[lang]}`;
}

/** A default worth telling a user: values only, not commander's true/false for switches. */
function shownDefault(value: unknown, description: string | undefined): string | undefined {
  if (description !== undefined) return description;
  if (value === undefined || typeof value === 'boolean') return undefined;
  return Array.isArray(value) ? value.map(String).join(' ') : String(value);
}

/** Lists each item group under a heading, as commander does, but with quanze's headings. */
function formatHelp(command: Command, helper: Help, lang: Lang): string {
  const termWidth = helper.padWidth(command, helper);
  const item = (term: string, description: string): string => helper.formatItem(term, termWidth, description, helper);
  const section = (heading: string, items: readonly string[]): string[] =>
    items.length === 0 ? [] : [helper.styleTitle(heading), ...items, ''];
  // A full-width colon needs no space after it.
  const usage = `${helper.styleTitle(helpWords.usage[lang])}${lang === 'zh' ? '' : ' '}${helper.styleUsage(helper.commandUsage(command))}`;
  const description = helper.commandDescription(command);
  const lines = [
    usage,
    '',
    ...(description ? [helper.boxWrap(helper.styleCommandDescription(description), helper.helpWidth ?? 80), ''] : []),
    ...section(
      helpWords.arguments[lang],
      helper.visibleArguments(command).map((a) => item(helper.styleArgumentTerm(helper.argumentTerm(a)), helper.styleArgumentDescription(helper.argumentDescription(a)))),
    ),
    ...section(
      helpWords.options[lang],
      helper.visibleOptions(command).map((o) => item(helper.styleOptionTerm(helper.optionTerm(o)), helper.styleOptionDescription(helper.optionDescription(o)))),
    ),
    ...(helper.showGlobalOptions
      ? section(
          helpWords.globalOptions[lang],
          helper.visibleGlobalOptions(command).map((o) => item(helper.styleOptionTerm(helper.optionTerm(o)), helper.styleOptionDescription(helper.optionDescription(o)))),
        )
      : []),
    ...section(
      helpWords.commands[lang],
      helper.visibleCommands(command).map((c) => item(helper.styleSubcommandTerm(helper.subcommandTerm(c)), helper.styleSubcommandDescription(helper.subcommandDescription(c)))),
    ),
  ];
  return lines.join('\n');
}

/** The overrides given to every command's `configureHelp`. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  return {
    formatHelp: (command, helper) => formatHelp(command, helper, lang),
    displayWidth: (text) => stringWidth(text),
    boxWrap: (text, width) => wrapText(text, width),
    commandUsage: (command) => [commandPath(command), usageTerms(command, lang)].filter(Boolean).join(' '),
    argumentTerm: (argument) => argumentName(argument),
    subcommandTerm: (command) => [command.name(), usageTerms(command, lang)].filter(Boolean).join(' '),
    optionDescription: (option: Option) =>
      withExtras(
        option.description,
        option.argChoices,
        option.required || option.optional ? shownDefault(option.defaultValue, option.defaultValueDescription) : undefined,
        lang,
      ),
    argumentDescription: (argument: Argument) =>
      withExtras(argument.description, argument.argChoices, shownDefault(argument.defaultValue, argument.defaultValueDescription), lang),
  };
}
