// The RFC 4180 CSV state machine: fields, quotes, "" escapes, line endings, the line each record starts on, and the
// same records whatever the chunk size.

import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv } from '../../src/ingest/csv-parser.js';

const cells = (text: string, delimiter = ',') => parseCsv(text, delimiter).map((record) => record.cells);
const lines = (text: string) => parseCsv(text).map((record) => record.line);

/** Feeds the text in pieces of `size` characters, to prove chunk boundaries change nothing. */
function parseInPieces(text: string, size: number) {
  const parser = new CsvParser(',');
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.push(text.slice(i, i + size)));
  out.push(...parser.end());
  return out;
}

describe('CsvParser (RFC 4180 state machine)', () => {
  it('splits plain fields and records', () => {
    expect(cells('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps empty fields, including leading and trailing ones', () => {
    expect(cells(',a,,\n')).toEqual([['', 'a', '', '']]);
  });

  it('reads quoted fields with delimiters, "" escapes and line breaks inside', () => {
    expect(cells('"a,b","say ""hi""","line1\nline2"\n')).toEqual([['a,b', 'say "hi"', 'line1\nline2']]);
  });

  it('reads an empty quoted field and a quoted field that is only a quote', () => {
    expect(cells('"","""",x\n')).toEqual([['', '"', 'x']]);
  });

  it('accepts CRLF, LF and lone CR line endings', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('returns the last record when the text has no final line break', () => {
    expect(cells('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('gives no record for an empty text or a final line break', () => {
    expect(cells('')).toEqual([]);
    expect(cells('a\n')).toEqual([['a']]);
  });

  it('gives a blank line as a record of one empty cell (the reader skips it)', () => {
    expect(cells('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('tracks the physical line each record starts on (not its Excel row), counting line breaks inside quotes', () => {
    const text = 'h1,h2\r\n"one\r\ntwo\r\nthree",x\r\nnext,y\r\n\r\nlast,z\r\n';
    expect(lines(text)).toEqual([1, 2, 5, 6, 7]);
  });

  it('keeps text after a closing quote, as Excel does', () => {
    expect(cells('"a"b,c\n')).toEqual([['ab', 'c']]);
  });

  it('treats a quote inside an unquoted field as text', () => {
    expect(cells('5" pipe,x\n')).toEqual([['5" pipe', 'x']]);
  });

  it('parses tab-separated text', () => {
    expect(cells('a\tb,c\t"d\te"\n', '\t')).toEqual([['a', 'b,c', 'd\te']]);
  });

  it('gives the same records whatever the chunk size', () => {
    const text = '事项编码,事项名称\r\n"CF-1","对""未批先建""的处罚\r\n第二行",x\r\nCF-2,,\r\n"末尾"';
    const whole = parseCsv(text);
    for (const size of [1, 2, 3, 5, 7, 64]) expect(parseInPieces(text, size)).toEqual(whole);
  });

  it('reports a quote left open at the end, with its line', () => {
    const parser = new CsvParser(',');
    const records = [...parser.push('a,b\nc,"open\nmore,stuff\n'), ...parser.end()];
    expect(records.map((record) => record.cells)).toEqual([['a', 'b'], ['c', 'open\nmore,stuff\n']]);
    expect(parser.unclosedQuoteLine).toBe(2);
  });

  it('stops growing a cell once past the field limit (within one chunk)', () => {
    const parser = new CsvParser(',', 10);
    const records = [];
    for (let i = 0; i < 100; i++) records.push(...parser.push(i === 0 ? '"xxxx' : 'xxxxx'));
    records.push(...parser.end());
    expect(records[0]?.cells[0]?.length).toBeLessThanOrEqual(15);
  });
});
