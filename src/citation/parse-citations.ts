// Parses a 实施依据 cell into citations (title + article locator + quoted text), per DOMAIN §3.3.

import { formatDocNumber, formatLocator } from './format-citation.js';
import { MAX_RANGE, readLocator, skipInlineSpace, type LocatorSpan } from './read-locator.js';
import { findUnquotedEnd, isEntryStart, isQuoteOpener, matchQuotes } from './scan-quotes.js';
import type { Citation, CitationLocator, CitationProblem, Numerals, ParsedCitations } from './types.js';

interface Cell {
  readonly text: string;
  readonly quotes: ReadonlyMap<number, number>;
  readonly citations: Citation[];
  readonly problems: CitationProblem[];
}

/** What follows a title before its locators: version and/or 发文字号. */
interface TitleNotes {
  readonly version?: string;
  readonly docNumber?: string;
  readonly end: number;
}

interface Quote {
  readonly text?: string;
  readonly end: number;
  /** False when the quote ran to the next entry (unquoted or never closed): nothing may follow it. */
  readonly closed: boolean;
}

// 发文字号: issuer, year in any bracket (﹝﹞ is a common look-alike of 〔〕), serial, 号; or a 令号 such as
// 住房和城乡建设部令第51号. Spaces are bounded so that no two unbounded quantifiers over the same
// characters ever sit side by side.
const DOC = String.raw`[\u4e00-\u9fff]{1,15}[〔﹝\[［(（【][ \t]{0,2}[0-9０-９]{4}[ \t]{0,2}[〕﹞\]］)）】][ \t]{0,2}第?[ \t]{0,2}[0-9０-９]{1,6}[ \t]{0,2}号`;
const ORDER = String.raw`[\u4e00-\u9fff]{1,20}令(?:[0-9０-９]{4}年)?第[0-9０-９]{1,6}号`;
const DOC_IN_BRACKETS = new RegExp(String.raw`[（(][ \t]{0,2}(${DOC}|${ORDER})[ \t]{0,2}[）)]`, 'dy');
const DOC_BARE = new RegExp(`(${DOC}|${ORDER})`, 'dy');
const YEAR_IN_BRACKETS = /[〔﹝[［(（【][0-9０-９]{4}[〕﹞\]］)）】]/;
const YEAR_IN_HEXAGONAL_BRACKETS = /〔[0-9０-９]{4}〕/;
const BRACKETED_NOTE = /[（(]([^（）()\n\r《》]{1,60})[）)]/y;
const VERSION_CUE = /修订|修正|修改|年|版|施行/;
const LIST_SEPARATOR = /[ \t\u3000]*(?:以及|或者|、|，|,|和|及|与|或|；|;)?[ \t\u3000]*/y;
const RANGE_SEPARATOR = /[ \t\u3000]*(?:至|到|~|～|－|—{1,2}|-)[ \t\u3000]*/y;
const AFTER_QUOTE = /[\s、，,；;。]*/y;
const RANGE_LEVELS = ['article', 'paragraph', 'item', 'subItem'] as const;
const MAX_PROBLEM_CHARS = 40;

/**
 * Parses the citations in one 实施依据 cell. A title followed by several locators gives one
 * citation each (`《行政处罚法》第二十八条、第三十条第一款` → two), and a lower-level locator
 * inherits the levels above it (`第三十八条第二款、第三款`). Runs in time linear in the cell.
 */
export function parseCitations(text: string): ParsedCitations {
  const cell: Cell = { text, quotes: matchQuotes(text), citations: [], problems: [] };
  let pos = 0;
  for (;;) {
    const open = text.indexOf('《', pos);
    if (open < 0) break;
    const close = findTitleClose(text, open);
    if (text[close] !== '》') {
      report(cell, 'unclosed-title', open, Math.min(close, open + MAX_PROBLEM_CHARS));
      pos = close;
      continue;
    }
    pos = parseEntry(cell, open, close);
  }
  cell.problems.sort((a, b) => a.start - b.start);
  return { citations: cell.citations, problems: cell.problems };
}

