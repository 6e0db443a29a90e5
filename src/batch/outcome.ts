// Checks one inventory and reduces the result to plain data: the unit of work of a worker and of the fallback.

import { checkInventory, type CheckOptions, type InventoryCheck } from '../api.js';
import { ToolkitError, type ToolkitErrorCode } from '../diagnostics/errors.js';
import type { Bilingual } from '../diagnostics/types.js';
import type { InventoryFacts } from '../rules/batch/define-batch-rule.js';
import type { BatchInventory, TableSummary } from './types.js';

/** The options a worker receives: CheckOptions without the progress callback, which cannot cross threads. */
export type WorkerCheckOptions = Omit<CheckOptions, 'onProgress'>;

/** An error as plain data: a ToolkitError keeps its code and both texts; anything else becomes `input-unreadable`. */
export interface SerialisedError {
  readonly code: ToolkitErrorCode;
  readonly text: Bilingual;
  /** The original error's message and stack, kept as the reconstructed error's cause. */
  readonly cause?: { readonly name: string; readonly message: string; readonly stack?: string };
}

export type CheckOutcome =
  | {
      readonly kind: 'checked';
      readonly inventory: Omit<BatchInventory, 'index'>;
      /** What batch rules need of the inventory; they run on the main thread once all are in. */
      readonly facts: InventoryFacts;
    }
  | { readonly kind: 'failed'; readonly error: SerialisedError };

/** The department most powers name (ties: first seen), or undefined. */
function mainDepartment(check: InventoryCheck): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const power of check.inventory.powers) {
    if (power.department === undefined || power.department === '') continue;
    const count = (counts.get(power.department) ?? 0) + 1;
    counts.set(power.department, count);
    if (count > bestCount) {
      best = power.department;
      bestCount = count;
    }
  }
  return best;
}

/** Keeps what a report needs and drops the model, which may be hundreds of MB. */
export function summariseCheck(check: InventoryCheck): Omit<BatchInventory, 'index'> {
  const tables: TableSummary[] = check.inventory.tables.map((table) => ({
    file: table.file,
    ...(table.sheet === undefined ? {} : { sheet: table.sheet }),
    kind: table.kind,
    rowCount: table.rowCount,
  }));
  const department = mainDepartment(check);
  return {
    source: check.source,
    ...(department === undefined ? {} : { department }),
    rows: check.rows,
    tables,
    diagnostics: check.diagnostics,
  };
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

/** Checks one inventory; never throws. */
export async function checkOutcome(source: string, options: WorkerCheckOptions): Promise<CheckOutcome> {
  try {
    const check = await checkInventory(source, options);
    return { kind: 'checked', inventory: summariseCheck(check), facts: check.facts };
  } catch (error) {
    return { kind: 'failed', error: serialiseError(error, source) };
  }
}
