// Wraps text for a terminal at spaces and between Han characters, measuring CJK text as two columns.

import stringWidth from 'string-width';

/** One chunk per Han character (with the punctuation that may not start a line), else per space-separated word. */
const chunkPattern = /\s*(?:[（《“「]*\p{Script=Han}[，。、；：？！）》”」]*|[^\s\p{Script=Han}]+)/gu;

/** The length of the longest start of `text` that fits `width` columns (at least one character). */
function cutAt(text: string, width: number): number {
  let used = 0;
  let index = 0;
  for (const char of text) {
    used += stringWidth(char);
    if (used > width && index > 0) break;
    index += char.length;
  }
  return index;
}

/** Each line of `text` broken into lines of at most `width` display columns (a longer word stays whole). */
export function wrapText(text: string, width: number): string {
  const wrapped: string[] = [];
  for (const line of text.split(/\r\n|\n/)) {
    const chunks = line.match(chunkPattern);
    if (chunks === null) {
      wrapped.push('');
      continue;
    }
    let current = '';
    for (const chunk of chunks) {
      if (current !== '' && stringWidth(current + chunk) > width) {
        wrapped.push(current);
        current = chunk.trimStart();
      } else current += chunk;
      // A word wider than the line itself (a long key, a URL) is cut where the line ends.
      while (stringWidth(current) > width) {
        const cut = cutAt(current, width);
        wrapped.push(current.slice(0, cut));
        current = current.slice(cut);
      }
    }
    wrapped.push(current);
  }
  return wrapped.join('\n');
}
