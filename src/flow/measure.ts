// Text measurement and line wrapping for chart labels: CJK full width, Latin by its glyph advances, East Asian line breaking.

import stringWidth from 'string-width';
import { advanceOverrides, asciiAdvances, fullAdvance, narrowAdvance } from './advances.js';

/** Characters no SVG may carry (escapeMarkup drops them): they take no room. */
const invisible = /[\u0000-\u001f\u007f\ufffe\uffff]|[\ud800-\udfff]/u;

const cache = new Map<number, number>();

/** The advance of one character in thousandths of an em. */
function advanceOf(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x20 && code < 0x7f) return asciiAdvances[code - 0x20] ?? narrowAdvance;
  const known = cache.get(code);
  if (known !== undefined) return known;
  let advance: number;
  if (invisible.test(char)) advance = 0;
  else {
    const override = advanceOverrides.get(code);
    // Latin-1 letters and the extended Latin blocks are narrow in the CJK font although Unicode calls some ambiguous.
    const latin = code >= 0x00c0 && code < 0x0250;
    const columns = stringWidth(char, { ambiguousIsNarrow: latin, countAnsiEscapeCodes: true });
    advance = override ?? (columns === 0 ? 0 : columns >= 2 ? fullAdvance : narrowAdvance);
  }
  cache.set(code, advance);
  return advance;
}

/** Width in px of `text` set on one line at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let sum = 0;
  for (const char of text) sum += advanceOf(char);
  return (sum * fontSize) / 1000;
}

/** Closing punctuation and marks a line may not begin with (GB/T 15834 and JIS X 4051 line-start rules). */
const noStart = new Set([...'、。，．,.：:；;？?！!）)］]｝}》〉」』】〕〗”’"\'…—‥·%％ー々〃ゝゞヽヾ～~']);
/** Opening brackets and quotes a line may not end with. */
const noEnd = new Set([...'（(［[｛{《〈「『【〔〖“‘']);

/** Runs that stay together: Latin words and numbers (with their inner punctuation), spaces, any other character alone. */
const tokenPattern = /[A-Za-z0-9\u00c0-\u024f]+(?:[.'’_/:][A-Za-z0-9\u00c0-\u024f]+)*-?|\s+|[^]/gu;

/**
 * `text` broken into lines no wider than `maxWidth` at `fontSize`: CJK may break between any two characters except
 * before closing or after opening punctuation, Latin words keep together unless one alone is too wide, `\n` forces
 * a break, and spaces at a break vanish. Lines are balanced: a paragraph takes as many lines as at `maxWidth`, but
 * at the narrowest width that needs no more, so its last line is no lone character. Returns at least one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  // Charts repeat their texts (a template's steps, a department's lanes), and balancing wraps each text ~10 times.
  const key = `${fontSize}|${maxWidth}|${text}`;
  let lines = wrapped.get(key);
  if (lines === undefined) {
    lines = wrapUncached(text, maxWidth, fontSize);
    if (wrapped.size >= wrappedLimit) wrapped.clear();
    wrapped.set(key, lines);
  }
  return [...lines];
}

/** Wrapped texts by size, width and text; emptied when full, so memory stays bounded over any number of charts. */
const wrapped = new Map<string, readonly string[]>();
const wrappedLimit = 20_000;

function wrapUncached(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/u)) lines.push(...balanced(paragraph, maxWidth, fontSize));
  return lines.length === 0 ? [''] : lines;
}

function balanced(text: string, maxWidth: number, fontSize: number): string[] {
  let best = wrapParagraph(text, maxWidth, fontSize);
  if (best.length < 2) return best;
  // The narrowest whole-pixel width that still fits in as many lines, by bisection.
  // Never narrower than the widest word that fits whole, so balancing cuts no word the full width keeps.
  const widestWord = Math.max(0, ...[...text.matchAll(tokenPattern)].map((m) => textWidth(m[0], fontSize)).filter((w) => w <= maxWidth));
  let lo = Math.max(Math.floor(maxWidth / 2), Math.ceil(widestWord));
  let hi = Math.floor(maxWidth);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const lines = wrapParagraph(text, mid, fontSize);
    if (lines.length <= best.length && widestLine(lines, fontSize) <= mid) {
      hi = mid;
      best = lines;
    } else lo = mid + 1;
  }
  return best.length === wrapParagraph(text, hi, fontSize).length ? wrapParagraph(text, hi, fontSize) : best;
}

function wrapParagraph(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens = splitLongWords([...text.matchAll(tokenPattern)].map((m) => m[0]), maxWidth, fontSize);
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  const flush = (): void => {
    lines.push(line.join('').trimEnd());
    line = [];
    width = 0;
  };
  for (const token of tokens) {
    const w = textWidth(token, fontSize);
    const blank = /^\s+$/u.test(token);
    if (line.length === 0 && blank) continue;
    if (width + w <= maxWidth || line.length === 0) {
      line.push(token);
      width += w;
      continue;
    }
    if (blank) {
      flush();
      continue;
    }
    // Carry over what may not end a line, and the character a closing mark must follow.
    const carried: string[] = [];
    // A closing mark takes the character before it along (and the closing marks between them).
    if (isNoStart(token)) {
      while (line.length > 1) {
        carried.unshift(line.pop() ?? '');
        if (!isNoStart(carried[0] ?? '')) break;
      }
    }
    while (line.length > 1 && noEnd.has(lastChar(line[line.length - 1] ?? ''))) carried.unshift(line.pop() ?? '');
    flush();
    for (const t of carried) {
      line.push(t);
      width += textWidth(t, fontSize);
    }
    if (line.length > 0 && width + w > maxWidth) flush();
    line.push(token);
    width += w;
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}

const isNoStart = (token: string): boolean => noStart.has(token[0] ?? '');
const lastChar = (token: string): string => [...token].pop() ?? '';

/** Words wider than a line, cut into pieces that fit (by character). */
function splitLongWords(tokens: readonly string[], maxWidth: number, fontSize: number): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.length === 1 || textWidth(token, fontSize) <= maxWidth) {
      out.push(token);
      continue;
    }
    let piece = '';
    for (const char of token) {
      if (piece !== '' && textWidth(piece + char, fontSize) > maxWidth) {
        out.push(piece);
        piece = '';
      }
      piece += char;
    }
    if (piece !== '') out.push(piece);
  }
  return out;
}

/** The width of the widest of `lines`. */
export function widestLine(lines: readonly string[], fontSize: number): number {
  return lines.reduce((max, line) => Math.max(max, textWidth(line, fontSize)), 0);
}
