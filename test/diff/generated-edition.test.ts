// A generated 100,000-power edition of 20 departments, 1 % of it mutated in known ways: the diff finds exactly
// those changes, no more and no fewer.

import { describe, expect, it } from 'vitest';
import { diffEditions, editionOf } from '../../src/diff/index.js';
import { inventoryOf } from '../helpers/inventory.js';
import { generateEditions } from './generate-edition.js';

describe('diffEditions on a generated 100k-power edition', () => {
  it('finds exactly the planted 1 % of changes', () => {
    const generated = generateEditions(100_000);
    const side = (which: 'old' | 'new') =>
      editionOf(generated.departments.map((d, i) => inventoryOf({ bases: generated.bases, powers: generated[which].get(d) ?? [] }, `${which}/${i}.xlsx`)));
    const old = side('old');
    const now = side('new');
    expect(old.powers).toHaveLength(100_000);
    const diff = diffEditions(old, now);
    const found = diff.changes.map((c) => `${c.kind} ${(c.new ?? c.old)?.code ?? ''}`).sort();
    expect(generated.expected).toHaveLength(1000);
    expect(found).toEqual(generated.expected);
    expect(diff.withdrawals).toHaveLength(diff.counts.removed);
    expect(diff.bases).toEqual([]);
  }, 120_000);
});
