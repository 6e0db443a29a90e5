// Terminal text helpers: East-Asian display width, padding by width, and neutralising control characters.

/**
 * Code point ranges that terminals draw two columns wide (Unicode East_Asian_Width W and F,
 * the blocks that occur in Chinese inventories, plus common emoji).
 */
const wideRanges: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x231a, 0x231b],
  [0x2329, 0x232a],
  [0x23e9, 0x23ec],
  [0x2e80, 0x303e], // CJK radicals, Kangxi, CJK symbols and punctuation (、。《》「」【】)
  [0x3041, 0x33ff], // kana, bopomofo, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width forms (，：；（）０-９)
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], // pictographs, emoticons
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd], // CJK extensions B–F
  [0x30000, 0x3fffd],
];

/** Code points that take no column: combining marks, zero-width spaces/joiners, variation selectors. */
const zeroWidth = /[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufe00-\ufe0f\ufe20-\ufe2f\ufeff]/u;

function isWide(codePoint: number): boolean {
  for (const [low, high] of wideRanges) {
    if (codePoint < low) return false;
    if (codePoint <= high) return true;
  }
  return false;
}

/** Columns a terminal uses to draw `text` (no ANSI escapes expected: measure before colouring). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0) || zeroWidth.test(char)) continue;
    width += isWide(codePoint) ? 2 : 1;
  }
  return width;
}

/** Spaces that bring `text` to `width` columns (none if it is already wider). */
export function padding(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text)));
}


/**
 * Make cell text safe to print on a terminal: a spreadsheet cell may hold ESC, BEL or CR, which
 * would let a cell recolour, rewrite or hide report lines. C0 controls become their Unicode
 * "control pictures" (␀ … ␟), DEL becomes ␡, C1 controls become U+FFFD; tab becomes a space.
 * Line feeds are kept: callers split on them.
 */
export function neutraliseControls(text: string): string {
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code === 0x09) return ' ';
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/**
 * Cell text on ONE terminal line: control characters made visible and every line break (CRLF, CR, LF) shown as
 * ⏎, so a cell cannot start a line of its own (`::warning::…` would read as a command in a CI log).
 */
export function oneLine(text: string): string {
  return neutraliseControls(text.replace(/\r\n|\r|\n/g, ' ⏎ '));
}

/** Lines of a message; CRLF and lone CR count as line breaks, as spreadsheet cells use all three. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** `text` followed by the spaces that bring it to `width` columns. */
export const padEndTo = (text: string, width: number): string => text + padding(text, width);

/** Widest display width among `texts` (0 for none); a loop, as spreading 10⁵ findings into Math.max overflows the stack. */
export function maxDisplayWidth(texts: Iterable<string>): number {
  let widest = 0;
  for (const text of texts) widest = Math.max(widest, displayWidth(text));
  return widest;
}
