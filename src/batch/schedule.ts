// The order a pool takes tasks in: largest inventory first (longest-processing-time-first scheduling), so one
// large department that comes last in input order does not leave the other workers idle while it is checked.

import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { PoolTask } from './pool.js';

/** Bytes of a workbook, or of the files directly in a CSV folder; 0 when it cannot be read (its check says why). */
export async function sizeOf(source: string): Promise<number> {
  try {
    const stats = await stat(source);
    if (!stats.isDirectory()) return stats.size;
    let bytes = 0;
    for (const entry of await readdir(source, { withFileTypes: true })) {
      if (entry.isFile()) bytes += (await stat(join(source, entry.name))).size;
    }
    return bytes;
  } catch {
    return 0;
  }
}

/** The tasks from largest to smallest; equal sizes keep input order. */
export async function largestFirst(tasks: readonly PoolTask[]): Promise<PoolTask[]> {
  const sizes = await Promise.all(tasks.map((task) => sizeOf(task.source)));
  return tasks
    .map((task, at) => ({ task, size: sizes[at] ?? 0 }))
    .sort((a, b) => b.size - a.size || a.task.index - b.task.index)
    .map(({ task }) => task);
}
