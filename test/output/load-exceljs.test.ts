// exceljs is loaded on first use: no source file imports it at start-up (a type import is erased), so a run that
// writes no workbook of its kind never pays for loading it.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcelJs } from '../../src/output/load-exceljs.js';

const src = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('loadExcelJs', () => {
  it('is the only way into exceljs: no source file imports it other than as a type', () => {
    const eager = files(src).filter((file) => /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+'exceljs'/mu.test(readFileSync(file, 'utf8')));
    expect(eager.map((file) => relative(src, file))).toEqual([]);
  });

  it('loads the module once and gives the same one after', async () => {
    const first = await loadExcelJs();
    expect(typeof first.Workbook).toBe('function');
    expect(await loadExcelJs()).toBe(first);
  });
});
