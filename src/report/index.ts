// The formatters `quanze check --format` offers; this list is the CLI's set of choices.

import { github, githubChunks } from './github.js';
import { json, jsonChunks } from './json.js';
import { junit, junitChunks } from './junit.js';
import { sarif, sarifChunks } from './sarif.js';
import { stylish, stylishChunks } from './stylish.js';
import type { CheckReport, ChunkedFormatter, Formatter, FormatterContext } from './types.js';

/** Every built-in report format by name; `stylish` is the default. */
export const formatters = { stylish, json, junit, github, sarif } satisfies Record<string, Formatter>;

/** A `--format` value. */
export type FormatterName = keyof typeof formatters;

/** Every format a piece at a time; joined, the pieces are the bytes of its Formatter. */
const chunked = { stylish: stylishChunks, json: jsonChunks, junit: junitChunks, github: githubChunks, sarif: sarifChunks } satisfies Record<FormatterName, ChunkedFormatter>;

/** The report in `name`'s format, in pieces to write in order: the same bytes as `formatters[name]`. */
export function formatChunks(name: FormatterName, report: CheckReport, context: FormatterContext): Iterable<string> {
  return chunked[name](report, context);
}

/** The `--format` a run gets when it names none. */
export const defaultFormatter: FormatterName = 'stylish';

/** Narrow a user's `--format` value. */
export const isFormatterName = (name: string): name is FormatterName => Object.hasOwn(formatters, name);

export { createCheckReport, type FileRows } from './create-report.js';
export { displayWidth } from './text.js';
export type { CheckReport, ChunkedFormatter, FileSummary, Formatter, FormatterContext, ReportRuleMeta, ReportSummary, TableRowCounts } from './types.js';
