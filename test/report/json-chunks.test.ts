// --format json in pieces: joined, the pieces are byte for byte what one JSON.stringify of the whole report gives
// (the formatter before it wrote in pieces), for the sample report and for the edge cases of the shape.

import { describe, expect, it } from 'vitest';
import { tableKinds } from '../../src/model/tables.js';
import { json, jsonChunks } from '../../src/report/json.js';
import { prepareReport } from '../../src/report/prepare.js';
import type { CheckReport, FormatterContext } from '../../src/report/types.js';
import { formatChunks, formatters } from '../../src/report/index.js';
import { sampleContext, sampleReport } from './sample-report.js';

/** The formatter as it was: the whole report as one object tree, keys sorted, one JSON.stringify. */
function reference(input: CheckReport, context: FormatterContext): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
    }
    return value;
  };
  const report = prepareReport(input, context);
  const { files, rows, errors, warnings, infos } = report.summary;
  return `${JSON.stringify({
    summary: { files, rows, errors, warnings, infos },
    diagnostics: report.diagnostics.map(sortKeys),
    files: report.files.map((f) => ({
      file: f.file,
      rows: Object.fromEntries(tableKinds.flatMap((kind) => (f.rows[kind] === undefined ? [] : [[kind, f.rows[kind]]]))),
      errors: f.errors,
      warnings: f.warnings,
      infos: f.infos,
    })),
  }, null, 2)}\n`;
}

const summary = { files: 0, rows: 0, errors: 0, warnings: 0, infos: 0 };

describe('jsonChunks', () => {
  const context = sampleContext('zh');
  const cases: [string, CheckReport][] = [
    ['the sample report', sampleReport('zh')],
    ['the sample report in English', sampleReport('en')],
    ['no files, no findings', { summary, diagnostics: [], files: [] }],
    ['a clean file with no rows', { summary: { ...summary, files: 1 }, diagnostics: [], files: [{ file: 'a.xlsx', rows: {}, errors: 0, warnings: 0, infos: 0 }] }],
    ['one finding with an empty related list and a multi-line value', {
      summary: { ...summary, files: 1, errors: 1 },
      diagnostics: [{ ruleId: 'x', severity: 'error', message: '第一行\n第二行', file: 'a.xlsx', row: 2, related: [], value: '"引号"\t\u2028' }],
      files: [{ file: 'a.xlsx', rows: { powers: 3 }, errors: 1, warnings: 0, infos: 0 }],
    }],
  ];

  it.each(cases)('joined, gives the bytes of one JSON.stringify: %s', (_, report) => {
    const pieces = [...jsonChunks(report, context)];
    expect(pieces.join('')).toBe(reference(report, context));
    expect(json(report, context)).toBe(reference(report, context));
  });

  it('comes in pieces: one per diagnostic and per file, besides the frame', () => {
    const report = sampleReport('zh');
    const pieces = [...jsonChunks(report, context)];
    expect(pieces.length).toBe(report.diagnostics.length + report.files.length + 7);
  });

  it('formatChunks gives every format the bytes of its formatter', () => {
    for (const name of ['stylish', 'json', 'junit', 'github', 'sarif'] as const) {
      expect([...formatChunks(name, sampleReport('en'), sampleContext('en'))].join('')).toBe(formatters[name](sampleReport('en'), sampleContext('en')));
    }
  });
});
