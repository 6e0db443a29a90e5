// The bundled sample inventories classify without a single mismatch against their declared types.

import { describe, expect, it } from 'vitest';
import { classifyInputs, evaluateRows } from '../../src/classify-inputs/index.js';

const root = new URL('../../', import.meta.url).pathname;

describe('samples', () => {
  it.each(['samples/city-ecology-bureau.xlsx', 'samples/csv-gb18030'])('%s: every declared type agrees with the classifier', async (sample) => {
    const { rows } = await classifyInputs([sample], { cwd: root, lang: 'zh' });
    const figures = evaluateRows(rows);
    expect(figures.total).toBe(34);
    expect(figures.errors.map((e) => e.name)).toEqual([]);
    expect(figures.accuracy).toBe(1);
  });
});
