// Shapes of a parsed 实施依据 cell: citations to legal bases and the problems found in how they are written.

/** The script the numbers of a citation's locator were written in (目 numbers are Arabic by rule and not counted). */
export type Numerals = 'chinese' | 'arabic' | 'mixed';

/** Where inside a basis an article citation points: 条(之X) / 款 / 项 / 目. */
export interface CitationLocator {
  readonly article?: number;
  /** 第X条之一 → 1 (an inserted article). */
  readonly articleSuffix?: number;
  readonly paragraph?: number;
  readonly item?: number;
  readonly subItem?: number;
}

/** One cited (title, article locator) pair from a cell. */
export interface Citation extends CitationLocator {
  /** Text inside 《》, exactly as written. */
  readonly title: string;
  /** Version note written right after the title, without brackets, e.g. 2021年修订. */
  readonly version?: string;
  /** 发文字号 written next to the title, as written, e.g. 国办发[2018]118号. */
  readonly docNumber?: string;
  /** Article text quoted after a colon; shared by every citation of the locator list it follows. */
  readonly quote?: string;
  /**
   * The exact substring `text.slice(start, end)`: title and first locator for the first
   * citation of a title, only the locator for those whose title is carried forward.
   */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly numerals: Numerals;
}

export type CitationProblemCode =
  /** 第10条 style; `expected` holds the Chinese form. */
  | 'arabic-numerals'
  /** 国办发[2018]118号 style; `expected` holds the 〔〕 form (GB/T 9704-2012). */
  | 'bracket-doc-number'
  /** A quote mark after a colon that never closes; the quote then runs to the next entry. */
  | 'unbalanced-quotes'
  /** 《 with no 》 before the next 《 or line end. */
  | 'unclosed-title';

/** A writing problem in a cell, located by offsets into the text. */
export interface CitationProblem {
  readonly code: CitationProblemCode;
  readonly start: number;
  readonly end: number;
  /** The offending substring, `text.slice(start, end)`. */
  readonly text: string;
  /** The corrected form, where there is one. */
  readonly expected?: string;
}

export interface ParsedCitations {
  readonly citations: readonly Citation[];
  readonly problems: readonly CitationProblem[];
}
