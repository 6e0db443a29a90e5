// Where a command's report goes: standard output, or a file named by -o (written atomically); a workbook only to a file.

import { relative, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Lang } from '../diagnostics/types.js';
import type { Io } from './io.js';
import { writeFileAtomic } from './write-output.js';

/** Refuses a workbook format without -o: its bytes on a terminal help no one. */
export function refuseBinaryToTerminal(format: string, binary: boolean, output: string | undefined): void {
  if (!binary || output !== undefined) return;
  throw new ToolkitError('bad-arguments', {
    zh: `--format ${format} 写的是工作簿：请用 -o <文件.xlsx> 指定输出文件`,
    en: `--format ${format} writes a workbook: name the file with -o <file.xlsx>`,
  });
}

/** Writes the report to `output` (saying so on stderr), or prints it. */
export async function emitOutput(io: Io, output: string | undefined, contents: string | Uint8Array, lang: Lang): Promise<void> {
  if (output === undefined) {
    io.out(typeof contents === 'string' ? contents : Buffer.from(contents).toString('latin1'));
    return;
  }
  const path = resolve(io.cwd, output);
  await writeFileAtomic(path, contents);
  io.err(`${lang === 'zh' ? '已写入' : 'wrote'} ${relative(io.cwd, path) || path}\n`);
}

/** One line on stderr when reading found errors: what could not be read is left out, never silently. */
export function readingErrors(io: Io, errors: number, lang: Lang, what: { readonly zh: string; readonly en: string }): void {
  if (errors === 0) return;
  io.err(lang === 'zh'
    ? `quanze: 读取时发现 ${errors} 个错误，未能读取的单元格和行${what.zh}；运行 quanze check 查看详情\n`
    : `quanze: ${errors} errors while reading; cells and rows that could not be read are ${what.en} (run quanze check for details)\n`);
}
