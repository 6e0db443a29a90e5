// Public surface of the citation module: parse 实施依据 cells, format citations, resolve titles.

export { formatCitation, formatDocNumber, formatLocator, type LocatorLevel } from './format-citation.js';
export { parseArabicNumeral, parseChineseNumeral, toChineseNumeral } from './numerals.js';
export { parseCitations } from './parse-citations.js';
export { createTitleIndex, normaliseTitle, type TitleEntry, type TitleIndex } from './title-index.js';
export type {
  Citation,
  CitationLocator,
  CitationProblem,
  CitationProblemCode,
  Numerals,
  ParsedCitations,
} from './types.js';
