// Writes a published site atomically: built in a folder beside the target, then swapped in with renames.

import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve } from 'node:path';
import { ToolkitError } from '../diagnostics/errors.js';
import type { OutputFile } from '../output/output-file.js';
import { failureWords, makeFolders, unwritable } from './make-folders.js';
import { hold, release } from './temporaries.js';

/** A file quanze puts in every folder it writes as a whole: its presence is what lets a later run replace the folder. */
export const siteMarker = '.quanze-site';
const markerText = (command: string): string =>
  `This folder was written by \`quanze ${command}\` and is replaced as a whole by its next run.\n本目录由 quanze ${command} 生成，再次运行时会整体替换。\n`;

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
async function writeAll(root: string, files: readonly OutputFile[]): Promise<void> {
  const folders = new Set<string>();
  for (const file of files) {
    const path = normalize(file.path);
    if (isAbsolute(path) || path.startsWith('..')) throw new Error(`publish: file path outside the site: ${file.path}`);
    folders.add(dirname(join(root, path)));
  }
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (file !== undefined) await writeFile(join(root, file.path), file.contents);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/**
 * Replaces `dir` with a folder holding exactly `files`. A non-empty folder quanze did not write (no marker file)
 * is refused unless `force`. A failure at any point leaves the old folder as it was.
 */
export async function writeSiteFolder(
  dir: string, files: readonly OutputFile[], options: { readonly force?: boolean; /** The command named in the marker file (publish). */ readonly command?: string } = {},
): Promise<void> {
  const target = resolve(dir);
  const entries = await entriesOf(target);
  if (entries !== undefined && entries.length > 0 && !entries.includes(siteMarker) && options.force !== true) {
    throw new ToolkitError('output-exists', {
      zh: `${dir} 不是空目录，也不是 quanze 生成的站点：为免误删其中的文件，请换一个目录，或加 --force 整体替换它`,
      en: `${dir} is not empty and was not written by quanze: choose another folder, or add --force to replace it as a whole`,
    });
  }
  const staging = `${target}.quanze-new-${process.pid}`;
  const retired = `${target}.quanze-old-${process.pid}`;
  hold(staging);
  try {
    await rm(staging, { recursive: true, force: true });
    await makeFolders(staging, dir);
    await writeAll(staging, files);
    await writeFile(join(staging, siteMarker), markerText(options.command ?? 'publish'));
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
