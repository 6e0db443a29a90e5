// fixZipTimestamps refuses bytes that are not a zip archive instead of corrupting them.

import { describe, expect, it } from 'vitest';
import { fixZipTimestamps } from '../../src/template/index.js';

describe('fixZipTimestamps', () => {
  it('throws on bytes without an end-of-central-directory record', () => {
    expect(() => fixZipTimestamps(new Uint8Array(64))).toThrow(/end of central directory/);
  });

  it('leaves its input untouched', () => {
    const empty = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);
    const copy = fixZipTimestamps(empty);
    expect(copy).toEqual(empty);
    expect(copy).not.toBe(empty);
  });
});
