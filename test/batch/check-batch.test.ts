// checkBatch from TypeScript source: the worker script cannot load here, so it checks in-process, with the
// same results as the sequential `check`.

import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check, type CheckOptions, type CheckProgress } from '../../src/api.js';
import { checkBatch } from '../../src/batch/index.js';
import { defaultSettings } from '../../src/config/settings.js';
import { ToolkitError } from '../../src/diagnostics/errors.js';
import { expandInputs } from '../../src/ingest/index.js';
import { generateBatch } from './helpers.js';

let dir = '';
let sources: string[] = [];
const options: CheckOptions = { lang: 'en', settings: defaultSettings(new Date('2026-01-01T00:00:00Z')) };

beforeAll(async () => {
  dir = generateBatch(4, 12, 2);
  sources = await expandInputs([dir], process.cwd());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkBatch (in-process fallback)', () => {
  it('gives what check gives, in input order, with the corrupt workbook reported', async () => {
    const events: CheckProgress[] = [];
    const batch = await checkBatch(sources, { ...options, onProgress: (event) => events.push(event) });
    const sequential = await check([dir], options);

    expect(batch.diagnostics).toEqual(sequential.diagnostics);
    expect(batch.inventories.map((i) => i.source)).toEqual(sequential.inventories.map((i) => i.source));
    expect(batch.inventories.map((i) => i.diagnostics)).toEqual(sequential.inventories.map((i) => i.diagnostics));
    expect(batch.inventories.map((i) => i.rows)).toEqual(sequential.inventories.map((i) => i.rows));
    expect(batch.inventories.map((i) => i.index)).toEqual([0, 1, 3, 4]);
    expect(batch.unreadable).toHaveLength(1);
    const [corrupt] = batch.unreadable;
    expect(corrupt?.index).toBe(2);
    expect(corrupt?.error).toBeInstanceOf(ToolkitError);
    expect(corrupt?.error.code).toBe(sequential.unreadable[0]?.error.code);
    expect(corrupt?.error.text).toEqual(sequential.unreadable[0]?.error.text);
    expect(events.map((e) => `${e.kind}${e.index}/${e.total}`)).toEqual(
      ['start0/5', 'done0/5', 'start1/5', 'done1/5', 'start2/5', 'done2/5', 'start3/5', 'done3/5', 'start4/5', 'done4/5'],
    );
  });

  it('summarises each inventory: tables with row counts, the department', async () => {
    const batch = await checkBatch(sources.slice(0, 1), options);
    const [first] = batch.inventories;
    expect(first?.department).toBe('XX市生态环境局');
    expect(first?.tables.map((t) => [t.sheet, t.kind])).toEqual([
      ['执法依据', 'bases'], ['执法事项', 'powers'], ['执法岗位', 'posts'], ['执法人员', 'officers'], ['执法流程', 'steps'],
    ]);
    expect(first?.rows.powers).toBe(12);
    expect(first?.tables.find((t) => t.kind === 'powers')?.rowCount).toBe(12);
  });

  it('refuses a worker count that is not a positive integer', async () => {
    await expect(checkBatch(sources, { workers: 0 })).rejects.toMatchObject({ code: 'bad-arguments' });
    await expect(checkBatch(sources, { workers: 1.5 })).rejects.toMatchObject({ code: 'bad-arguments' });
  });

  it('returns an empty result for no sources', async () => {
    expect(await checkBatch([], options)).toEqual({ inventories: [], unreadable: [], diagnostics: [] });
  });
});
