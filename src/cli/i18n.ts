// The command line in one language, whole: a helper for command authors, and commander's own hooks set on every
// command (help layout and headings, output, exit override), so no English from commander reaches a Chinese user.
//
// For a command author:
//   const say = texts(lang());
//   const value = placeholder(lang());
//   new Command('stats')
//     .description(say({ zh: '按部门与职权类型统计', en: 'counts by department and act type' }))
//     .argument(value('inputs', 'variadic'), say({ zh: '工作簿或 CSV 文件夹', en: 'workbooks or CSV folders' }))
//     .addOption(new Option(`-n ${value('count')}`, say({ zh: '…', en: '…' })).argParser(parseCount));
// and a value parser throws `invalidValue({ zh, en })`. `.choices([...])` needs nothing more: the error lists them.
// Placeholders (<文件>, [文件夹]) come from `placeholder`, so a Chinese usage line has no English in it.
// `localiseProgram` (called once in main.ts) adds --lang and -h/--help to every command.

import { InvalidArgumentError, Option, type Argument, type Command } from 'commander';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual, Lang } from '../diagnostics/types.js';
import { describeUsageError, LocalisedArgumentError, type RefusedValue } from './i18n-errors.js';
import { helpConfiguration } from './i18n-help.js';
import { helpWords, valueNames, type ValueName } from './i18n-words.js';
import type { Io } from './io.js';

export { LocalisedArgumentError } from './i18n-errors.js';

/** Picks the user's language from a `{ zh, en }` pair. */
export type Say = (text: Bilingual) => string;

export function texts(lang: Lang): Say {
  return (text) => text[lang];
}

/** How a placeholder is written: a required value, an optional one, or one or more. */
export type PlaceholderShape = 'required' | 'optional' | 'variadic' | 'optional-variadic';

/** `<文件>` / `<file>`, `[文件夹]`, `<输入...>`: a value's placeholder for a flag or an argument, in the user's language. */
export function placeholder(lang: Lang): (name: ValueName, shape?: PlaceholderShape) => string {
  return (name, shape = 'required') => {
    const word = `${valueNames[name][lang]}${shape.endsWith('variadic') ? '...' : ''}`;
    return shape.startsWith('optional') ? `[${word}]` : `<${word}>`;
  };
}

/** What a value parser throws for a value it refuses; commander then reports it as an invalid argument. */
export function invalidValue(text: Bilingual): LocalisedArgumentError {
  return new LocalisedArgumentError(text);
}

export interface LocaliseOptions {
  readonly lang: Lang;
  readonly io: Io;
  readonly version: string;
}

/**
 * Sets quanze's help, output and error handling on the program and every command below it. Call it after all
 * commands are added. commander's own error text is never printed: its error code becomes a `ToolkitError`
 * with quanze's message, which `reportFatal` prints as one line and exit code 2.
 */
export function localiseProgram(program: Command, options: LocaliseOptions): Command {
  const { lang, io } = options;
  let refused: RefusedValue | undefined;
  // commander reports a refused value with the parser's English text; remember which value it was.
  const remember = (target: Option | Argument): void => {
    const parse = target.parseArg;
    if (parse === undefined) return;
    target.parseArg = <T>(value: string, previous: T): T => {
      try {
        return parse<T>(value, previous);
      } catch (error) {
        if (error instanceof InvalidArgumentError) refused = { target, value, error };
        throw error;
      }
    };
  };
  const visit = (command: Command): void => {
    if (!command.options.some((option) => option.long === '--lang')) {
      command.addOption(new Option(`--lang ${placeholder(lang)('lang')}`, helpWords.langOption[lang]).choices(['zh', 'en']));
    }
    command
      .helpOption('-h, --help', helpWords.helpOption[lang])
      .configureHelp(helpConfiguration(lang))
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s), outputError: () => undefined })
      .showSuggestionAfterError(false)
      .exitOverride((error) => {
        if (error.exitCode === 0) throw error; // --help, --version
        throw new ToolkitError('bad-arguments', describeUsageError(error, command, refused), { cause: error });
      });
    for (const option of command.options) remember(option);
    for (const argument of command.registeredArguments) remember(argument);
    for (const sub of command.commands) visit(sub);
  };
  program
    .version(options.version, '-V, --version', helpWords.versionOption[lang])
    .helpCommand(helpWords.helpCommand[lang], helpWords.helpCommandDescription[lang]);
  visit(program);
  return program;
}
