// ELK called synchronously. elkjs's promise API goes through its fake worker, which waits for two setTimeout(0)
// per layout (≈ 2 ms of idle time per call in Node, a sixth of a chart's time); its dispatcher runs the same
// layout at once. One engine per thread: loading it compiles the whole GWT bundle, and it keeps no state between
// layouts.

import { createRequire } from 'node:module';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/** The part of elkjs's worker (lib/elk-worker.min.js, the engine elk.bundled.js wraps) that answers a message. */
interface ElkFakeWorker {
  onmessage: (message: { data: ElkAnswer }) => void;
  readonly dispatcher: { saveDispatch(message: { data: ElkRequest }): void };
}
type ElkRequest = { readonly id: number; readonly cmd: 'register'; readonly algorithms: readonly string[] } | { readonly id: number; readonly cmd: 'layout'; readonly graph: ElkNode };
type ElkAnswer = { readonly id: number; readonly data?: ElkNode; readonly error?: unknown };

let worker: ElkFakeWorker | undefined;
let answer: ElkAnswer | undefined;

function engine(): ElkFakeWorker {
  if (worker) return worker;
  const require = createRequire(import.meta.url);
  const { Worker } = require('elkjs/lib/elk-worker.min.js') as { Worker: new () => ElkFakeWorker };
  const created = new Worker();
  created.onmessage = (message) => {
    answer = message.data;
  };
  call(created, { id: 0, cmd: 'register', algorithms: ['layered'] });
  worker = created;
  return created;
}

function call(target: ElkFakeWorker, request: ElkRequest): ElkNode | undefined {
  answer = undefined;
  target.dispatcher.saveDispatch({ data: request });
  const reply = answer as ElkAnswer | undefined;
  if (reply === undefined) throw new Error('elkjs answered nothing: its worker API is not the one quanze was built against');
  if (reply.error !== undefined) throw elkError(reply.error);
  return reply.data;
}

/** elkjs throws GWT exceptions whose message sits in a Java field. */
function elkError(error: unknown): Error {
  if (error instanceof Error) return error;
  const java = (error as { g?: unknown } | null)?.g;
  return new Error(`ELK layout failed: ${typeof java === 'string' ? java : String(error)}`);
}

/** `graph` laid out by ELK, at once; ELK writes the positions into the graph it is given and returns it. */
export function elkLayout(graph: ElkNode): ElkNode {
  const laid = call(engine(), { id: 1, cmd: 'layout', graph });
  if (laid === undefined) throw new Error('ELK returned no graph');
  return laid;
}
