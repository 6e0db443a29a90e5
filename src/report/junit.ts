// `--format junit`: a test suite per file and a test case per (file, rule), for CI test reports.

import type { Diagnostic } from '../diagnostics/types.js';
import { sheetCellRef } from './location.js';
import { groupByFile, prepareReport } from './prepare.js';
import type { ChunkedFormatter, Formatter } from './types.js';
import { escapeXmlAttribute as attr, escapeXmlText as text } from './xml.js';
import { reportWords, type ReportWords } from './words.js';

interface TestCase {
  readonly name: string;
  readonly failures: readonly Diagnostic[];
  readonly infos: readonly Diagnostic[];
}

/** What a CI server shows for one finding: where, what, and what to do. */
function describeFinding(d: Diagnostic, words: ReportWords): string {
  return [
    sheetCellRef(d) || d.file,
    d.message,
    d.field === undefined ? '' : words.field + d.field,
    d.value === undefined ? '' : words.value + d.value,
    d.hint === undefined ? '' : words.hint + d.hint,
  ]
    .filter(Boolean)
    .join('\n');
}

/** One test case per rule, sorted by rule id; errors and warnings fail it, infos go to its output. */
function testCases(diagnostics: readonly Diagnostic[]): TestCase[] {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const list = byRule.get(d.ruleId);
    if (list) list.push(d);
    else byRule.set(d.ruleId, [d]);
  }
  return [...byRule.keys()].sort().map((name) => {
    const all = byRule.get(name) ?? [];
    return { name, failures: all.filter((d) => d.severity !== 'info'), infos: all.filter((d) => d.severity === 'info') };
  });
}

function renderTestCase(file: string, test: TestCase, words: ReportWords): string[] {
  const open = `    <testcase classname="${attr(file)}" name="${attr(test.name)}" time="0"`;
  if (test.failures.length === 0 && test.infos.length === 0) return [`${open}/>`];
  const lines = [`${open}>`];
  for (const d of test.failures) {
    lines.push(`      <failure type="${d.severity}" message="${attr(d.message)}">${text(describeFinding(d, words))}</failure>`);
  }
  if (test.infos.length > 0) {
    lines.push(`      <system-out>${text(test.infos.map((d) => describeFinding(d, words)).join('\n\n'))}</system-out>`);
  }
  lines.push('    </testcase>');
  return lines;
}

/**
 * JUnit XML. A clean file gets one passing test case so CI lists it; `failures` counts failing
 * test cases (never more than `tests`); there are no timings, so the bytes never change.
 */
export const junitChunks: ChunkedFormatter = function* (input, context) {
  const report = prepareReport(input, context);
  const words = reportWords[context.lang];
  const byFile = groupByFile(report.diagnostics);

  const suites = report.files.map((f) => {
    const cases = testCases(byFile.get(f.file) ?? []);
    const tests = cases.length > 0 ? cases : [{ name: words.cleanTest, failures: [], infos: [] }];
    return { file: f.file, tests, failed: tests.filter((t) => t.failures.length > 0).length };
  });
  const total = suites.reduce((sum, s) => sum + s.tests.length, 0);
  const failed = suites.reduce((sum, s) => sum + s.failed, 0);

  // A line, or a test case's lines, per piece; every line ends in a newline.
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites name="quanze" tests="${total}" failures="${failed}" errors="0" time="0">\n`;
  for (const suite of suites) {
    yield `  <testsuite name="${attr(suite.file)}" tests="${suite.tests.length}" failures="${suite.failed}" errors="0" skipped="0" time="0">\n`;
    for (const test of suite.tests) yield `${renderTestCase(suite.file, test, words).join('\n')}\n`;
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
};

export const junit: Formatter = (input, context) => [...junitChunks(input, context)].join('');
