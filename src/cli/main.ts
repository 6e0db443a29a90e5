// The command line: parses flags, calls the library, formats, and returns the exit code.

import { Command } from 'commander';
import type { Lang } from '../diagnostics/types.js';
import { checkCommand } from './commands/check.js';
import { classifyCommand } from './commands/classify.js';
import { diffCommand } from './commands/diff.js';
import { flowCommand } from './commands/flow.js';
import { initCommand } from './commands/init.js';
import { mergeCommand } from './commands/merge.js';
import { previewCommand } from './commands/preview.js';
import { publishCommand } from './commands/publish.js';
import { rulesCommand } from './commands/rules.js';
import { statsCommand } from './commands/stats.js';
import { exitCodes, reportFatal, type ExitCode } from './fatal.js';
import { localiseProgram, texts } from './i18n.js';
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

/** The whole command tree in one language; tests walk it to check every command's help. */
export function buildProgram(io: Io, lang: Lang, setExit: (code: ExitCode) => void): Command {
  const say = texts(lang);
  const program = new Command('quanze').description(
    say({ zh: '行政执法权责清单的检查与分类工具', en: 'check and classify law-enforcement duty inventories' }),
  );
  program.addCommand(checkCommand(io, () => lang, setExit));
  program.addCommand(mergeCommand(io, () => lang, setExit));
  program.addCommand(classifyCommand(io, () => lang, setExit));
  program.addCommand(initCommand(io, () => lang));
  program.addCommand(publishCommand(io, () => lang, setExit));
  program.addCommand(previewCommand(io, () => lang));
  program.addCommand(statsCommand(io, () => lang, setExit));
  program.addCommand(diffCommand(io, () => lang, setExit));
  program.addCommand(rulesCommand(io, () => lang));
  program.addCommand(flowCommand(io, () => lang, setExit));
  return localiseProgram(program, { lang, io, version: toolVersion });
}

export async function run(argv: readonly string[], io: Io = nodeIo()): Promise<ExitCode> {
  const lang = langFromArgv(argv, io.lang);
  let exitCode: ExitCode = exitCodes.ok;
  const setExit = (code: ExitCode): void => {
    exitCode = code;
  };
  const program = buildProgram(io, lang, setExit);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportFatal(error, io, lang);
  }
}
