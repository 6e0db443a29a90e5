// The shapes every `quanze check --format` formatter reads and the one function type they share.

import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import type { TableKind } from '../model/tables.js';

/** Rows read per table; a table the file does not have is absent. */
export type TableRowCounts = Readonly<Partial<Record<TableKind, number>>>;

/** Totals of a run, in the order DESIGN's `--format json` prints them (`infos` added last). */
export interface ReportSummary {
  readonly files: number;
  readonly rows: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** One inventory file of the run: its row counts and its findings by severity. */
export interface FileSummary {
  /** As the user gave it, POSIX separators. */
  readonly file: string;
  readonly rows: TableRowCounts;
  /** Sheets in workbook order, when known: findings are listed in this order. */
  readonly sheets?: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Everything a formatter needs from a check run. */
export interface CheckReport {
  readonly summary: ReportSummary;
  readonly diagnostics: readonly Diagnostic[];
  /** Every file of the run, clean ones included, so reports can show them as passing. */
  readonly files: readonly FileSummary[];
}

/**
 * What a formatter needs to know about a rule. `RuleMeta` from `rules/` fits this shape;
 * it is restated here so a report can be formatted with no rule registry at hand.
 */
export interface ReportRuleMeta {
  /** One sentence. */
  readonly description: string;
  /** Docs page, relative to the package root, e.g. "docs/rules/power-basis-exists.md". */
  readonly docs?: string;
  readonly severity: Severity;
}

export interface FormatterContext {
  /** Language of the fixed words; diagnostics' messages arrive already translated. */
  readonly lang: Lang;
  /** Emit ANSI colours (stylish only). Decided by the CLI, never detected here. */
  readonly color: boolean;
  /** Absolute file names under `cwd` are printed relative to it. */
  readonly cwd: string;
  readonly toolVersion: string;
  /** Rule metadata by rule id; may be empty. */
  readonly rules: ReadonlyMap<string, ReportRuleMeta>;
  /**
   * Absolute base URL that rule `docs` paths resolve against (SARIF `helpUri` must be an
   * absolute URI). Without it SARIF carries the docs path as a property only.
   */
  readonly docsBaseUrl?: string;
}

/** A pure function from a check run to the complete output text. */
export type Formatter = (report: CheckReport, context: FormatterContext) => string;

/** The same output text in pieces, in order, for writing as it is made: joined, the bytes of its Formatter. */
export type ChunkedFormatter = (report: CheckReport, context: FormatterContext) => Iterable<string>;
