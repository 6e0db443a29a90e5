// Shard assignment: every input in exactly one share, shares within one of each other in size, the same share
// whatever order the inputs come in, and the same on every machine (a fixed expectation, not a recomputation).

import { describe, expect, it } from 'vitest';
import { readShard, shareOf, shardKey, toShard } from '../../src/batch/shard.js';

const inputs = Array.from({ length: 50 }, (_, i) => `departments/${String(i + 1).padStart(3, '0')}-局.xlsx`);

describe('shareOf', () => {
  it('puts every input in exactly one shard, the shards differing in size by one at most', () => {
    for (const count of [1, 2, 3, 7, 50, 64]) {
      const shares = Array.from({ length: count }, (_, k) => shareOf(inputs, { index: k + 1, count }));
      const all = shares.flat().sort((a, b) => a - b);
      expect(all).toEqual(inputs.map((_, i) => i));
      const sizes = shares.map((share) => share.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      for (const share of shares) expect(share).toEqual([...share].sort((a, b) => a - b));
    }
  });

  it('gives an input the same shard whatever order the inputs are listed in', () => {
    const reversed = [...inputs].reverse();
    for (let k = 1; k <= 3; k++) {
      const names = shareOf(inputs, { index: k, count: 3 }).map((i) => inputs[i]);
      const again = shareOf(reversed, { index: k, count: 3 }).map((i) => reversed[i]);
      expect(new Set(again)).toEqual(new Set(names));
    }
  });

  it('is stable: a hash of the POSIX path, the same on every machine and in every version', () => {
    expect(shardKey('a.xlsx')).toBe('90e06ba3f9855932cd6739755e2ff2a29057c0359ba19dd91cfc67123497093f'); // sha256sum of the path's UTF-8 bytes
    const four = ['a.xlsx', 'b.xlsx', 'c/d.xlsx', '甲局.xlsx'];
    expect([1, 2].map((index) => shareOf(four, { index, count: 2 }).map((i) => four[i]))).toMatchInlineSnapshot(`
      [
        [
          "c/d.xlsx",
          "甲局.xlsx",
        ],
        [
          "a.xlsx",
          "b.xlsx",
        ],
      ]
    `);
  });
});

describe('readShard', () => {
  it('reads K/N', () => {
    expect(readShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(readShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each([
    ['0/3', /K 须在 1 到 3 之间/, /K must be 1 to 3/],
    ['4/3', /K 须在 1 到 3 之间/, /K must be 1 to 3/],
    ['1/0', /份数 N 须在 1 到/, /number of shards N must be 1 to/],
    ['3', /须写成 K\/N/, /write it as K\/N/],
    ['a/b', /须写成 K\/N/, /write it as K\/N/],
    ['1.5/3', /须写成 K\/N/, /write it as K\/N/],
    ['-1/3', /须写成 K\/N/, /write it as K\/N/],
  ])('refuses %s in both languages', (text, zh, en) => {
    const read = readShard(text);
    expect('problem' in read && read.problem.zh).toMatch(zh);
    expect('problem' in read && read.problem.en).toMatch(en);
    expect(() => toShard(text)).toThrow(expect.objectContaining({ code: 'bad-arguments' }));
  });
});
