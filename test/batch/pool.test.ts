// The worker pool: every task gets exactly one outcome, whatever its worker does, and the pool never hangs.

import { describe, expect, it } from 'vitest';
import { runPool, type PoolTask } from '../../src/batch/pool.js';
import type { CheckOutcome } from '../../src/batch/outcome.js';

const workerUrl = new URL('./fixtures/test-worker.mjs', import.meta.url);
const tasks = (sources: readonly string[]): PoolTask[] => sources.map((source, index) => ({ index, source }));

async function run(url: URL, sources: readonly string[], size: number): Promise<Map<number, CheckOutcome>> {
  const outcomes = new Map<number, CheckOutcome>();
  await runPool(tasks(sources), {
    workerUrl: url,
    workerData: {},
    size,
    onOutcome: (task, outcome) => {
      expect(outcomes.has(task.index)).toBe(false);
      outcomes.set(task.index, outcome);
    },
  });
  return outcomes;
}

describe('runPool', () => {
  it('gives every task one outcome, a crashed worker costing only its own task', async () => {
    const sources = ['a', 'b-exit', 'c', 'd-throw', 'e', 'f', 'g-exit', 'h'];
    const outcomes = await run(workerUrl, sources, 2);
    expect([...outcomes.keys()].sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const failed = [...outcomes].filter(([, outcome]) => outcome.kind === 'failed').map(([index]) => index).sort();
    expect(failed).toEqual([1, 3, 6]);
    const thrown = outcomes.get(3);
    expect(thrown?.kind === 'failed' && thrown.error).toMatchObject({ code: 'input-unreadable', cause: { message: 'boom in d-throw' } });
    expect(thrown?.kind === 'failed' && thrown.error.text.en).toContain('d-throw');
    const exited = outcomes.get(1);
    expect(exited?.kind === 'failed' && exited.error.cause?.message).toBe('worker exited with code 3');
  });

  it('reports every task as failed, without hanging, when the worker script cannot load', async () => {
    const outcomes = await run(new URL('./fixtures/broken-worker.mjs', import.meta.url), ['a', 'b', 'c'], 2);
    expect([...outcomes.values()].map((outcome) => outcome.kind)).toEqual(['failed', 'failed', 'failed']);
  });

  it('sends each worker its next task before the one it checks is done', async () => {
    const outcomes = await run(new URL('./fixtures/held-worker.mjs', import.meta.url), ['a', 'b', 'c', 'd!'], 1);
    expect([...outcomes.keys()].sort((x, y) => x - y)).toEqual([0, 1, 2, 3]);
    expect([...outcomes.values()].every((outcome) => outcome.kind === 'checked')).toBe(true);
  }, 10_000);

  it('resolves at once for no tasks and uses no more workers than tasks', async () => {
    expect((await run(workerUrl, [], 4)).size).toBe(0);
    expect((await run(workerUrl, ['only'], 4)).get(0)?.kind).toBe('checked');
  });
});
