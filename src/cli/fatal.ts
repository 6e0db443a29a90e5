// Turns anything that stops a run into one line on stderr and exit code 2; stacks only with QUANZE_DEBUG.

import { CommanderError } from 'commander';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual, Lang } from '../diagnostics/types.js';
import { isOutOfMemory, memoryRemedy } from '../batch/serialise-error.js';
import type { Io } from './io.js';
import { oneLine } from '../report/text.js';

export const exitCodes = { ok: 0, findings: 1, fatal: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

export function reportFatal(error: unknown, io: Io, lang: Lang): ExitCode {
  if (error instanceof CommanderError) {
    // Only --help and --version (exit code 0) arrive here: usage errors, the help shown for a missing command
    // among them, have become ToolkitErrors in the user's language (see i18n.ts).
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.fatal;
  }
  if (error instanceof ToolkitError) {
    // A file or cell named in the message may hold a line break: it must not start a line of its own.
    io.err(`quanze: ${oneLine(error.describe(lang))}\n`);
  } else {
    io.err(`quanze: ${internalText(error)[lang]}\n`);
  }
  if (io.env.QUANZE_DEBUG && error instanceof Error) io.err(`${debugText(error)}\n`);
  return exitCodes.fatal;
}

/** A failure that is no usage or input problem. V8's or a library's own (English) text is in English only. */
function internalText(error: unknown): Bilingual {
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  if (isOutOfMemory(detail)) {
    return { zh: `内存不足，运行未能完成。${memoryRemedy.zh}`, en: `out of memory (${detail}): ${memoryRemedy.en}` };
  }
  return {
    zh: '内部错误，运行未能完成。请将所用的命令和输入文件反馈给 quanze 开发者（加 --lang en 可看到原始错误信息，设置 QUANZE_DEBUG=1 可看到调用栈）',
    en: `internal error: ${detail}. Please report it with the command you ran and the input files (set QUANZE_DEBUG=1 for the stack)`,
  };
}

/** The stack, then each cause's: a batch error rebuilt on the main thread keeps the worker's stack as its cause. */
function debugText(error: Error): string {
  const parts = [error.stack ?? error.message];
  let cause: unknown = error.cause;
  for (let depth = 0; cause !== undefined && depth < 8; depth++) {
    parts.push(`cause: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return parts.join('\n');
}
