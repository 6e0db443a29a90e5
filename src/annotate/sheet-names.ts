// Worksheet names an xlsx file accepts, and references to them in formulas.

/** Excel's limit on a worksheet name. */
const MAX_NAME = 31;

/**
 * A name Excel accepts for `wanted`, unique among `taken` (compared case-insensitively, as Excel does):
 * []:*?/\ become _, a leading or trailing ' is dropped, the name is cut to 31 characters, and a clash gets
 * "(2)", "(3)" … appended. `taken` is updated with the name returned.
 */
export function claimSheetName(wanted: string, taken: Set<string>): string {
  const cleaned = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '');
  const base = [...(cleaned === '' || cleaned.toLowerCase() === 'history' ? `${cleaned}_` : cleaned)]
    .slice(0, MAX_NAME)
    .join('');
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) {
    const suffix = `(${n})`;
    name = [...base].slice(0, MAX_NAME - suffix.length).join('') + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * A HYPERLINK formula jumping to `address` on `sheet`, showing `text`. The sheet name is quoted as a reference
 * ('' for ') inside a string literal ("" for "), so no name can break out of the formula.
 */
export function internalLinkFormula(sheet: string, address: string, text: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${address}`;
  return `HYPERLINK(${stringLiteral(target)},${stringLiteral(text)})`;
}

function stringLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
