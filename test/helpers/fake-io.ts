// An in-memory Io so CLI tests run `run(argv, io)` in-process and read what it printed.

import type { Lang } from '../../src/diagnostics/types.js';
import type { Io } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** `interrupted` stands for Ctrl-C: a long-running command (preview) stops when it resolves; by default never. */
export function fakeIo(options: { cwd?: string; lang?: Lang; isTTY?: boolean; color?: boolean; interrupted?: Promise<void> } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    lang: options.lang ?? 'zh',
    env: {},
    interrupted: () => options.interrupted ?? new Promise<void>(() => undefined),
    stdout: () => out,
    stderr: () => err,
  };
}
