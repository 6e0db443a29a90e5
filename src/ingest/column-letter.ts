// Column letters as Excel shows them (0 → "A", 26 → "AA"), so CSV and workbook findings point the same way.

/** The Excel column letter for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
