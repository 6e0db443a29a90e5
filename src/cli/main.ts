// The command line: parses flags, calls the library, formats, and returns the exit code.

import { Command, Option } from 'commander';
import type { Lang } from '../diagnostics/types.js';
import { checkCommand } from './commands/check.js';
import { classifyCommand } from './commands/classify.js';
import { initCommand } from './commands/init.js';
import { previewCommand } from './commands/preview.js';
import { publishCommand } from './commands/publish.js';
import { exitCodes, reportFatal, type ExitCode } from './fatal.js';
import { nodeIo, type Io } from './io.js';
import { toolVersion } from './version.js';

/** --lang is read before parsing so that even argument errors speak the user's language. */
function langFromArgv(argv: readonly string[], fallback: Lang): Lang {
  for (const [i, arg] of argv.entries()) {
    const value = arg.startsWith('--lang=') ? arg.slice(7) : arg === '--lang' ? argv[i + 1] : undefined;
    if (value === 'zh' || value === 'en') return value;
  }
  return fallback;
}

export async function run(argv: readonly string[], io: Io = nodeIo()): Promise<ExitCode> {
  const lang = langFromArgv(argv, io.lang);
  let exitCode: ExitCode = exitCodes.ok;
  const setExit = (code: ExitCode): void => {
    exitCode = code;
  };
  const program = new Command('quanze')
    .description(lang === 'zh' ? '行政执法权责清单的检查与分类工具' : 'check and classify law-enforcement duty inventories')
    .version(toolVersion)
    .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh', 'en']))
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showHelpAfterError(false);
  const subcommands = [checkCommand(io, () => lang, setExit), classifyCommand(io, () => lang, setExit), initCommand(io, () => lang), publishCommand(io, () => lang, setExit), previewCommand(io, () => lang)];
  for (const command of subcommands) {
    command
      .addOption(new Option('--lang <lang>', 'language of messages').choices(['zh', 'en']))
      .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
      .exitOverride();
    program.addCommand(command);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFatal(error, io, lang);
  }
}
