// safeFileName: every power code gets a stable file name that is unique (also on case-insensitive disks) and safe.

import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../src/output/safe-file-name.js';

const SAFE = /^[0-9A-Za-z_][0-9A-Za-z_~-]*$/;

const awkward = [
  '../x',
  '..',
  '.',
  'a/b',
  'a\\b',
  'A/B',
  'x'.repeat(300),
  'X'.repeat(300),
  'CON',
  'con',
  'aux.txt',
  'AUX',
  'COM1',
  'LPT9',
  'NUL',
  '',
  ' ',
  'XK-001',
  'xk-001',
  'Xk-001',
  'XK 001',
  'XK_001',
  'ＸＫ－００１',
  '行政处罚001',
  '行政许可001',
  '<script>',
  '"quoted"',
  'a?b*c:d|e',
  'trailing.',
  'trailing ',
  '-leading',
  '~user',
  '%2e%2e%2f',
  'emoji😀',
  '\u0000nul',
];

describe('safeFileName', () => {
  it('keeps a plain upper-case code as it is', () => {
    expect(safeFileName('XK-330100-001')).toBe('XK-330100-001');
    expect(safeFileName('330217001000')).toBe('330217001000');
    expect(safeFileName('CF_01')).toBe('CF_01');
  });

  it('gives every awkward code a safe name of bounded length', () => {
    for (const code of awkward) {
      const name = safeFileName(code);
      expect(name, JSON.stringify(code)).toMatch(SAFE);
      expect(name.length, JSON.stringify(code)).toBeLessThanOrEqual(100);
      expect(encodeURIComponent(name)).toBe(name);
      // Windows refuses reserved device names as the part before the first dot.
      expect(name.split('.')[0], JSON.stringify(code)).not.toMatch(/^(?:CON|PRN|AUX|NUL|COM\d|LPT\d)$/i);
    }
  });

  it('is unique even when names are compared without case', () => {
    const names = awkward.map((code) => safeFileName(code).toLowerCase());
    expect(new Set(names).size).toBe(awkward.length);
  });

  it('keeps apart codes that sanitise to the same slug', () => {
    const a = safeFileName('a/b');
    const b = safeFileName('a\\b');
    const c = safeFileName('A B');
    expect(a.split('~')[0]).toBe('A-B');
    expect(b.split('~')[0]).toBe('A-B');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('never gives a hashed name that a kept code could have', () => {
    // A code that looks like a hashed name is not upper-case-only, so it is hashed in turn, not kept.
    const hashed = safeFileName('a/b');
    expect(safeFileName(hashed)).not.toBe(hashed);
    expect(safeFileName('XK-001')).not.toBe(safeFileName('xk-001'));
  });

  it('is stable: the same code gives the same name', () => {
    expect(safeFileName('../x')).toBe(safeFileName('../x'));
    expect(safeFileName('../x')).toMatchInlineSnapshot(`"X~d6b96a97d147"`);
    expect(safeFileName('')).toMatchInlineSnapshot(`"POWER~e3b0c44298fc"`);
  });

  it('shortens long codes and keeps them distinct', () => {
    const long = safeFileName('x'.repeat(300));
    const longer = safeFileName('x'.repeat(301));
    expect(long).not.toBe(longer);
    expect(long.length).toBeLessThanOrEqual(60 + 1 + 12);
    expect(safeFileName('X'.repeat(101))).toContain('~');
    expect(safeFileName('X'.repeat(100))).toBe('X'.repeat(100));
  });
});
