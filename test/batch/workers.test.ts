// checkBatch on worker threads (the built dist/, since workers run JavaScript): 50 generated department
// workbooks and one corrupt one, checked by 2 workers, give exactly what the sequential in-process check gives.

import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, checkInventory, type CheckOptions, type CheckProgress } from '../../src/api.js';
import { defaultSettings } from '../../src/config/settings.js';
import { largestFirst } from '../../src/batch/schedule.js';
import { expandInputs } from '../../src/ingest/index.js';
import { buildDist, distBatch, generateBatch } from './helpers.js';

type BatchModule = typeof import('../../src/batch/index.js');

let batchModule: BatchModule;
let dir = '';
let sources: string[] = [];
const corruptAt = 17;
const options: CheckOptions = { lang: 'zh', settings: defaultSettings(new Date('2026-01-01T00:00:00Z')) };

beforeAll(async () => {
  buildDist();
  batchModule = (await import(pathToFileURL(distBatch).href)) as BatchModule;
  dir = generateBatch(50, 12, corruptAt);
  sources = await expandInputs([dir], process.cwd());
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkBatch on 2 worker threads', () => {
  // 51 inventories twice: on a shared, loaded machine this takes longer than the default 30 s.
  it('gives each inventory exactly the diagnostics of a sequential in-process check', async () => {
    expect(sources).toHaveLength(51);
    const batch = await batchModule.checkBatch(sources, { ...options, workers: 2 });
    const inventories = batch.inventories.map(({ source, rows, diagnostics }) => ({ source, rows, diagnostics }));
    const sequential = [];
    for (const source of sources) {
      if (source.includes('corrupt')) continue;
      const { rows, diagnostics } = await checkInventory(source, options);
      sequential.push({ source, rows, diagnostics });
    }
    expect(inventories).toEqual(sequential);
    expect(batch.diagnostics).toEqual((await check([dir], options)).diagnostics);
  }, 120_000);

  it('reports the corrupt workbook and checks the rest, in input order', async () => {
    const events: CheckProgress[] = [];
    const batch = await batchModule.checkBatch(sources, { ...options, workers: 2, onProgress: (event) => events.push(event) });
    expect(batch.inventories).toHaveLength(50);
    expect(batch.inventories.map((i) => i.index)).toEqual(sources.map((_, i) => i).filter((i) => i !== corruptAt));
    expect(batch.inventories.map((i) => i.source)).toEqual(sources.filter((s) => !s.includes('corrupt')));
    expect(batch.unreadable.map((u) => [u.index, u.source, u.error.code])).toEqual([[corruptAt, sources[corruptAt], 'input-not-spreadsheet']]);
    // Rebuilt on this side of the thread boundary, with the worker's error as its cause.
    const [corrupt] = batch.unreadable;
    expect(corrupt?.error).toBeInstanceOf(Error);
    expect(corrupt?.error.name).toBe('ToolkitError');
    expect(corrupt?.error.describe('zh')).toContain('corrupt.xlsx');
    expect(corrupt?.error.cause).toBeInstanceOf(Error);

    // Both workers start, on the two largest workbooks, before the first inventory is done; each inventory starts
    // once and ends once.
    const largest = (await largestFirst(sources.map((source, index) => ({ source, index })))).slice(0, 2).map((t) => `start${t.index}`);
    expect(events.slice(0, 2).map((e) => `${e.kind}${e.index}`)).toEqual(largest);
    for (let i = 0; i < sources.length; i++) {
      expect(events.filter((e) => e.index === i).map((e) => e.kind)).toEqual(['start', 'done']);
    }
    expect(events.every((e) => e.total === sources.length)).toBe(true);
  });

  it('is deterministic: two runs, different pool sizes, identical results', async () => {
    const strip = (result: Awaited<ReturnType<BatchModule['checkBatch']>>): unknown => ({
      ...result,
      unreadable: result.unreadable.map((u) => ({ ...u, error: [u.error.code, u.error.text] })),
    });
    const twoWorkers = await batchModule.checkBatch(sources, { ...options, workers: 2 });
    const oneWorker = await batchModule.checkBatch(sources, { ...options, workers: 1 });
    expect(strip(oneWorker)).toEqual(strip(twoWorkers));
  });
});
