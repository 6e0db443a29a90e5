// `--format json`: DESIGN's {"summary", "diagnostics"} object, byte-stable, plus per-file counts. Written in
// chunks, one diagnostic at a time, so a report of 10⁵ findings is never one string or one object tree.

import type { Diagnostic } from '../diagnostics/types.js';
import { tableKinds } from '../model/tables.js';
import { prepareReport } from './prepare.js';
import type { ChunkedFormatter, FileSummary, Formatter } from './types.js';

/** Plain data with object keys sorted at every level, so key order never depends on who built it. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** `value` as `JSON.stringify(…, null, 2)` prints it nested `depth` levels deep (the first line not indented). */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

const fileEntry = (f: FileSummary): unknown => ({
  file: f.file,
  rows: Object.fromEntries(tableKinds.flatMap((kind) => (f.rows[kind] === undefined ? [] : [[kind, f.rows[kind]]]))),
  errors: f.errors,
  warnings: f.warnings,
  infos: f.infos,
});

/** The members of a top-level array, each on its own lines, as `JSON.stringify(…, null, 2)` prints them. */
function* arrayMember<T>(name: string, items: readonly T[], last: boolean, toValue: (item: T) => unknown): Generator<string> {
  const end = last ? '\n' : ',\n';
  if (items.length === 0) {
    yield `  ${JSON.stringify(name)}: []${end}`;
    return;
  }
  yield `  ${JSON.stringify(name)}: [\n`;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as T;
    yield `    ${nested(toValue(item), 2)}${i === items.length - 1 ? '\n' : ',\n'}`;
  }
  yield `  ]${end}`;
}

/**
 * `{"summary":{"files","rows","errors","warnings","infos"},"diagnostics":[…],"files":[…]}`:
 * summary keys in DESIGN's order, each diagnostic's keys sorted, two-space indent, final newline — the bytes
 * `JSON.stringify(report, null, 2)` gives, one diagnostic per chunk.
 */
export const jsonChunks: ChunkedFormatter = function* (input, context) {
  const report = prepareReport(input, context);
  const { files, rows, errors, warnings, infos } = report.summary;
  yield `{\n  "summary": ${nested({ files, rows, errors, warnings, infos }, 1)},\n`;
  yield* arrayMember<Diagnostic>('diagnostics', report.diagnostics, false, sortKeys);
  yield* arrayMember('files', report.files, true, fileEntry);
  yield '}\n';
};

export const json: Formatter = (input, context) => [...jsonChunks(input, context)].join('');
