// A fixed pool of worker threads, one inventory per task: a crashed worker costs only its own task and is
// replaced, so a batch never hangs and never loses an inventory.

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
  task: PoolTask | undefined;
  error: Error | undefined;
}

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

    /** Gives the slot the next task, if any. */
    const feed = (slot: Slot): void => {
      const task = tasks[next];
      if (settled || task === undefined) return;
      next++;
      slot.task = task;
      try {
        options.onStart?.(task);
      } catch (error) {
        finish(error);
        return;
      }
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
      const slot: Slot = { worker, task: undefined, error: undefined };
      live.add(worker);
      worker.on('message', (reply: PoolReply) => {
        const task = slot.task;
        if (task === undefined || reply.index !== task.index) return;
        slot.task = undefined;
        complete(task, reply.outcome);
        feed(slot);
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
        const task = slot.task;
        slot.task = undefined;
        if (task !== undefined) complete(task, crashOutcome(task, slot.error, code));
        // Keep the pool at strength while tasks remain; each replacement takes a task, so this ends.
        if (!settled && next < tasks.length) feed(spawn());
      });
      return slot;
    };

    if (tasks.length === 0) {
      finish();
      return;
    }
    const size = Math.max(1, Math.min(options.size, tasks.length));
    try {
      for (let i = 0; i < size; i++) feed(spawn());
    } catch (error) {
      finish(error);
    }
  });
}
