// Creating the folders an output goes into, one level at a time: Node's recursive mkdir loops forever under /proc,
// and its ENOTDIR does not say which part of the path is a file. Errors are one line naming that part.

import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { Bilingual } from '../diagnostics/types.js';

/** Why a write failed, in words for each language (no library text inside a Chinese message). */
export function failureWords(cause: unknown): Bilingual {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有写入权限', en: 'permission denied' };
    case 'EROFS':
      return { zh: '所在的文件系统是只读的', en: 'the file system is read-only' };
    case 'ENOSPC':
      return { zh: '磁盘空间已满', en: 'the disk is full' };
    case 'EISDIR':
      return { zh: '这是一个已有的文件夹：请给出文件的路径，而不是文件夹', en: 'it is an existing folder: give the path of a file, not a folder' };
    case 'ENOENT':
      return { zh: '此处不能创建文件或文件夹：请换一个位置', en: 'nothing can be created there: choose another place' };
    default:
      return { zh: `系统错误 ${code ?? '未知'}`, en: `system error ${code ?? 'unknown'}` };
  }
}

/** The one-line `output-unwritable` error for `path`, saying why. */
export function unwritable(path: string, why: Bilingual, cause?: unknown): ToolkitError {
  return new ToolkitError(
    'output-unwritable',
    { zh: `无法写入 ${path}：${why.zh}`, en: `Cannot write ${path}: ${why.en}` },
    cause === undefined ? undefined : { cause },
  );
}

async function statOrError(path: string): Promise<Awaited<ReturnType<typeof stat>> | NodeJS.ErrnoException> {
  try {
    return await stat(path);
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
}

/**
 * Makes `dir` and its missing parents, each with a plain mkdir. Throws `output-unwritable` for `target` (the
 * file or folder being written, for the message) when a part of the path is a file, or a folder cannot be made.
 */
export async function makeFolders(dir: string, target: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const found = await statOrError(current);
    if (!(found instanceof Error)) {
      if (!found.isDirectory()) {
        throw unwritable(target, { zh: `${current} 是文件，不是文件夹`, en: `${current} is a file, not a folder` });
      }
      break;
    }
    if (found.code !== 'ENOENT' && found.code !== 'ENOTDIR') throw unwritable(target, failureWords(found), found);
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw unwritable(target, { zh: `无法创建文件夹 ${folder}（${failureWords(error).zh}）`, en: `cannot create the folder ${folder} (${failureWords(error).en})` }, error);
      }
    }
  }
}
