// The side-effect boundary the CLI writes through; tests pass their own to run commands in-process.

import type { Lang } from '../diagnostics/types.js';

export interface Io {
  /** Write to standard output (no newline added). */
  readonly out: (text: string) => void;
  /** Write to standard error (no newline added). */
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Standard error is a terminal: progress spinners allowed. */
  readonly isTTY: boolean;
  /** Width of the terminal standard output goes to; absent when it is not a terminal. */
  readonly columns?: number;
  /** Colour allowed on standard output. */
  readonly color: boolean;
  /** Language from LANG / LC_ALL when --lang is not given. */
  readonly lang: Lang;
  /** Environment variables (CI detection, GITHUB_ACTIONS …). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the user asks a long-running command (preview) to stop; Ctrl-C or SIGTERM when absent. */
  readonly interrupted?: () => Promise<void>;
}

/** zh or en from LC_ALL, then LC_MESSAGES, then LANG (POSIX order); Chinese when none is set, or C/POSIX. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^zh/i.test(locale)) return 'zh';
  if (locale && !/^(C|POSIX)(\.|$)/i.test(locale)) return 'en';
  // No locale set (or C): the users are Chinese legal offices.
  return 'zh';
}

export function nodeIo(): Io {
  const env = process.env;
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    ...(process.stdout.isTTY && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    color: Boolean(process.stdout.isTTY) && !('NO_COLOR' in env) && env.TERM !== 'dumb',
    lang: langFromEnv(env),
    env,
    interrupted: untilSignalled,
  };
}

/** Resolves on the first Ctrl-C (SIGINT) or SIGTERM, which then no longer ends the process by itself. */
export function untilSignalled(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
