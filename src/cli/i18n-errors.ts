// commander's usage errors, by error code, as quanze's own one-line message in both languages (exit code 2).

import { InvalidArgumentError, type Argument, type Command, type CommanderError, type Option } from 'commander';
import type { Bilingual } from '../diagnostics/types.js';
import { commandPath } from './i18n-help.js';
import { didYouMean, seeHelp, usageWords } from './i18n-words.js';
import { suggestSimilar } from './suggest.js';

/** A value parser's complaint in both languages; throw it from an `argParser` (see `invalidValue`). */
export class LocalisedArgumentError extends InvalidArgumentError {
  readonly text: Bilingual;
  constructor(text: Bilingual) {
    super(text.en);
    this.text = text;
  }
}

/** The last option or argument value a parser refused, kept so the error can name it. */
export interface RefusedValue {
  readonly target: Option | Argument;
  readonly value: string;
  readonly error: InvalidArgumentError;
}

/** Long flags a user could have meant: this command's and its parents', as commander offers them. */
function knownLongFlags(command: Command): string[] {
  const flags: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) {
    for (const option of c.createHelp().visibleOptions(c)) if (option.long) flags.push(option.long);
  }
  return flags;
}

/** Two sentences as one line; a question mark already ends the first. */
const join = (a: Bilingual, b: Bilingual, zhGlue: string, enGlue: string): Bilingual => ({
  zh: `${a.zh}${a.zh.endsWith('？') ? '' : zhGlue}${b.zh}`,
  en: `${a.en}${a.en.endsWith('?') ? ' ' : enGlue}${b.en}`,
});

/** Appends "did you mean …" when there is a close candidate. */
function withSuggestion(text: Bilingual, word: string, candidates: readonly string[]): Bilingual {
  const similar = suggestSimilar(word, candidates);
  return similar.length === 0 ? text : join(text, didYouMean(similar), '。', '; ');
}

function describeRefused(refused: RefusedValue): Bilingual {
  const { target, value, error } = refused;
  const about = 'flags' in target ? usageWords.optionTarget(target.long ?? target.flags) : usageWords.argumentTarget(`<${target.name()}>`);
  const text = usageWords.invalidValue(about, value);
  if (target.argChoices) return withSuggestion(join(text, usageWords.allowedChoices(target.argChoices), '：', ': '), value, target.argChoices);
  const reason: Bilingual = error instanceof LocalisedArgumentError ? error.text : { zh: error.message, en: error.message };
  return join(text, reason, '：', ': ');
}

/** The message for one of commander's errors, its details recomputed from the command that raised it. */
function describe(error: CommanderError, command: Command, argv: readonly string[], refused: RefusedValue | undefined): Bilingual {
  switch (error.code) {
    case 'commander.unknownOption': {
      const flag = command.args.find((arg) => arg.length > 1 && arg.startsWith('-')) ?? '';
      return withSuggestion(usageWords.unknownOption(flag), flag.replace(/=.*$/, ''), knownLongFlags(command));
    }
    case 'commander.unknownCommand': {
      const name = command.args[0] ?? '';
      const names = command.createHelp().visibleCommands(command).flatMap((c) => [c.name(), ...c.aliases()]);
      return withSuggestion(usageWords.unknownCommand(name), name, names);
    }
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((a, i) => a.required && command.args[i] === undefined);
      return usageWords.missingArgument(missing ? `<${missing.name()}${missing.variadic ? '...' : ''}>` : '', missing?.description ?? '');
    }
    case 'commander.optionMissingArgument': {
      // commander asks for a value only when the option is the last word on the line.
      const last = argv.at(-1) ?? '';
      const options: Option[] = [];
      for (let c: Command | null = command; c; c = c.parent) options.push(...c.options);
      return usageWords.optionMissingArgument(options.find((o) => o.short === last || o.long === last)?.long ?? last);
    }
    case 'commander.missingMandatoryOptionValue': {
      const missing = command.options.find((o) => o.mandatory && command.getOptionValue(o.attributeName()) === undefined);
      return usageWords.missingMandatoryOption(missing?.long ?? missing?.flags ?? '');
    }
    case 'commander.excessArguments':
      return usageWords.excessArguments(commandPath(command), command.registeredArguments.length, command.args.length);
    case 'commander.invalidArgument':
      return refused ? describeRefused(refused) : usageWords.otherUsage;
    case 'commander.conflictingOption':
      return usageWords.conflictingOption;
    case 'commander.help':
      return usageWords.missingCommand;
    default:
      return usageWords.otherUsage;
  }
}

/** The whole line: what is wrong, then where to read the usage. */
export function describeUsageError(error: CommanderError, command: Command, argv: readonly string[], refused: RefusedValue | undefined): Bilingual {
  return join(describe(error, command, argv, refused), seeHelp(commandPath(command)), '。', '; ');
}
