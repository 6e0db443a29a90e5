// The worker thread of a batch: checks one inventory per message and replies with plain data (never the model).

import { parentPort, workerData } from 'node:worker_threads';
import { checkOutcome, type WorkerCheckOptions } from './outcome.js';
import type { PoolReply, PoolTask } from './pool.js';

const port = parentPort;
if (port === null) throw new Error('batch/worker.js runs only as a worker thread (see checkBatch)');
const options = workerData as WorkerCheckOptions;

// The pool sends the next task before this one is done: checks run one after another, never two at once.
let queue: Promise<void> = Promise.resolve();
port.on('message', (task: PoolTask) => {
  queue = queue.then(async () => {
    const outcome = await checkOutcome(task.source, options);
    const reply: PoolReply = { index: task.index, outcome };
    port.postMessage(reply);
  });
});
