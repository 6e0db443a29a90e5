// Reads one article locator (第X条之一第Y款第（Z）项第N目) at a position, with 第十六、十七条 style lists.

import type { LocatorLevel } from './format-citation.js';
import { isNumeralChar, parseNumeral } from './numerals.js';
import type { CitationLocator, Numerals } from './types.js';

/** One locator as written, expanded to the citations it stands for. */
export interface LocatorSpan {
  readonly locators: readonly CitationLocator[];
  readonly start: number;
  readonly end: number;
  /** The highest level written; levels above it were carried from the previous locator. */
  readonly from: LocatorLevel;
  readonly numerals: Numerals;
}

interface NumberToken {
  readonly value: number;
  readonly arabic: boolean;
  readonly bracketed: boolean;
  readonly end: number;
}

interface Level {
  /** The numbers as written, for telling scripts apart. */
  readonly numbers: readonly NumberToken[];
  /** What they stand for, ranges filled in: 第（一）至（三）项 → 1, 2, 3. */
  readonly values: readonly number[];
  readonly end: number;
}

// Long enough for 一千二百三十四; bounding the run keeps every read O(1).
const MAX_NUMBER_CHARS = 12;
const LIST_SEPARATORS = new Set(['、', '，', ',', '和', '及', '或']);
const RANGE_SEPARATORS = new Set(['至', '到', '~', '～', '－', '-', '—']);
/** A range wider than this is a typo (or hostile input), not a list: it keeps only its two ends. */
export const MAX_RANGE = 100;
// Bounds what one locator can expand to, so output stays proportional to the cell.
const MAX_COMBINATIONS = 100;
const LEVELS: readonly LocatorLevel[] = ['article', 'paragraph', 'item', 'subItem'];
const OPEN_BRACKETS = new Set(['（', '(']);
const CLOSE_BRACKETS = new Set(['）', ')']);

/** Skips spaces and tabs (ASCII and ideographic) but never a line break. */
export function skipInlineSpace(text: string, p: number): number {
  let q = p;
  while (text[q] === ' ' || text[q] === '\t' || text[q] === '\u3000') q++;
  return q;
}

function readNumber(text: string, p: number, allowBrackets: boolean): NumberToken | undefined {
  const bracketed = allowBrackets && OPEN_BRACKETS.has(text[p] ?? '');
  let q = bracketed ? skipInlineSpace(text, p + 1) : p;
  const begin = q;
  while (q - begin < MAX_NUMBER_CHARS && isNumeralChar(text[q])) q++;
  const parsed = parseNumeral(text.slice(begin, q));
  if (parsed === undefined) return undefined;
  if (bracketed) {
    q = skipInlineSpace(text, q);
    if (!CLOSE_BRACKETS.has(text[q] ?? '')) return undefined;
    q++;
  }
  return { value: parsed.value, arabic: parsed.script === 'arabic', bracketed, end: q };
}

/** Reads 第<numbers><unit>; for 项 the 第 may be missing when the number is bracketed: （三）项. */
function readLevel(text: string, p: number, unit: '条' | '款' | '项' | '目'): Level | undefined {
  const isItem = unit === '项';
  const hasDi = text[p] === '第';
  if (!hasDi && !isItem) return undefined;
  let q = hasDi ? p + 1 : p;
  const numbers: NumberToken[] = [];
  const values: number[] = [];
  let rangeFrom: number | undefined;
  for (;;) {
    const token = readNumber(text, skipInlineSpace(text, q), isItem);
    if (token === undefined) return undefined;
    numbers.push(token);
    if (rangeFrom !== undefined && token.value > rangeFrom && token.value - rangeFrom <= MAX_RANGE) {
      for (let v = rangeFrom + 1; v < token.value; v++) values.push(v);
    }
    values.push(token.value);
    q = token.end;
    // 第十六、十七条 or 第（一）至（三）项: a separator then another bare number continues the level.
    const next = skipInlineSpace(text, q);
    const separator = text[next] ?? '';
    if (!LIST_SEPARATORS.has(separator) && !RANGE_SEPARATORS.has(separator)) break;
    const after = skipInlineSpace(text, next + 1);
    if (!isNumeralChar(text[after]) && !(isItem && OPEN_BRACKETS.has(text[after] ?? ''))) break;
    rangeFrom = RANGE_SEPARATORS.has(separator) ? token.value : undefined;
    q = next + 1;
  }
  q = skipInlineSpace(text, q);
  if (text[q] !== unit) return undefined;
  if (!hasDi && !numbers.every((n) => n.bracketed)) return undefined;
  return { numbers, values, end: q + 1 };
}

