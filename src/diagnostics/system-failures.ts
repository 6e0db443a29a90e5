// What a system error code on reading a file means, in both languages: shared by the readers of inventories and of
// the configuration, so the same failure is told in the same words.

import type { Bilingual } from './types.js';

const systemFailures: Readonly<Record<string, Bilingual>> = {
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EPERM: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个文件夹', en: 'it is a folder' },
  EIO: { zh: '磁盘读取出错', en: 'the disk reported a read error' },
  ELOOP: { zh: '符号链接形成了循环', en: 'its symbolic links form a loop' },
  EMFILE: { zh: '同时打开的文件过多', en: 'too many files are open at once' },
  ENFILE: { zh: '同时打开的文件过多', en: 'too many files are open at once' },
  ENAMETOOLONG: { zh: '路径过长', en: 'the path is too long' },
  ENOMEM: { zh: '内存不足', en: 'out of memory' },
  EBUSY: { zh: '文件正被占用', en: 'the file is busy' },
  ETIMEDOUT: { zh: '读取超时', en: 'reading timed out' },
};

/** The meaning of `error`'s system code when it is one quanze knows. */
export function systemFailure(error: unknown): { readonly code: string; readonly words: Bilingual } | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words = typeof code === 'string' ? systemFailures[code] : undefined;
  return code === undefined || words === undefined ? undefined : { code, words };
}
