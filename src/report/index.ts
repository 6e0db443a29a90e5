// The formatters `quanze check --format` offers; this list is the CLI's set of choices.

import { github } from './github.js';
import { json, jsonChunks } from './json.js';
import { junit } from './junit.js';
import { sarif, sarifChunks } from './sarif.js';
import { stylish } from './stylish.js';
import type { CheckReport, ChunkedFormatter, Formatter, FormatterContext } from './types.js';

/** Every built-in report format by name; `stylish` is the default. */
export const formatters = { stylish, json, junit, github, sarif } satisfies Record<string, Formatter>;

/** A `--format` value. */
export type FormatterName = keyof typeof formatters;

/** Formats that can be written a piece at a time (the others come as one piece). */
const chunked: Partial<Record<FormatterName, ChunkedFormatter>> = { json: jsonChunks, sarif: sarifChunks };

/** The report in `name`'s format, in pieces to write in order: the same bytes as `formatters[name]`. */
export function formatChunks(name: FormatterName, report: CheckReport, context: FormatterContext): Iterable<string> {
  return chunked[name]?.(report, context) ?? [formatters[name](report, context)];
}

/** The `--format` a run gets when it names none. */
export const defaultFormatter: FormatterName = 'stylish';

/** Narrow a user's `--format` value. */
export const isFormatterName = (name: string): name is FormatterName => Object.hasOwn(formatters, name);

export { createCheckReport, type FileRows } from './create-report.js';
export { displayWidth } from './text.js';
export type { CheckReport, ChunkedFormatter, FileSummary, Formatter, FormatterContext, ReportRuleMeta, ReportSummary, TableRowCounts } from './types.js';
