// The one shape every finding takes, in spreadsheet terms, so any finding points at a cell.

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

/** Where a value sits, as a spreadsheet user would find it. */
export interface SourceLocation {
  /** File as the user gave it, POSIX separators. */
  readonly file: string;
  /** Sheet name; absent for CSV. */
  readonly sheet?: string;
  /** 1-based row number as Excel shows it. */
  readonly row?: number;
  /** Column letter as Excel shows it, e.g. "C". */
  readonly column?: string;
}

export interface Diagnostic extends SourceLocation {
  /** "power-basis-exists", "schema/powers", "ingest/unknown-column" … */
  readonly ruleId: string;
  readonly severity: Severity;
  /** Final text in the run's language, placeholders filled. */
  readonly message: string;
  /** Canonical field name, e.g. "basisText". */
  readonly field?: string;
  /** The offending cell value, as read. */
  readonly value?: string;
  /** What to do about it, in the run's language. */
  readonly hint?: string;
  /** Other places involved, e.g. the first of two duplicates. */
  readonly related?: readonly SourceLocation[];
  /** Rule docs page, relative to the package root. */
  readonly docs?: string;
}

/** Text in both languages; chosen at the edge by `pick`. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export const pick = (text: Bilingual, lang: Lang): string => text[lang];

/** Fill "{{name}}" placeholders. Unknown placeholders are left visible so a missing datum is noticed. */
export function interpolate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    Object.hasOwn(data, key) ? String(data[key]) : whole,
  );
}
