// Turns anything that stops a run into one line on stderr and exit code 2; stacks only with QUANZE_DEBUG.

import { CommanderError } from 'commander';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Lang } from '../diagnostics/types.js';
import type { Io } from './io.js';
import { oneLine } from '../report/text.js';

export const exitCodes = { ok: 0, findings: 1, fatal: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export function reportFatal(error: unknown, io: Io, lang: Lang): ExitCode {
  if (error instanceof CommanderError) {
    // Only --help, --version and the help shown for a missing command arrive here: usage errors have become
    // ToolkitErrors in the user's language (see i18n.ts), and the help itself has been printed.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.fatal;
  }
  if (error instanceof ToolkitError) {
    // A file or cell named in the message may hold a line break: it must not start a line of its own.
    io.err(`quanze: ${oneLine(error.describe(lang))}\n`);
  } else {
    const text = error instanceof Error ? error.message : String(error);
    io.err(
      lang === 'zh'
        ? `quanze: 内部错误：${text}（设置 QUANZE_DEBUG=1 可查看详情，并请反馈给开发者）\n`
        : `quanze: internal error: ${text} (set QUANZE_DEBUG=1 for details and please report it)\n`,
    );
  }
  if (io.env.QUANZE_DEBUG && error instanceof Error) io.err(`${error.stack ?? ''}\n`);
  return exitCodes.fatal;
}