/** Offset of the 》 closing the title at `open`, or of what stops it (《, a line break, the end). */
function findTitleClose(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== '》' && text[i] !== '《' && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Parses one title with its locators and quotes; returns the offset where scanning resumes. */
function parseEntry(cell: Cell, open: number, close: number): number {
  const { text } = cell;
  const title = text.slice(open + 1, close);
  const notes = readTitleNotes(cell, close + 1);
  let q = notes.end;
  let end = q;
  let previous: CitationLocator | undefined;
  let isFirst = true;
  for (;;) {
    const spans = readLocatorList(cell, skipInlineSpace(text, q), previous);
    const pending: Omit<Citation, 'quote'>[] = [];
    for (const span of spans) {
      for (const locator of span.locators) {
        const start = isFirst ? open : span.start;
        pending.push({ title, ...titleFields(notes), ...locator, raw: text.slice(start, span.end), start, end: span.end, numerals: span.numerals });
        isFirst = false;
      }
    }
    const last = spans.at(-1);
    if (last !== undefined) {
      end = q = last.end;
      previous = last.locators.at(-1);
    } else if (isFirst) {
      pending.push({ title, ...titleFields(notes), raw: text.slice(open, q), start: open, end: q, numerals: 'chinese' });
      isFirst = false;
    }
    const quote = readQuote(cell, q);
    for (const citation of pending) cell.citations.push(quote?.text === undefined ? citation : { ...citation, quote: quote.text });
    if (quote === undefined) return end;
    end = quote.end;
    if (!quote.closed) return end;
    // 《食品安全法》第三十四条："…"；第一百二十四条："…" — the title carries on after a closed quote.
    AFTER_QUOTE.lastIndex = quote.end;
    AFTER_QUOTE.test(text);
    if (readLocator(text, AFTER_QUOTE.lastIndex, previous) === undefined) return end;
    q = AFTER_QUOTE.lastIndex;
  }
}

function titleFields(notes: TitleNotes): Pick<Citation, 'version' | 'docNumber'> {
  return {
    ...(notes.version === undefined ? {} : { version: notes.version }),
    ...(notes.docNumber === undefined ? {} : { docNumber: notes.docNumber }),
  };
}

/** Reads （2021年修订）, （国办发〔2018〕118号）, a bare 国办发〔2018〕118号 or a 令号 right after 》. */
function readTitleNotes(cell: Cell, p: number): TitleNotes {
  let version: string | undefined;
  let docNumber: string | undefined;
  let end = p;
  for (let round = 0; round < 3; round++) {
    const at = skipInlineSpace(cell.text, end);
    const doc = execAt(DOC_IN_BRACKETS, cell.text, at) ?? execAt(DOC_BARE, cell.text, at);
    if (doc !== undefined && docNumber === undefined) {
      const [docStart, docEnd] = doc.indices?.[1] ?? [at, at];
      docNumber = cell.text.slice(docStart, docEnd);
      if (YEAR_IN_BRACKETS.test(docNumber) && !YEAR_IN_HEXAGONAL_BRACKETS.test(docNumber)) report(cell, 'bracket-doc-number', docStart, docEnd, formatDocNumber(docNumber));
      end = at + doc[0].length;
      continue;
    }
    const note = execAt(BRACKETED_NOTE, cell.text, at);
    if (note?.[1] === undefined) break;
    const noteEnd = at + note[0].length;
    if (version === undefined && VERSION_CUE.test(note[1])) version = note[1].trim();
    // Any other note (（试行）, （以下简称…）) is stepped over only when an article follows it.
    else if (cell.text[skipInlineSpace(cell.text, noteEnd)] !== '第') break;
    end = noteEnd;
  }
  return { ...(version === undefined ? {} : { version }), ...(docNumber === undefined ? {} : { docNumber }), end };
}

/** Reads 第十六条、第十七条至第十九条、第三十八条第二款、第三款 … as one list of locator spans. */
function readLocatorList(cell: Cell, p: number, previous: CitationLocator | undefined): LocatorSpan[] {
  const { text } = cell;
  const spans: LocatorSpan[] = [];
  let q = p;
  let prev = previous;
  for (;;) {
    const span = readLocator(text, q, prev);
    if (span === undefined) return spans;
    const rangeEnd = matchEndAt(RANGE_SEPARATOR, text, span.end);
    const to = rangeEnd === undefined ? undefined : readLocator(text, rangeEnd, span.locators.at(-1));
    const between = to === undefined ? undefined : expandRange(span, to);
    spans.push(span, ...(between === undefined ? [] : [between]), ...(to === undefined ? [] : [to]));
    checkNumerals(cell, span);
    if (to !== undefined) checkNumerals(cell, to);
    const lastSpan = to ?? span;
    prev = lastSpan.locators.at(-1);
    q = matchEndAt(LIST_SEPARATOR, text, lastSpan.end) ?? lastSpan.end;
  }
}

/**
 * 第十六条至第十八条, 第（一）至（三）项: the locators strictly between two that differ only at
 * their lowest level, as one span covering the whole range.
 */
function expandRange(from: LocatorSpan, to: LocatorSpan): LocatorSpan | undefined {
  const [a, ...moreA] = from.locators;
  const [b, ...moreB] = to.locators;
  if (a === undefined || b === undefined || moreA.length > 0 || moreB.length > 0) return undefined;
  const level = RANGE_LEVELS.findLast((l) => b[l] !== undefined);
  if (level === undefined || RANGE_LEVELS.findLast((l) => a[l] !== undefined) !== level) return undefined;
  const differsAbove = (['articleSuffix', ...RANGE_LEVELS] as const).some((l) => l !== level && a[l] !== b[l]);
  const low = a[level] ?? 0;
  const high = b[level] ?? 0;
  if (differsAbove || a.articleSuffix !== undefined || high <= low || high - low > MAX_RANGE) return undefined;
  const locators = Array.from({ length: high - low - 1 }, (_, i) => ({ ...a, [level]: low + 1 + i }));
  return { locators, start: from.start, end: to.end, from: from.from, numerals: combineNumerals(from.numerals, to.numerals) };
}

function combineNumerals(a: Numerals, b: Numerals): Numerals {
  return a === b ? a : 'mixed';
}

function checkNumerals(cell: Cell, span: LocatorSpan): void {
  if (span.numerals === 'chinese') return;
  const expected = span.locators.map((l) => formatLocator(l, span.from)).join('、');
  report(cell, 'arabic-numerals', span.start, span.end, expected);
}

/** Reads `：“…”`, `规定："…"` or unquoted text after a colon, up to the next entry. */
function readQuote(cell: Cell, p: number): Quote | undefined {
  const { text } = cell;
  let q = skipInlineSpace(text, p);
  if (text.startsWith('规定', q)) q = skipInlineSpace(text, q + 2);
  const hasColon = text[q] === '：' || text[q] === ':';
  if (!hasColon && !isQuoteOpener(text[q])) return undefined;
  if (hasColon) {
    const colonEnd = q + 1;
    q = skipInlineSpace(text, colonEnd);
    while (text[q] === '\r' || text[q] === '\n') {
      if (text[q] === '\n' && isEntryStart(text, q + 1)) return { end: colonEnd, closed: false };
      q = skipInlineSpace(text, q + 1);
    }
    if (isEntryStart(text, q, true)) return { end: colonEnd, closed: false };
  }
  if (!isQuoteOpener(text[q])) {
    const end = findUnquotedEnd(text, q);
    return { ...optionalText(trimQuote(text.slice(q, end))), end, closed: false };
  }
  const closing = cell.quotes.get(q);
  if (closing !== undefined) return { ...optionalText(text.slice(q + 1, closing).trim()), end: closing + 1, closed: true };
  const end = findUnquotedEnd(text, q + 1);
  report(cell, 'unbalanced-quotes', q, Math.min(end, q + MAX_PROBLEM_CHARS));
  return { ...optionalText(trimQuote(text.slice(q + 1, end))), end, closed: false };
}

function optionalText(s: string): { text?: string } {
  return s === '' ? {} : { text: s };
}

/** Drops the separator that ended an unquoted quote (the 。 of the article stays). */
function trimQuote(s: string): string {
  return s.replace(/[\s；;，,、]+$/u, '').trim();
}

function report(cell: Cell, code: CitationProblem['code'], start: number, end: number, expected?: string): void {
  const text = cell.text.slice(start, end);
  cell.problems.push(expected === undefined ? { code, start, end, text } : { code, start, end, text, expected });
}

function execAt(pattern: RegExp, text: string, p: number): RegExpExecArray | undefined {
  pattern.lastIndex = p;
  return pattern.exec(text) ?? undefined;
}

function matchEndAt(pattern: RegExp, text: string, p: number): number | undefined {
  pattern.lastIndex = p;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}
