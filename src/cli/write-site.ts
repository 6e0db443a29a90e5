// Writes a published site atomically: built in a folder beside the target, then swapped in with renames.

import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { OutputFile } from '../output/output-file.js';
import { failureWords, makeFolders, unwritable } from './make-folders.js';
import { folderWords, markerText, readFolderKind, siteMarker, type FolderKind } from './output-marker.js';
import { hold, release } from './temporaries.js';

export { siteMarker } from './output-marker.js';

async function entriesOf(dir: string): Promise<string[] | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new ToolkitError('output-exists', { zh: `${dir} 是一个文件，不是目录：请换一个输出目录`, en: `${dir} is a file, not a folder: choose another output folder` });
    }
  } catch (error) {
    if (error instanceof ToolkitError) throw error;
    return undefined;
  }
  return readdir(dir);
}

function siteUnwritable(dir: string, cause: unknown): ToolkitError {
  return unwritable(dir, failureWords(cause), cause);
}

/** Writes files with a few writes in flight at once (tens of thousands of pages otherwise wait on each other). */
async function writeAll(root: string, files: Iterable<OutputFile>): Promise<void> {
  // Files are taken from `files` as writes finish, so a site made page by page never sits in memory whole.
  const iterator = files[Symbol.iterator]();
  const folders = new Map<string, Promise<unknown>>();
  const folderOf = (folder: string): Promise<unknown> => {
    let made = folders.get(folder);
    if (made === undefined) {
      made = mkdir(folder, { recursive: true });
      folders.set(folder, made);
    }
    return made;
  };
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      const file = next.value;
      const path = normalize(file.path);
      if (isAbsolute(path) || path.startsWith('..')) throw new Error(`publish: file path outside the site: ${file.path}`);
      await folderOf(dirname(join(root, path)));
      await writeFile(join(root, path), file.contents);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/**
 * Refuses to replace a non-empty folder that quanze did not write (no marker), or that another command wrote (a
 * site for flow, charts for publish), unless `force`.
 */
async function refuseForeignFolder(dir: string, target: string, entries: readonly string[] | undefined, kind: FolderKind, force: boolean): Promise<void> {
  if (force || entries === undefined || entries.length === 0) return;
  const found = entries.includes(siteMarker) ? await readFolderKind(target) : undefined;
  if (found === undefined) {
    throw new ToolkitError('output-exists', {
      zh: `${dir} 不是空目录，也不是 quanze 生成的文件夹：为免误删其中的文件，请换一个目录，或加 --force 整体替换它`,
      en: `${dir} is not empty and was not written by quanze: choose another folder, or add --force to replace it as a whole`,
    });
  }
  if (found !== 'quanze' && found !== kind) {
    const was = folderWords[found];
    const would = folderWords[kind];
    throw new ToolkitError('output-exists', {
      zh: `${dir} 是 ${was.zh}，不是 ${would.zh}：为免整体替换它，请换一个目录，或加 --force 替换它`,
      en: `${dir} is ${was.en}, not ${would.en}: choose another folder, or add --force to replace it as a whole`,
    });
  }
}

/**
 * Replaces `dir` with a folder holding exactly `files`. A non-empty folder quanze did not write (no marker file),
 * or that the other folder-writing command wrote, is refused unless `force`. A failure at any point leaves the old
 * folder as it was.
 */
export async function writeSiteFolder(
  dir: string, files: Iterable<OutputFile>, options: { readonly force?: boolean; /** The command writing it (default publish). */ readonly command?: FolderKind } = {},
): Promise<void> {
  const target = resolve(dir);
  const entries = await entriesOf(target);
  const kind = options.command ?? 'publish';
  await refuseForeignFolder(dir, target, entries, kind, options.force === true);
  const staging = `${target}.quanze-new-${process.pid}`;
  const retired = `${target}.quanze-old-${process.pid}`;
  hold(staging);
  try {
    await rm(staging, { recursive: true, force: true });
    await makeFolders(staging, dir);
    await writeAll(staging, files);
    await writeFile(join(staging, siteMarker), markerText(kind));
  } catch (cause) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    release(staging);
    throw cause instanceof ToolkitError ? cause : siteUnwritable(dir, cause);
  }
  try {
    if (entries !== undefined) await rename(target, retired);
    try {
      await rename(staging, target);
    } catch (cause) {
      if (entries !== undefined) await rename(retired, target);
      throw cause;
    }
  } catch (cause) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw siteUnwritable(dir, cause);
  } finally {
    release(staging);
  }
  await rm(retired, { recursive: true, force: true });
}
