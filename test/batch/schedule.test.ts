// The pool's order: largest inventory first, ties in input order, unreadable sources last.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largestFirst, sizeOf } from '../../src/batch/schedule.js';

const dir = mkdtempSync(join(tmpdir(), 'quanze-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: number): string => {
  const path = join(dir, name);
  writeFileSync(path, 'x'.repeat(bytes));
  return path;
};

describe('largestFirst', () => {
  it('orders workbooks and CSV folders by bytes, largest first, ties by input order', async () => {
    const csv = join(dir, 'csv');
    mkdirSync(csv);
    writeFileSync(join(csv, 'powers.csv'), 'x'.repeat(30));
    writeFileSync(join(csv, 'bases.csv'), 'x'.repeat(25));
    const sources = [file('a.xlsx', 10), file('b.xlsx', 40), csv, file('c.xlsx', 10), join(dir, 'missing.xlsx')];
    expect(await sizeOf(csv)).toBe(55);
    const order = await largestFirst(sources.map((source, index) => ({ source, index })));
    expect(order.map((t) => t.index)).toEqual([2, 1, 0, 3, 4]);
  });
});
