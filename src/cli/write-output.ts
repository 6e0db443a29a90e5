// Atomic file writes: write next to the target, then rename, so a failed run leaves no half-written file.

import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { OutputFile } from '../output/output-file.js';

export async function writeFileAtomic(path: string, contents: string | Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } catch (cause) {
    await rm(temporary, { force: true });
    throw new ToolkitError(
      'output-unwritable',
      { zh: `无法写入 ${path}：请检查目录是否存在且可写`, en: `Cannot write ${path}: check that the folder exists and is writable` },
      { cause },
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes files under `dir`, refusing to overwrite any that exist (checked before anything is written). */
export async function writeNewFiles(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const targets = files.map((file) => ({ file, path: resolve(join(dir, file.path)) }));
  const taken: string[] = [];
  for (const target of targets) if (await exists(target.path)) taken.push(target.path);
  if (taken.length > 0) {
    throw new ToolkitError('output-exists', {
      zh: `${taken.join('、')} 已存在，quanze 不会覆盖：请换一个目录，或先移走这些文件`,
      en: `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}; quanze does not overwrite: choose another folder or move them away first`,
    });
  }
  for (const target of targets) await writeFileAtomic(target.path, target.file.contents);
  return targets.map((t) => t.path);
}
