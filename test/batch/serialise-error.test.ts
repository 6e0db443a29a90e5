// Errors that cross the worker boundary: an out-of-memory crash tells the user how to give Node more heap.

import { describe, expect, it } from 'vitest';
import { unexpectedText } from '../../src/batch/serialise-error.js';

describe('unexpectedText', () => {
  it('tells a user how to get more memory instead of asking for a bug report', () => {
    const text = unexpectedText('big/', 'Worker terminated due to reaching memory limit: JS heap out of memory');
    expect(text.zh).toMatch(/内存不足.*--max-old-space-size/);
    expect(text.en).toMatch(/ran out of memory.*split the inventory/);
    expect(unexpectedText('a.xlsx', 'boom').en).toMatch(/report this file/);
  });
});
