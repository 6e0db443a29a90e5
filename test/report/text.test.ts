// Terminal text helpers: display width, neutralised control characters, and spreadsheet locations as users read them.

import { describe, expect, it } from 'vitest';

import { cellRef, columnNumber, displayFile, quoteSheet, sheetCellRef } from '../../src/report/location.js';
import { displayWidth, neutraliseControls, padEndTo, splitLines } from '../../src/report/text.js';

describe('displayWidth', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['执法事项', 8],
    ['执法事项!C14', 12],
    ['，：；（）', 10], // full-width punctuation
    ['《食品安全法》', 14],
    ['“引号”', 6], // curly quotes are ambiguous width: narrow, as most terminals draw them
    ['𠀀', 2], // CJK extension B, outside the BMP
    ['e\u0301', 1], // combining accent takes no column
    ['a\u200bb', 2], // zero-width space
    ['→ ✖ ✔', 5],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads by columns, not code units', () => {
    expect(padEndTo('岗位', 6)).toBe('岗位  ');
    expect(padEndTo('posts', 3)).toBe('posts');
  });
});

describe('neutraliseControls', () => {
  it('makes control characters visible so a cell cannot drive the terminal', () => {
    expect(neutraliseControls('a\u001b[31mb\u0000c\u0007\u007f\u009b')).toBe('a\u241b[31mb\u2400c\u2407\u2421\ufffd');
    expect(neutraliseControls('tab\there')).toBe('tab here');
    expect(neutraliseControls('line\nbreak')).toBe('line\nbreak');
  });

  it('splits CRLF, CR and LF line breaks', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('spreadsheet locations', () => {
  it.each([
    ['A', 1],
    ['Z', 26],
    ['AA', 27],
    ['az', 52],
    ['XFD', 16384],
  ])('column %s is number %i', (letters, n) => {
    expect(columnNumber(letters)).toBe(n);
  });

  it('rejects what is not a column letter', () => {
    expect(columnNumber(undefined)).toBeUndefined();
    expect(columnNumber('basisText')).toBeUndefined();
    expect(columnNumber('C3')).toBeUndefined();
  });

  it('writes cells, rows and columns in A1 notation', () => {
    expect(cellRef({ row: 14, column: 'C' })).toBe('C14');
    expect(cellRef({ row: 14 })).toBe('14:14');
    expect(cellRef({ column: 'C' })).toBe('C:C');
    expect(cellRef({})).toBe('');
  });

  it('prefixes the sheet, quoting it as Excel does when needed', () => {
    expect(sheetCellRef({ sheet: '执法事项', row: 14, column: 'C' })).toBe('执法事项!C14');
    expect(sheetCellRef({ row: 14, column: 'C' })).toBe('C14');
    expect(sheetCellRef({ sheet: '执法事项' })).toBe('执法事项');
    expect(quoteSheet('Sheet 1')).toBe("'Sheet 1'");
    expect(quoteSheet("Bob's")).toBe("'Bob''s'");
    expect(quoteSheet('A1')).toBe("'A1'"); // would read as a cell
    expect(quoteSheet('2024')).toBe("'2024'");
    expect(quoteSheet('powers')).toBe('powers');
  });
});

describe('displayFile', () => {
  it('prints absolute files relative to cwd, with POSIX separators', () => {
    expect(displayFile('/home/u/work/a/b.xlsx', '/home/u/work')).toBe('a/b.xlsx');
    expect(displayFile('/home/u/work/a/b.xlsx', '/home/u/work/')).toBe('a/b.xlsx');
    expect(displayFile('/home/u/other/b.xlsx', '/home/u/work')).toBe('../other/b.xlsx');
    expect(displayFile('/home/u/work', '/home/u/work')).toBe('.');
    expect(displayFile('C:\\Users\\u\\清单\\局.xlsx', 'c:\\Users\\u')).toBe('清单/局.xlsx');
    expect(displayFile('D:\\data\\局.xlsx', 'C:\\Users\\u')).toBe('D:/data/局.xlsx');
  });

  it('keeps relative files as the user gave them', () => {
    expect(displayFile('samples/局.xlsx', '/home/u/work')).toBe('samples/局.xlsx');
    expect(displayFile('samples\\局.xlsx', '/home/u/work')).toBe('samples/局.xlsx');
    expect(displayFile('./a.csv', '/x')).toBe('./a.csv');
  });
});
