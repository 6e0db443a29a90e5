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

/** Text for a failure that is not a ToolkitError: a bug or an exhausted worker, not the user's data. */
export function unexpectedText(source: string, detail: string): Bilingual {
  if (/memory limit|out of memory/i.test(detail)) {
    // Not a bug: the inventory is larger than the memory Node allows by default.
    return {
      zh: `检查“${source}”时内存不足（${detail}）；其他清单照常检查。可设置 NODE_OPTIONS=--max-old-space-size=8192 后重试，或将清单拆分为几个文件`,
      en: `checking "${source}" ran out of memory (${detail}); the other inventories are still checked. Retry with NODE_OPTIONS=--max-old-space-size=8192, or split the inventory into several files`,
    };
  }
  return {
    zh: `检查“${source}”时出错（${detail}）；其他清单照常检查。请将此文件和错误信息反馈给 quanze 开发者`,
    en: `checking "${source}" failed (${detail}); the other inventories are still checked. Please report this file and message to the quanze developers`,
  };
}

/** Rebuilds the ToolkitError on the main thread, keeping the original message and stack as its cause. */
export function reviveError(error: SerialisedError): ToolkitError {
  if (error.cause === undefined) return new ToolkitError(error.code, error.text);
  const cause = new Error(error.cause.message);
  cause.name = error.cause.name;
  if (error.cause.stack !== undefined) cause.stack = error.cause.stack;
  return new ToolkitError(error.code, error.text, { cause });
}
