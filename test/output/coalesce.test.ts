// Pieces of text gathered for writing: the same text, in pieces of at least the size asked for.

import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/output/coalesce.js';

describe('coalesce', () => {
  it('keeps the text and gathers small pieces', () => {
    const pieces = ['ab', 'c', 'def', '', 'g', 'hij'];
    const gathered = [...coalesce(pieces, 4)];
    expect(gathered.join('')).toBe(pieces.join(''));
    expect(gathered).toEqual(['abcdef', 'ghij']);
    expect([...coalesce(['a', 'b'], 4)]).toEqual(['ab']);
    expect([...coalesce([], 4)]).toEqual([]);
  });
});
