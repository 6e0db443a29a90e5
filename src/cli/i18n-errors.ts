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

/** The options commander looks an option up in: the command's own and its parents'. */
function optionsInScope(command: Command): Option[] {
  const options: Option[] = [];
  for (let c: Command | null = command; c; c = c.parent) options.push(...c.options);
  return options;
}

/** How an option is named to the user: its long flag when it has one. */
const optionName = (option: Option): string => option.long ?? option.short ?? option.flags;

/**
 * The options commander's message quotes by their flags ("option '-j, --jobs <n>'"), in the order it names them.
 * The quoted flags identify the option exactly; the message itself is never shown.
 */
function quotedOptions(message: string, command: Command): Option[] {
  return optionsInScope(command)
    .map((option) => ({ option, at: message.indexOf(`'${option.flags}'`) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at)
    .map(({ option }) => option);
}

/** commander's text without its "error: " prefix, for the English message of an error quanze does not expect. */
const commanderDetail = (error: CommanderError): string => error.message.replace(/^error:\s*/u, '');

function describeRefused(refused: RefusedValue): Bilingual {
  const { target, value, error } = refused;
  const about = 'flags' in target ? usageWords.optionTarget(optionName(target)) : usageWords.argumentTarget(`<${target.name()}>`);
  const text = usageWords.invalidValue(about, value);
  if (target.argChoices) return withSuggestion(join(text, usageWords.allowedChoices(target.argChoices), '：', ': '), value, target.argChoices);
  const reason = error instanceof LocalisedArgumentError ? error.text : usageWords.englishReason(error.message);
  return join(text, reason, '：', ': ');
}

/** The flag commander found unknown: quoted in its message, else the first option-like word it left over. */
function unknownFlag(error: CommanderError, command: Command): string {
  const quoted = /^error: unknown option '(.*)'$/su.exec(error.message)?.[1];
  return quoted ?? command.args.find((arg) => arg.length > 1 && arg.startsWith('-')) ?? '';
}

/** Two options (or an option and an environment variable) that cannot be given together, as commander names them. */
function describeConflict(error: CommanderError, command: Command): Bilingual {
  const named = [...error.message.matchAll(/(option|environment variable) '([^']*)'/gu)].map(([, kind, name = '']) => {
    if (kind === 'environment variable') return usageWords.envVariable(name);
    const option = optionsInScope(command).find((o) => o.flags === name);
    return usageWords.optionTarget(option ? optionName(option) : name);
  });
  const [first, second] = named;
  return first && second ? usageWords.conflictingOption(first, second) : usageWords.someConflict;
}

/** `quanze help <name>` for a name that is no command: commander shows the help and stops as if none was given. */
function helpForUnknown(command: Command): Bilingual | undefined {
  const [word, name] = command.args;
  if (word !== 'help' || name === undefined || command.commands.some((c) => c.name() === name || c.aliases().includes(name))) return undefined;
  return describeUnknownCommand(command, name);
}

function describeUnknownCommand(command: Command, name: string): Bilingual {
  const names = command.createHelp().visibleCommands(command).flatMap((c) => [c.name(), ...c.aliases()]);
  return withSuggestion(usageWords.unknownCommand(name), name, names);
}

/** The message for one of commander's errors, its details recomputed from the command that raised it. */
function describe(error: CommanderError, command: Command, refused: RefusedValue | undefined): Bilingual {
  switch (error.code) {
    case 'commander.unknownOption': {
      const flag = unknownFlag(error, command);
      return withSuggestion(usageWords.unknownOption(flag), flag.replace(/=.*$/su, ''), knownLongFlags(command));
    }
    case 'commander.unknownCommand':
      return describeUnknownCommand(command, command.args[0] ?? '');
    case 'commander.missingArgument': {
      const missing = command.registeredArguments.find((a, i) => a.required && command.args[i] === undefined);
      return usageWords.missingArgument(missing ? `<${missing.name()}${missing.variadic ? '...' : ''}>` : '', missing?.description ?? '');
    }
    case 'commander.optionMissingArgument': {
      // The option is not always the last word typed: a parent's option after it (--lang en) is taken out first.
      const [option] = quotedOptions(error.message, command);
      return option ? usageWords.optionMissingArgument(optionName(option)) : usageWords.someOptionValue;
    }
    case 'commander.missingMandatoryOptionValue': {
      const [option] = quotedOptions(error.message, command);
      return option ? usageWords.missingMandatoryOption(optionName(option)) : usageWords.someMandatoryOption;
    }
    case 'commander.excessArguments':
      return usageWords.excessArguments(commandPath(command), command.registeredArguments.length, command.args.slice(command.registeredArguments.length));
    case 'commander.invalidArgument':
      // No refused value is remembered only for a parser set after localiseProgram: commander's text in English then.
      return refused ? describeRefused(refused) : usageWords.someValue(commanderDetail(error));
    case 'commander.conflictingOption':
      return describeConflict(error, command);
    case 'commander.help':
      return helpForUnknown(command) ?? usageWords.missingCommand;
    default:
      // commander.error and commander.executeSubCommandAsync: quanze raises neither and has no executable subcommands.
      return usageWords.otherUsage(commanderDetail(error));
  }
}

/** The whole line: what is wrong, then where to read the usage. */
export function describeUsageError(error: CommanderError, command: Command, refused: RefusedValue | undefined): Bilingual {
  return join(describe(error, command, refused), seeHelp(commandPath(command)), '。', '; ');
}
