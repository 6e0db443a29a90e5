// An in-memory Io so CLI tests run `run(argv, io)` in-process and read what it printed.

import type { Lang } from '../../src/diagnostics/types.js';
import type { Io } from '../../src/cli/io.js';

export interface FakeIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function fakeIo(options: { cwd?: string; lang?: Lang; isTTY?: boolean; color?: boolean } = {}): FakeIo {
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
    stdout: () => out,
    stderr: () => err,
  };
}
