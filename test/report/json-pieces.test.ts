// JSON in pieces: a frame with placeholders and arrays printed member by member gives, joined, the bytes of one
// JSON.stringify(…, null, 2) of the whole, at any depth, for empty arrays and awkward strings too.

import { describe, expect, it } from 'vitest';
import { jsonPieces, placeholder, type StreamedArray } from '../../src/report/json-pieces.js';

const streamed = (items: readonly unknown[]): StreamedArray => ({ length: items.length, valueAt: (i) => items[i] });

describe('jsonPieces', () => {
  const members = [{ a: 1, b: [1, 2, { c: '第一行\n"第二行"' }], d: {} }, 'plain', [], [[]], null, { e: { f: [{}] } }];
  const cases: [string, (slot: unknown) => unknown][] = [
    ['at the top', (slot) => slot],
    ['one level down, first', (slot) => ({ list: slot, after: 1 })],
    ['one level down, last', (slot) => ({ before: { x: [1] }, list: slot })],
    ['deep inside arrays and objects', (slot) => ({ runs: [{ tool: { name: 'q' }, results: slot }], tail: [] })],
  ];

  it.each(cases)('joined, gives the bytes of one JSON.stringify: %s', (_, place) => {
    for (const items of [members, [], ['only']]) {
      const pieces = [...jsonPieces(place(placeholder(0)), [streamed(items)])];
      expect(pieces.join('')).toBe(`${JSON.stringify(place(items), null, 2)}\n`);
    }
  });

  it('fills several arrays in the order they appear in the frame, whatever their order in the list', () => {
    const frame = { first: placeholder(1), middle: { n: 2 }, second: placeholder(0) };
    const pieces = [...jsonPieces(frame, [streamed(['b', 'c']), streamed([{ a: [] }])])];
    expect(pieces.join('')).toBe(`${JSON.stringify({ first: [{ a: [] }], middle: { n: 2 }, second: ['b', 'c'] }, null, 2)}\n`);
  });

  it('refuses a frame without the placeholder', () => {
    expect(() => [...jsonPieces({ a: 1 }, [streamed([1])])]).toThrow(/placeholder is missing/);
  });
});
