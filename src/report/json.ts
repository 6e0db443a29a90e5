// `--format json`: DESIGN's {"summary", "diagnostics"} object, byte-stable, plus per-file counts.

import { tableKinds } from '../model/tables.js';
import { prepareReport } from './prepare.js';
import type { Formatter } from './types.js';

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

/**
 * `{"summary":{"files","rows","errors","warnings","infos"},"diagnostics":[…],"files":[…]}`:
 * summary keys in DESIGN's order, each diagnostic's keys sorted, two-space indent, final newline.
 * `infos` and `files` come after what DESIGN fixes, so readers of that shape are unaffected.
 */
export const json: Formatter = (input, context) => {
  const report = prepareReport(input, context);
  const { files, rows, errors, warnings, infos } = report.summary;
  const output = {
    summary: { files, rows, errors, warnings, infos },
    diagnostics: report.diagnostics.map(sortKeys),
    files: report.files.map((f) => ({
      file: f.file,
      rows: Object.fromEntries(tableKinds.flatMap((kind) => (f.rows[kind] === undefined ? [] : [[kind, f.rows[kind]]]))),
      errors: f.errors,
      warnings: f.warnings,
      infos: f.infos,
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};
