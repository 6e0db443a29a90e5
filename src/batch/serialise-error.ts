// Errors as plain data across the thread boundary, and the ToolkitError rebuilt from them on the main thread.
// Kept apart from outcome.ts so the main thread of a batch does not load the whole library.

import { ToolkitError, type ToolkitErrorCode } from '../diagnostics/errors.js';
import type { Bilingual } from '../diagnostics/types.js';

/** An error as plain data: a ToolkitError keeps its code and both texts; anything else becomes `input-unreadable`. */
export interface SerialisedError {
  readonly code: ToolkitErrorCode;
  readonly text: Bilingual;
  /** The original error's message and stack, kept as the reconstructed error's cause. */
  readonly cause?: { readonly name: string; readonly message: string; readonly stack?: string };
}

/** An error as plain data, with what the user is told about it. */
export function serialiseError(error: unknown, source: string): SerialisedError {
  const cause =
    error instanceof Error
      ? { name: error.name, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) }
      : { name: 'Error', message: String(error) };
  if (error instanceof ToolkitError) return { code: error.code, text: error.text, cause };
  return { code: 'input-unreadable', text: unexpectedText(source, cause.message), cause };
}

/** Node's words when a worker (or the process) reached its heap limit: not a bug, the inventory is too large. */
export const isOutOfMemory = (detail: string): boolean => /memory limit|out of memory/iu.test(detail);

/** What to do once the heap ran out: give Node more of it, or check a smaller inventory. */
export const memoryRemedy: Bilingual = {
  zh: '请设置环境变量 NODE_OPTIONS=--max-old-space-size=8192（单位 MB，按本机内存取值）后重试，或将清单拆分为几个文件',
  en: 'retry with NODE_OPTIONS=--max-old-space-size=8192 (in MB, as much as the machine allows), or split the inventory into several files',
};

/**
 * Text for a failure that is not a ToolkitError: a bug or an exhausted worker, not the user's data. The raw
 * message (V8's or a library's, in English) is in the English text only; the Chinese text says where to see it.
 */
export function unexpectedText(source: string, detail: string): Bilingual {
  if (isOutOfMemory(detail)) {
    return {
      zh: `检查“${source}”时内存不足，未能完成；其他清单照常检查。${memoryRemedy.zh}`,
      en: `checking "${source}" ran out of memory (${detail}); the other inventories are still checked. ${capitalise(memoryRemedy.en)}`,
    };
  }
  return {
    zh: `检查“${source}”时 quanze 内部出错，未能完成；其他清单照常检查。请将所用的命令和此文件反馈给 quanze 开发者（加 --lang en 重新运行可看到原始错误信息）`,
    en: `checking "${source}" failed inside quanze (${detail}); the other inventories are still checked. Please report this message with the command you ran and this file to the quanze developers`,
  };
}

const capitalise = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** Rebuilds the ToolkitError on the main thread, keeping the original message and stack as its cause. */
export function reviveError(error: SerialisedError): ToolkitError {
  if (error.cause === undefined) return new ToolkitError(error.code, error.text);
  const cause = new Error(error.cause.message);
  cause.name = error.cause.name;
  if (error.cause.stack !== undefined) cause.stack = error.cause.stack;
  return new ToolkitError(error.code, error.text, { cause });
}
