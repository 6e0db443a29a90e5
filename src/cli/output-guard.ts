// Refuses, before any work, an output that would overwrite an input: the same path however it is spelled (./,
// absolute, through a symlink), the same file under another name (a hard link: same device and inode), a file
// inside a CSV-folder inventory, or an output folder replaced as a whole that holds an input. The configuration
// file a run finds by itself (the nearest quanze.config.json above the first input) counts as an input too.

import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { findConfig } from '../config/load-config.js';
import { ToolkitError } from '../diagnostics/errors.js';
import { expandInputs } from '../ingest/index.js';

export interface OutputTarget {
  /** As the user gave it (shown in the message), relative to `cwd` or absolute. */
  readonly path: string;
  /** The option that names it (-o, --summary …), shown in the message. */
  readonly flag: string;
  /** A folder the command replaces as a whole (publish -o): refused when any input lies inside it. */
  readonly replacesFolder?: boolean;
}

interface InputFile {
  /** As the user would recognise it. */
  readonly shown: string;
  readonly real: string;
  readonly stats?: Stats;
  /** A CSV-folder inventory: nothing may be written into it. */
  readonly csvFolder?: boolean;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The real path of `path`, also when it does not exist yet: the deepest existing parent's real path + the rest. */
export async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      return join(await realpath(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return absolute;
      rest.push(basename(current));
      current = parent;
    }
  }
}

const inside = (child: string, parent: string): boolean => {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
};

const sameFile = (a: Stats | undefined, b: Stats | undefined): boolean =>
  a !== undefined && b !== undefined && a.isFile() && b.isFile() && a.dev === b.dev && a.ino === b.ino;

/** Every file the inputs name: each workbook or CSV file, each CSV folder and the files in it. */
async function inputFiles(inputs: readonly string[], cwd: string): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const source of await expandInputs(inputs, cwd)) {
    const absolute = resolve(cwd, source);
    const stats = await statOrUndefined(absolute);
    const real = await realPathOf(absolute);
    if (stats?.isDirectory()) {
      files.push({ shown: source, real, stats, csvFolder: true });
      for (const name of await readdir(absolute).catch(() => [] as string[])) {
        const member = join(absolute, name);
        const memberStats = await statOrUndefined(member);
        if (memberStats?.isFile()) files.push({ shown: join(source, name), real: await realPathOf(member), stats: memberStats });
      }
    } else files.push({ shown: source, real, ...(stats === undefined ? {} : { stats }) });
  }
  return files;
}

function refusal(target: OutputTarget, input: string, why: { readonly zh: string; readonly en: string }): ToolkitError {
  return new ToolkitError('output-is-input', {
    zh: `${target.flag} ${target.path} 会覆盖输入 ${input}（${why.zh}）：请另选输出位置，quanze 不修改输入`,
    en: `${target.flag} ${target.path} would overwrite the input ${input} (${why.en}): choose another place, quanze never modifies its inputs`,
  });
}

/**
 * Throws `output-is-input` when writing any of `targets` would overwrite, replace or add to one of the files
 * `inputs` name (files, folders, globs, as the commands take them; paths relative to `cwd`). Call it before
 * any work. Inputs that do not exist are left to the command's own error.
 */
export async function refuseOutputsOverInputs(targets: readonly OutputTarget[], inputs: readonly string[], cwd: string): Promise<void> {
  if (targets.length === 0) return;
  const existing: string[] = [];
  for (const input of inputs) if (/[*?]/.test(input) || (await statOrUndefined(resolve(cwd, input))) !== undefined) existing.push(input);
  // The config the run will read when none is given (resolveRunConfig looks from the first input the same way).
  const found = await findConfig(resolve(cwd, inputs[0] ?? '.'));
  if (found !== undefined) existing.push(relative(cwd, found) || found);
  const files = await inputFiles(existing, cwd);
  for (const target of targets) {
    const absolute = resolve(cwd, target.path);
    const real = await realPathOf(absolute);
    const stats = await statOrUndefined(absolute);
    for (const file of files) {
      if (real === file.real) {
        const linked = real !== absolute;
        throw refusal(target, file.shown, linked
          ? { zh: '经符号链接指向同一文件', en: 'the same file through a symbolic link' }
          : { zh: '同一路径', en: 'the same path' });
      }
      if (sameFile(stats, file.stats)) {
        throw refusal(target, file.shown, { zh: '同一文件的另一个名字（硬链接）', en: 'the same file under another name, a hard link' });
      }
      if (file.csvFolder === true && inside(real, file.real)) {
        throw refusal(target, file.shown, { zh: '写入作为清单的CSV文件夹', en: 'it would be written into that CSV-folder inventory' });
      }
      if (target.replacesFolder === true && inside(file.real, real)) {
        throw refusal(target, file.shown, { zh: '输出文件夹会被整体替换，而输入在其中', en: 'the output folder is replaced as a whole and the input is inside it' });
      }
    }
  }
}
