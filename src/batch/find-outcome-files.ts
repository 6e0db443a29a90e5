// The outcome files `quanze merge` is given: files as named, and each folder's *.jsonl files (a job runner that
// writes every shard's outcome into one shared folder needs no shell to expand a glob).

import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { OutcomeFile } from './merge-outcomes.js';

const toPosix = (path: string): string => path.replaceAll('\\', '/');

/** The outcome files `inputs` name, relative to `cwd`: a folder stands for the `.jsonl` files directly in it, sorted. */
export async function findOutcomeFiles(inputs: readonly string[], cwd: string): Promise<OutcomeFile[]> {
  const files: OutcomeFile[] = [];
  for (const input of inputs) {
    const path = isAbsolute(input) ? input : resolve(cwd, input);
    const stats = await stat(path).catch((cause: unknown) => {
      throw new ToolkitError('input-not-found', { zh: `找不到结果文件 ${toPosix(input)}：请检查路径，或重新运行写出它的 quanze check --shard`, en: `outcome file ${toPosix(input)} not found: check the path, or re-run the quanze check --shard that writes it` }, { cause });
    });
    if (!stats.isDirectory()) {
      files.push({ shown: toPosix(input), path });
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.jsonl'))
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) {
      throw new ToolkitError('input-not-found', {
        zh: `文件夹 ${toPosix(input)} 中没有结果文件（.jsonl）`,
        en: `folder ${toPosix(input)} holds no outcome files (.jsonl)`,
      });
    }
    const folder = toPosix(input).replace(/\/+$/u, '');
    for (const name of names) files.push({ shown: `${folder}/${name}`, path: resolve(path, name) });
  }
  return files;
}
