// A file name any system accepts, derived only from the text it names (a power code, a department), so URLs stay stable.

import { createHash } from 'node:crypto';

/** Names Windows reserves whatever the extension (CON, PRN, AUX, NUL, COM1–9, LPT1–9). */
const reserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Characters kept as they are: letters and digits of any script, `-`, `_` and `.`. */
const unsafe = /[^\p{L}\p{N}\-_.]/gu;
const maxLength = 80;

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 8);

/**
 * `text` as a single path segment: other characters become `_`, no leading dot, not a reserved device name, at
 * most 80 characters. Whenever the name had to change, a hash of the original text is appended, so two codes
 * that differ only in the characters that were replaced (`a/b`, `a:b`) still get different names.
 */
export function safeFileName(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  let name = trimmed.replace(unsafe, '_').replace(/^\.+/, '_');
  if (reserved.test(name.split('.')[0] ?? '')) name = `_${name}`;
  const changed = name !== trimmed || name.length > maxLength || name === '';
  if (!changed) return name;
  return `${name.slice(0, maxLength - 9)}-${shortHash(trimmed)}`.replace(/^-/, '_-');
}
