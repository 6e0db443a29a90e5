// A file name (and URL segment) for a power code: stable, unique, and safe on every filesystem and in a URL.

import { createHash } from 'node:crypto';

/**
 * Codes kept as they are: upper-case ASCII letters, digits, '-' and '_', starting with a letter or digit. One
 * letter case only, so two kept names never differ by case alone (they would be one file on macOS and Windows).
 */
const KEPT = /^[0-9A-Z][0-9A-Z_-]*$/;

/** The longest code kept as it is, and the most characters of a code a hashed name shows (names stay far below 255 bytes). */
const MAX_KEPT = 100;
const MAX_SLUG = 60;

/** Device names Windows refuses as a file's base name, whatever the extension (CON, aux.txt, COM1 …). */
const WINDOWS_RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/** Hex digits of SHA-256 a hashed name carries: 48 bits, and two codes also need the same slug to collide. */
const HASH_LENGTH = 12;

/** The slug of a code shown before the hash: NFKC, upper-case ASCII, every other run of characters one '-'. */
function slugOf(code: string): string {
  const slug = code
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^0-9A-Z_]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^[-_]+|[-_]+$/g, '');
  return slug === '' ? 'POWER' : slug;
}

/**
 * The file name stem for a power code, to which the caller adds its extension (`.svg`, `.html`). A code such as
 * `XK-330100-001` is its own name. Any other code (`../x`, `a/b`, lower case, 300 characters, `CON`, empty, CJK)
 * becomes its slug, `~` and a hash of the exact code: `~` never occurs in a kept name, so no kept and hashed
 * name meet, and the hash keeps apart codes that differ by case or share a slug. Only [0-9A-Za-z_~-] occur, so
 * the name needs no escaping in a URL or a shell word, and never starts with `~`, `-` or `.`.
 */
export function safeFileName(code: string): string {
  if (code.length <= MAX_KEPT && KEPT.test(code) && !WINDOWS_RESERVED.test(code)) return code;
  const hash = createHash('sha256').update(code, 'utf8').digest('hex').slice(0, HASH_LENGTH);
  return `${slugOf(code)}~${hash}`;
}

/**
 * `name`, or `name-2`, `name-3` … — the first not yet in `taken` — recorded in `taken`. Compared without case:
 * macOS and Windows file systems would put XK-1 and xk-1 in one file.
 */
export function claimFileName(taken: Set<string>, name: string): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name}-${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
