// Makes a CSV cell safe to open in a spreadsheet: a value that would start a formula is forced to stay text.
// Only CSV needs this: an xlsx string cell is never a formula, so xlsx writers keep the user's text as it is.

/**
 * Characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula (or DDE call) when they
 * lead it: = + - @, tab, carriage return and line feed (OWASP "CSV Injection"), and NUL (OWASP ASVS 1.2.10); and
 * their full-width forms ＝ ＋ － ＠, which Excel with a Chinese or Japanese input method also takes as a formula
 * start. Leading spaces do not protect: spreadsheets trim them before looking.
 */
const formulaStart = /^[ \u3000]*[=+\-@\t\r\n\0＝＋－＠]/;

/**
 * The text with a leading `'` when it would start a formula, also after leading spaces. Spreadsheets take the
 * apostrophe as a "this is text" marker and do not show it; a plain-text reader sees it, the lesser harm. Empty
 * text and text already starting with `'` are returned unchanged, so the function is idempotent. Call it on the
 * text exactly as it is written, after every other change (line-break normalising, trimming, joining).
 */
export function safeCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One CSV record (RFC 4180): every cell made formula-safe, then quoted when it holds the delimiter, a quote or a line break. */
export function csvRecord(cells: readonly string[], delimiter: ',' | '\t' = ','): string {
  return cells
    .map((cell) => {
      const safe = safeCell(cell);
      return safe.includes(delimiter) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    })
    .join(delimiter);
}

/** A whole CSV file: UTF-8 with a BOM (so Excel on Chinese Windows does not read it as GBK), CRLF line ends. */
export function csvDocument(records: readonly (readonly string[])[], delimiter: ',' | '\t' = ','): string {
  return `\ufeff${records.map((record) => `${csvRecord(record, delimiter)}\r\n`).join('')}`;
}
