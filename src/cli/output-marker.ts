// The marker file quanze leaves in a folder it writes as a whole, and which command wrote it: a folder written by
// `quanze publish` (a site) and one written by `quanze flow` (charts) are each replaced only by their own command.

import { lstat, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Bilingual } from '../diagnostics/types.js';

/** A file quanze puts in every folder it writes as a whole: its presence is what lets a later run replace the folder. */
export const siteMarker = '.quanze-site';

/** The commands that write a folder as a whole. */
export type FolderKind = 'publish' | 'flow';

/** What each kind of folder is, in a refusal. */
export const folderWords: Readonly<Record<FolderKind, Bilingual>> = {
  publish: { zh: 'quanze publish 生成的站点', en: 'a site written by quanze publish' },
  flow: { zh: 'quanze flow 生成的流程图文件夹', en: 'a chart folder written by quanze flow' },
};

/** The marker's text: the command that wrote the folder (read back by `readFolderKind`), in both languages. */
export const markerText = (kind: FolderKind): string =>
  `This folder was written by \`quanze ${kind}\` and is replaced as a whole by its next run.\n本目录由 quanze ${kind} 生成，再次运行时会整体替换。\n`;

/**
 * Who wrote the folder `dir`, read from its marker: a kind, `'quanze'` for a marker that names no kind (written
 * before kinds were recorded, or edited), or undefined when there is no marker that is a regular file (a pipe or
 * folder of that name is not quanze's and is never opened). Reads at most 512 bytes.
 */
export async function readFolderKind(dir: string): Promise<FolderKind | 'quanze' | undefined> {
  const path = join(dir, siteMarker);
  try {
    if (!(await lstat(path)).isFile()) return undefined;
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(512), position: 0 });
      const kind = /`quanze (publish|flow)`/.exec(buffer.subarray(0, bytesRead).toString('utf8'))?.[1];
      return kind === 'publish' || kind === 'flow' ? kind : 'quanze';
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}
