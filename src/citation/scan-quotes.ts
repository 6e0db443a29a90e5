// Finds where quoted article text ends: matching quote marks, and the start of the next numbered entry.

/** Closing mark for each opening mark that nests (“…“…”…” is seen when cells quote definitions). */
const NESTING_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』' };
/** Marks that open and close alike, so they pair up in order. */
const STRAIGHT_QUOTES = new Set(['"', '＂']);
const OPENER_OF: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NESTING_PAIRS).map(([opener, closer]) => [closer, opener]),
);

/** The opening marks a quote may start with. */
export function isQuoteOpener(ch: string | undefined): boolean {
  return ch !== undefined && (NESTING_PAIRS[ch] !== undefined || STRAIGHT_QUOTES.has(ch));
}

// An entry marker (1. 2、 （3） ④ 五、) then at most 20 characters of lead-in (依据, 国务院办公厅) before 《.
// The lead-in class excludes nothing the marker or the spaces before it could match twice, so no backtracking blow-up.
const MARKER_ENTRY =
  /[ \t\u3000\r]*(?:[0-9０-９]{1,3}[.．、)）]|[（(][0-9０-９]{1,3}[）)]|[①-⑳]|[一二三四五六七八九十]{1,3}、)[^\n\r《》。；;：:“”"]{0,20}《/y;
const TITLE_ENTRY = /[ \t\u3000\r]*(?:依据|根据|按照)?《/y;

function matchesAt(pattern: RegExp, text: string, p: number): boolean {
  pattern.lastIndex = p;
  return pattern.test(text);
}

/** True when a new citation entry (numbered or a bare 《) starts at `p`. */
export function isEntryStart(text: string, p: number, requireMarker = false): boolean {
  return matchesAt(MARKER_ENTRY, text, p) || (!requireMarker && matchesAt(TITLE_ENTRY, text, p));
}

const BOUNDARY_CHARS = new Set(['\n', '；', ';', '。']);

/** 1 at the char codes matchQuotes acts on: a line break and every opening or closing quote mark (all in the BMP). */
const QUOTE_OR_BREAK = new Uint8Array(0x10000);
for (const ch of ['\n', ...Object.keys(NESTING_PAIRS), ...Object.values(NESTING_PAIRS), ...STRAIGHT_QUOTES]) QUOTE_OR_BREAK[ch.charCodeAt(0)] = 1;

/**
 * End of unquoted article text starting at `p`: just after the first 。/；/line break that is
 * followed by a new entry, or the end of the text. 《》 inside the text stay part of it.
 */
export function findUnquotedEnd(text: string, p: number): number {
  for (let i = p; i < text.length; i++) {
    if (BOUNDARY_CHARS.has(text[i] ?? '') && isEntryStart(text, i + 1)) return i + 1;
  }
  return text.length;
}

/**
 * Pairs every opening quote mark in the cell with its closing mark in one pass, so finding a
 * quote's end costs O(1) however many quotes never close. A line that starts a numbered entry
 * with a title (`2.《…`) closes nothing that is still open: the quote before it is unbalanced.
 * @returns opening offset → closing offset; unmatched openers are absent.
 */
export function matchQuotes(text: string): ReadonlyMap<number, number> {
  const matches = new Map<number, number>();
  const open = new Map<string, number[]>();
  const straightOpen = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    // Most characters are neither a line break nor a quote mark: skip them without a string or a lookup.
    if (QUOTE_OR_BREAK[text.charCodeAt(i)] !== 1) continue;
    const ch = text[i] ?? '';
    if (ch === '\n' && isEntryStart(text, i + 1, true)) {
      open.clear();
      straightOpen.clear();
    } else if (NESTING_PAIRS[ch] !== undefined) {
      const stack = open.get(ch) ?? [];
      stack.push(i);
      open.set(ch, stack);
    } else if (STRAIGHT_QUOTES.has(ch)) {
      const start = straightOpen.get(ch);
      if (start === undefined) straightOpen.set(ch, i);
      else {
        matches.set(start, i);
        straightOpen.delete(ch);
      }
    } else if (OPENER_OF[ch] !== undefined) {
      const start = open.get(OPENER_OF[ch])?.pop();
      if (start !== undefined) matches.set(start, i);
    }
  }
  return matches;
}