function readSuffix(text: string, p: number): NumberToken | undefined {
  if (text[p] !== '之') return undefined;
  const token = readNumber(text, p + 1, false);
  return token?.arabic === false ? token : undefined;
}

function numeralsOf(tokens: readonly NumberToken[]): Numerals {
  const arabic = tokens.some((t) => t.arabic);
  const chinese = tokens.some((t) => !t.arabic);
  return arabic && chinese ? 'mixed' : arabic ? 'arabic' : 'chinese';
}

/** Every combination of the listed numbers (第一、二款第（一）、（二）项 → four locators), capped. */
function expand(levels: readonly (readonly (number | undefined)[])[]): (number | undefined)[][] {
  // Nearly every locator names one number a level: one combination, built without the cross product.
  if (levels.every((values) => values.length === 1)) return [levels.map((values) => values[0])];
  return levels.reduce<(number | undefined)[][]>(
    (combos, values) => combos.flatMap((combo) => values.map((v) => [...combo, v])).slice(0, MAX_COMBINATIONS),
    [[]],
  );
}

/**
 * Reads a locator starting at `p`. A locator that starts below 条 (第三款, 第（三）项) takes the
 * higher levels from `previous`, so 第三十八条第二款、第三款 gives 38(3) for the second.
 */
export function readLocator(text: string, p: number, previous?: CitationLocator): LocatorSpan | undefined {
  let q = p;
  let end = p;
  const article = readLevel(text, q, '条');
  let suffix: NumberToken | undefined;
  if (article !== undefined) {
    end = q = article.end;
    suffix = readSuffix(text, q);
    if (suffix !== undefined) end = q = suffix.end;
  }
  const paragraph = readLevel(text, article ? skipInlineSpace(text, q) : q, '款');
  if (paragraph !== undefined) end = q = paragraph.end;
  const item = readLevel(text, article || paragraph ? skipInlineSpace(text, q) : q, '项');
  if (item !== undefined) end = q = item.end;
  const subItem = readLevel(text, article || paragraph || item ? skipInlineSpace(text, q) : q, '目');
  if (subItem !== undefined) end = subItem.end;
  if (end === p) return undefined;

  const from: LocatorLevel = article ? 'article' : paragraph ? 'paragraph' : item ? 'item' : 'subItem';
  const above = (level: LocatorLevel) => LEVELS.indexOf(level) < LEVELS.indexOf(from);
  // Written numbers win; levels above the first written one come from the previous locator.
  const values = (level: LocatorLevel, own: Level | undefined, inherited: number | undefined) =>
    own ? own.values : [above(level) ? inherited : undefined];
  const combos = expand([
    values('article', article, previous?.article),
    [suffix ? suffix.value : above('article') ? previous?.articleSuffix : undefined],
    values('paragraph', paragraph, previous?.paragraph),
    values('item', item, previous?.item),
    values('subItem', subItem, undefined),
  ]);
  const locators = combos.map(([a, s, para, it, sub]) => dropUndefined({ article: a, articleSuffix: s, paragraph: para, item: it, subItem: sub }));
  const counted = [...(article?.numbers ?? []), ...(suffix ? [suffix] : []), ...(paragraph?.numbers ?? []), ...(item?.numbers ?? [])];
  return { locators, start: p, end, from, numerals: numeralsOf(counted) };
}

function dropUndefined(locator: Record<keyof CitationLocator, number | undefined>): CitationLocator {
  const out: Record<string, number> = {};
  for (const key in locator) {
    const value = locator[key as keyof CitationLocator];
    if (value !== undefined) out[key] = value;
  }
  return out as CitationLocator;
}
