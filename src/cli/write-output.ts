// Atomic file writes: write next to the target, then rename, so a failed run leaves no half-written file.

import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { OutputFile } from '../output/output-file.js';
import { failureWords, makeFolders, unwritable } from './make-folders.js';
import { hold, release } from './temporaries.js';

/** Writes `contents` (text, bytes, or text in pieces written as they come) to `path` in one rename. */
export async function writeFileAtomic(path: string, contents: string | Uint8Array | Iterable<string>): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await makeFolders(dirname(path), path);
  hold(temporary);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } catch (cause) {
    // The clean-up must never hide why the write failed.
    await rm(temporary, { force: true }).catch(() => undefined);
    throw unwritable(path, failureWords(cause), cause);
  } finally {
    release(temporary);
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
