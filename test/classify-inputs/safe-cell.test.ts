// safeCell: a cell that would start a formula stays text (OWASP CSV injection), and CSV quoting follows RFC 4180.

import { describe, expect, it } from 'vitest';
import { csvDocument, csvRecord, safeCell } from '../../src/output/safe-cell.js';

describe('safeCell (OWASP CSV injection)', () => {
  it.each([
    '=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', '\0x', '=HYPERLINK("http://example.invalid")', '＝1+1', '＋1', '－1', '＠SUM(A1)',
    // Leading spaces do not protect: spreadsheets trim them before deciding.
    ' =x', '   +1', '\u3000=1', ' \t=1', '  \r=1', ' \n-1', ' @x',
  ])(
    'forces %j to stay text', (text) => {
      expect(safeCell(text)).toBe(`'${text}`);
    },
  );

  it.each(['', '行政许可', '0.85', "'=already", ' x', 'a=b', '对…的处罚', '（一）'])('leaves %j alone', (text) => {
    expect(safeCell(text)).toBe(text);
  });

  it('is idempotent', () => {
    expect(safeCell(safeCell('=1'))).toBe("'=1");
  });

  it('quotes CSV cells as RFC 4180 wants, after making them safe', () => {
    expect(csvRecord(['a,b', 'say "hi"', 'two\nlines', '=1'])).toBe('"a,b","say ""hi""","two\nlines",\'=1');
    expect(csvRecord(['a\tb', 'c'], '\t')).toBe('"a\tb"\tc');
    expect(csvDocument([['名称'], ['-1']])).toBe('\ufeff名称\r\n\'-1\r\n');
  });
});
