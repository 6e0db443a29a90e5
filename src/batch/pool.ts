// A fixed pool of worker threads, one inventory per task: a crashed worker costs only its own task and is
// replaced, so a batch never hangs and never loses an inventory. Each worker holds its next task beside the
// one it is checking, so it starts that one at once instead of idling while the main thread takes in a result.

import { Worker } from 'node:worker_threads';
import type { CheckOutcome } from './outcome.js';
import { unexpectedText } from './serialise-error.js';

export interface PoolTask {
  /** Position in the batch; replies carry it back. */
  readonly index: number;
  readonly source: string;
}

export interface PoolReply {
  readonly index: number;
  readonly outcome: CheckOutcome;
}

export interface PoolOptions {
  /** The worker script (JS): it answers each PoolTask message with one PoolReply. */
  readonly workerUrl: URL;
  /** Plain data every worker receives as `workerData` (structured-cloned). */
  readonly workerData: unknown;
  /** Number of worker threads, at least 1. */
  readonly size: number;
  readonly onStart?: (task: PoolTask) => void;
  readonly onOutcome: (task: PoolTask, outcome: CheckOutcome) => void;
}

interface Slot {
  readonly worker: Worker;
  /** Tasks sent to this worker, the one it is checking first; it checks them one after another. */
  readonly tasks: PoolTask[];
  error: Error | undefined;
}

/** Tasks a worker holds at once: the one it checks and the next. */
const depth = 2;

/** The outcome of a task whose worker died under it (uncaught error, out of memory, process.exit). */
function crashOutcome(task: PoolTask, error: Error | undefined, exitCode: number): CheckOutcome {
  const detail = error?.message ?? `worker exited with code ${exitCode}`;
  return {
    kind: 'failed',
    error: {
      code: 'input-unreadable',
      text: unexpectedText(task.source, detail),
      cause: { name: error?.name ?? 'Error', message: detail, ...(error?.stack === undefined ? {} : { stack: error.stack }) },
    },
  };
}

/** Runs every task on the pool; resolves when each has an outcome, after all workers are terminated. */
export function runPool(tasks: readonly PoolTask[], options: PoolOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const live = new Set<Worker>();
    /** Tasks a crashed worker held but never began, to be given out again before the rest. */
    const returned: PoolTask[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      Promise.all([...live].map((worker) => worker.terminate())).then(
        () => (error === undefined ? resolve() : reject(error)),
        reject,
      );
    };

    const pending = (): boolean => returned.length > 0 || next < tasks.length;
    const take = (): PoolTask | undefined => returned.shift() ?? tasks[next++];

    /** Tells the caller a task has begun: the first task a worker holds is the one it checks. */
    const begin = (task: PoolTask): boolean => {
      try {
        options.onStart?.(task);
        return true;
      } catch (error) {
        finish(error);
        return false;
      }
    };

    /** Sends the slot one more task, if it holds fewer than `depth` and any is left. */
    const feedOne = (slot: Slot): void => {
      if (settled || slot.tasks.length >= depth || !pending()) return;
      const task = take();
      if (task === undefined) return;
      slot.tasks.push(task);
      if (slot.tasks.length === 1 && !begin(task)) return;
      slot.worker.postMessage(task);
    };

    const complete = (task: PoolTask, outcome: CheckOutcome): void => {
      try {
        options.onOutcome(task, outcome);
      } catch (error) {
        finish(error);
        return;
      }
      finished++;
      if (finished === tasks.length) finish();
    };

    const spawn = (): Slot => {
      const worker = new Worker(options.workerUrl, { workerData: options.workerData });
      const slot: Slot = { worker, tasks: [], error: undefined };
      live.add(worker);
      worker.on('message', (reply: PoolReply) => {
        const [task] = slot.tasks;
        if (task === undefined || reply.index !== task.index) return;
        slot.tasks.shift();
        const [following] = slot.tasks;
        // The worker has already begun the task it held; top it up before taking in this result.
        if (following !== undefined && !begin(following)) return;
        feedOne(slot);
        complete(task, reply.outcome);
      });
      worker.on('error', (error) => {
        slot.error = error;
      });
      worker.on('messageerror', (error) => {
        // A reply that cannot be deserialised: count it as a crash of this task.
        slot.error = error;
        void worker.terminate();
      });
      worker.on('exit', (code) => {
        live.delete(worker);
        if (settled) return;
        const [task, ...held] = slot.tasks;
        slot.tasks.length = 0;
        // The tasks it held but never began go to the next worker that asks, in their order.
        returned.unshift(...held);
        if (task !== undefined) complete(task, crashOutcome(task, slot.error, code));
        // Keep the pool at strength while tasks remain; each replacement takes a task, so this ends.
        if (!settled && pending()) fill([spawn()]);
      });
      return slot;
    };

    /** Gives each slot its first task, then each its second, so the largest tasks begin first. */
    const fill = (slots: readonly Slot[]): void => {
      for (let round = 0; round < depth; round++) for (const slot of slots) feedOne(slot);
    };

    if (tasks.length === 0) {
      finish();
      return;
    }
    const size = Math.max(1, Math.min(options.size, tasks.length));
    try {
      fill(Array.from({ length: size }, spawn));
    } catch (error) {
      finish(error);
    }
  });
}
