// Every CSV quanze writes keeps formula-like cells as text: a cell that a spreadsheet would run (= + - @, tab, CR,
// LF, full-width ＝＋－＠, also after leading spaces) starts with the ' prefix, in each writer: classify -f csv,
// classify --eval -f csv, classify --write .csv/.tsv, stats -f csv, check --summary .csv and publish's data/csv.
// Every xlsx quanze writes keeps the same cells as plain strings with no ' prefix (Excel would show it) and no
// formula: classify --write/--review, stats, check --summary and --annotate, publish's data/inventory.xlsx, diff.

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'quanze-csv-writers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Payloads led by each character that starts a formula, some behind what readers trim or normalise. */
const payloads = ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=1+1', '\r\n@x', ' =1+1', '  +1', '＝1+1', '＋1', '－1', '＠x'];
const department = '\r\n=HYPERLINK("http://x","部门")';

/** RFC 4180 quoting of raw text, with no neutralising: the hostile input as an attacker writes it. */
const quote = (cell: string): string => `"${cell.replace(/"/g, '""')}"`;

beforeAll(() => {
  const inventory = join(tmp, 'inv');
  cpSync(join(root, 'samples/editions/city-ecology-bureau-2025'), inventory, { recursive: true });
  const path = join(inventory, '执法事项.csv');
  const records = parse(readFileSync(path, 'utf8').replace(/^\ufeff/, ''), { relaxColumnCount: true }) as string[][];
  const header = records[0] ?? [];
  const name = header.indexOf('事项名称');
  const owner = header.indexOf('实施主体');
  const rows = records.slice(1).map((row, i) => {
    const copy = [...row];
    if (i < payloads.length) copy[name] = `${payloads[i] ?? ''}处罚`;
    copy[owner] = department;
    return copy;
  });
  writeFileSync(path, `\ufeff${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`);
});

const formulaStart = /^[ \u3000]*[=+\-@\t\r\n＝＋－＠]/;

/** Every cell of a CSV/TSV text; none may start a formula unless it is prefixed. */
function expectSafe(text: string, label: string, delimiter = ','): number {
  const records = parse(text.replace(/^\ufeff/, ''), { delimiter, relaxColumnCount: true, relaxQuotes: true }) as string[][];
  let prefixed = 0;
  for (const record of records) {
    for (const cell of record) {
      expect(formulaStart.test(cell), `${label}: ${JSON.stringify(cell)}`).toBe(false);
      if (cell.startsWith("'") && formulaStart.test(cell.slice(1))) prefixed++;
    }
  }
  return prefixed;
}

describe('formula-like cells in every CSV writer', () => {
  it('classify -f csv and --eval -f csv', async () => {
    const io = fakeIo({ cwd: tmp });
    expect(await run(['classify', 'inv', '-f', 'csv'], io)).toBe(0);
    expect(expectSafe(io.stdout(), 'classify -f csv')).toBeGreaterThanOrEqual(payloads.length);
    const evaluation = fakeIo({ cwd: tmp });
    expect(await run(['classify', 'inv', '--eval', '-f', 'csv'], evaluation)).toBe(0);
    // Its rows are act types and figures, none from a cell: still every cell is checked.
    expectSafe(evaluation.stdout(), 'classify --eval -f csv');
  });

  it.each([['csv', ','], ['tsv', '\t']] as const)('classify --write out.%s', async (extension, delimiter) => {
    expect(await run(['classify', 'inv', '--write', `out.${extension}`], fakeIo({ cwd: tmp }))).toBe(0);
    const text = readFileSync(join(tmp, `out.${extension}`), 'utf8');
    expect(expectSafe(text, `classify --write .${extension}`, delimiter)).toBeGreaterThanOrEqual(payloads.length);
  });

  it('stats -f csv, to stdout and to a file', async () => {
    const io = fakeIo({ cwd: tmp });
    expect(await run(['stats', 'inv', '-f', 'csv'], io)).toBe(0);
    expect(expectSafe(io.stdout(), 'stats -f csv')).toBeGreaterThan(0);
    expect(await run(['stats', 'inv', '-f', 'csv', '-o', 'stats.csv'], fakeIo({ cwd: tmp }))).toBe(0);
    expect(expectSafe(readFileSync(join(tmp, 'stats.csv'), 'utf8'), 'stats -o')).toBeGreaterThan(0);
  });

  it('check --summary out.csv', async () => {
    await run(['check', 'inv', '--summary', 'summary.csv', '--format', 'json'], fakeIo({ cwd: tmp }));
    expect(expectSafe(readFileSync(join(tmp, 'summary.csv'), 'utf8'), 'check --summary')).toBeGreaterThan(0);
  });

  it('publish data/csv/*.csv', async () => {
    expect(await run(['publish', 'inv', '-o', 'site', '--allow-errors'], fakeIo({ cwd: tmp }))).toBe(0);
    let prefixed = 0;
    for (const name of readdirSync(join(tmp, 'site/data/csv'))) {
      prefixed += expectSafe(readFileSync(join(tmp, 'site/data/csv', name), 'utf8'), `publish ${name}`);
    }
    expect(prefixed).toBeGreaterThanOrEqual(payloads.length);
  });
});

const ownLink = /^HYPERLINK\("#'[^'"]+'![A-Z]+\d+","[A-Z]+\d+"\)$/;

/** Cells of every sheet: none a formula, none given a ' prefix; returns how many hold a payload as written. */
function expectPlainStrings(path: string, label: string): number {
  const book = XLSX.read(readFileSync(path), { cellFormula: true });
  let payloadCells = 0;
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name] ?? {};
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith('!')) continue;
      const { f, v } = cell as XLSX.CellObject;
      // The one formula quanze writes itself: a link from a finding to the cell it is about.
      if (f !== undefined) expect(f, `${label} ${name}!${ref}`).toMatch(ownLink);
      if (typeof v !== 'string') continue;
      expect(v.startsWith("'") && formulaStart.test(v.slice(1)), `${label} ${name}!${ref}: ${JSON.stringify(v)}`).toBe(false);
      if (formulaStart.test(v)) payloadCells++;
    }
  }
  return payloadCells;
}

describe('formula-like cells in every xlsx writer', () => {
  it.each([
    ['classify --write', ['classify', 'inv', '--write', 'copy.xlsx'], 'copy.xlsx'],
    ['classify --review', ['classify', 'inv', '--review', 'review.xlsx', '--min-confidence', '1'], 'review.xlsx'],
    ['stats -f xlsx', ['stats', 'inv', '-f', 'xlsx', '-o', 'stats.xlsx'], 'stats.xlsx'],
    ['check --summary', ['check', 'inv', '--summary', 'summary.xlsx', '--format', 'json'], 'summary.xlsx'],
    ['check --annotate', ['check', 'inv', '--annotate', 'annotated.xlsx', '--format', 'json'], 'annotated.xlsx'],
    ['publish data/inventory.xlsx', ['publish', 'inv', '-o', 'site-x', '--allow-errors'], 'site-x/data/inventory.xlsx'],
    ['diff -f xlsx', ['diff', join(root, 'samples/editions/city-ecology-bureau-2025'), 'inv', '-f', 'xlsx', '-o', 'diff.xlsx'], 'diff.xlsx'],
  ] as const)('%s', async (label, argv, output) => {
    const code = await run([...argv], fakeIo({ cwd: tmp }));
    expect(code).toBeLessThan(2);
    expect(expectPlainStrings(join(tmp, output), label)).toBeGreaterThan(0);
  });
});
