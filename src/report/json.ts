// `--format json`: DESIGN's {"summary", "diagnostics"} object, byte-stable, plus per-file counts. Written in
// chunks, one diagnostic at a time, so a report of 10⁵ findings is never one string or one object tree.

import { tableKinds } from '../model/tables.js';
import { jsonPieces, placeholder } from './json-pieces.js';
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

const fileEntry = (f: FileSummary): unknown => ({
  file: f.file,
  rows: Object.fromEntries(tableKinds.flatMap((kind) => (f.rows[kind] === undefined ? [] : [[kind, f.rows[kind]]]))),
  errors: f.errors,
  warnings: f.warnings,
  infos: f.infos,
});

/**
 * `{"summary":{"files","rows","errors","warnings","infos"},"diagnostics":[…],"files":[…]}`:
 * summary keys in DESIGN's order, each diagnostic's keys sorted, two-space indent, final newline — the bytes
 * `JSON.stringify(report, null, 2)` gives, one diagnostic per piece.
 */
export const jsonChunks: ChunkedFormatter = (input, context) => {
  const report = prepareReport(input, context);
  const { files, rows, errors, warnings, infos } = report.summary;
  const frame = { summary: { files, rows, errors, warnings, infos }, diagnostics: placeholder(0), files: placeholder(1) };
  return jsonPieces(frame, [
    { length: report.diagnostics.length, valueAt: (i) => sortKeys(report.diagnostics[i]) },
    { length: report.files.length, valueAt: (i) => fileEntry(report.files[i] as FileSummary) },
  ]);
};

export const json: Formatter = (input, context) => [...jsonChunks(input, context)].join('');
