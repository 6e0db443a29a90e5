// Text decoding: UTF-8 with or without BOM, else GB18030, decided on the whole file even when it is streamed.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, detectEncoding, detectFileEncoding } from '../../src/ingest/decode-text.js';

const dir = mkdtempSync(join(tmpdir(), 'quanze-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// 罚款《》〔〕 in GBK/GB18030.
const gbk = Buffer.from('b7a3bfeea1b6a1b7a1b2a1b3', 'hex');

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeText(Buffer.from('\uFEFF罚款《》〔〕'))).toBe('罚款《》〔〕');
    expect(decodeText(Buffer.from('罚款'))).toBe('罚款');
  });

  it('reads GB18030 when the bytes are not valid UTF-8', () => {
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(decodeText(gbk)).toBe('罚款《》〔〕');
  });

  it('decides on the whole file, not a sample: GBK after a long UTF-8-looking start is GB18030', () => {
    const bytes = Buffer.concat([Buffer.alloc(200_000, 0x61), gbk]);
    expect(detectEncoding(bytes)).toBe('gb18030');
  });
});

describe('detectFileEncoding (streamed)', () => {
  it('accepts a UTF-8 character split across the 1 MB read boundary', async () => {
    const path = join(dir, 'split.csv');
    // 3-byte characters starting one byte before the boundary.
    writeFileSync(path, Buffer.concat([Buffer.alloc((1 << 20) - 1, 0x61), Buffer.from('罚款罚款')]));
    await expect(detectFileEncoding(path)).resolves.toBe('utf-8');
  });

  it('finds GB18030 bytes far into a large file', async () => {
    const path = join(dir, 'late.csv');
    writeFileSync(path, Buffer.concat([Buffer.alloc(3 << 20, 0x61), gbk]));
    await expect(detectFileEncoding(path)).resolves.toBe('gb18030');
  });

  it('gives the whole-buffer verdict for sequences cut at the 1 MB boundary, valid or not', async () => {
    const boundary = 1 << 20;
    const cases: Array<[string, Buffer]> = [];
    for (const char of ['罚', '𠀀', 'é']) {
      const bytes = Buffer.from(char);
      for (let before = 0; before <= bytes.length; before++) {
        const head = Buffer.alloc(boundary - before, 0x61);
        cases.push([`${char} ${before} before`, Buffer.concat([head, bytes, Buffer.from('ab')])]);
        // A lead cut short by ASCII, and one continuation byte too many, each at the boundary.
        cases.push([`${char} ${before} cut`, Buffer.concat([head, bytes.subarray(0, Math.max(1, before)), Buffer.from('ab')])]);
        cases.push([`${char} ${before} extra`, Buffer.concat([head, bytes, Buffer.from([0x80]), Buffer.from('ab')])]);
      }
    }
    cases.push(['continuation opening the second chunk', Buffer.concat([Buffer.alloc(boundary, 0x61), Buffer.from([0x80, 0x61])])]);
    for (const [name, bytes] of cases) {
      const path = join(dir, 'boundary.csv');
      writeFileSync(path, bytes);
      expect([name, await detectFileEncoding(path)]).toEqual([name, detectEncoding(bytes)]);
    }
    expect(new Set(cases.map(([, bytes]) => detectEncoding(bytes)))).toEqual(new Set(['utf-8', 'gb18030']));
  });

  it('rejects a file ending in the middle of a UTF-8 sequence', async () => {
    const path = join(dir, 'cut.csv');
    writeFileSync(path, Buffer.from('罚款').subarray(0, 4));
    await expect(detectFileEncoding(path)).resolves.toBe('gb18030');
  });
});
