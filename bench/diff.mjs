// `npm run bench` scenario for `quanze diff`: a seeded 10⁵-power CSV edition and a copy with 1 % of its powers
// changed in known ways; the diff (`quanze diff old new --format json -o …`) timed against reading both editions
// the way the diff reads them (readEdition, in a child of its own), in the same run. Called from bench/run.mjs.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../scripts/generate-inventories.mjs';

/**
 * A copy of the CSV inventory `from` at `to` with every 100th-or-so power changed: renamed, re-typed, removed,
 * its statutory time limit or its unit changed, in turn. Only records on one line without quotes are touched, so
 * splitting on commas is exact. Returns the changes made, by kind.
 */
export function mutateEdition(from, to, seed) {
  mkdirSync(to, { recursive: true });
  const next = mulberry32(seed);
  const planted = { renamed: 0, retyped: 0, removed: 0, 'statutory-limit': 0, 'moved-unit': 0 };
  const kinds = Object.keys(planted);
  for (const name of readdirSync(from)) {
    const text = readFileSync(join(from, name), 'utf8');
    if (name !== '执法事项.csv') {
      writeFileSync(join(to, name), text);
      continue;
    }
    const lines = text.split('\r\n');
    const header = lines[0].replace(/^\ufeff/, '').split(',');
    const column = (label) => header.indexOf(label);
    const [nameAt, typeAt, limitAt, unitAt] = ['事项名称', '事项类型', '法定时限', '承办机构'].map(column);
    const out = [lines[0]];
    let turn = 0;
    for (const line of lines.slice(1)) {
      if (line === '' || line.includes('"') || next() >= 0.01) {
        out.push(line);
        continue;
      }
      const cells = line.split(',');
      const kind = kinds[turn++ % kinds.length];
      planted[kind]++;
      if (kind === 'removed') continue;
      if (kind === 'renamed') cells[nameAt] = `${cells[nameAt]}（调整后）`;
      if (kind === 'retyped') cells[typeAt] = cells[typeAt] === '行政处罚' ? '行政强制' : '行政处罚';
      if (kind === 'statutory-limit') cells[limitAt] = '7个工作日';
      if (kind === 'moved-unit') cells[unitAt] = '综合执法大队';
      out.push(cells.join(','));
    }
    writeFileSync(join(to, name), out.join('\r\n'));
  }
  return planted;
}

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function diffScenario({ powers, seed, inputs, measure, scratch, ratio }) {
  const input = inputs({ departments: 1, powers, format: 'csv', seed });
  const [oldDir] = input.paths;
  const newDir = join(scratch, 'diff-new-edition');
  const planted = mutateEdition(oldDir, newDir, seed);
  process.stdout.write(`Edition diff, ${powers.toLocaleString('en')} powers, ${Object.values(planted).reduce((a, b) => a + b, 0)} changed\n`);
  const baseline = await measure(`read both editions ${powers}`, ['read-editions', oldDir, newDir]);
  // Not diff-N.json: measure() keeps each run's own resource figures under its label's name.
  const report = join(scratch, `report-diff-${powers}.json`);
  const run = await measure(`diff ${powers}`, ['cli', 'diff', oldDir, newDir, '--format', 'json', '-o', report]);
  let found;
  try {
    found = JSON.parse(readFileSync(report, 'utf8')).counts;
  } catch (error) {
    process.stdout.write(`  the diff's report could not be read: ${error.message}\n`);
    found = undefined;
  }
  return {
    name: `CSV ${powers.toLocaleString('en')} powers, 1 % changed`,
    powers,
    fileBytes: input.bytes,
    planted,
    found,
    baseline,
    run,
    timeRatio: run.ok ? ratio(run.wallMs, baseline.wallMs) : undefined,
    rssRatio: ratio(run.maxRssBytes, baseline.maxRssBytes),
  };
}

/** The report's section for the scenario. */
export function renderDiff(d, { seconds, mib, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const kinds = Object.keys(d.planted);
  return [
    '## Edition diff: `quanze diff old new --format json -o <file>` vs reading both editions (`readEdition` ×2)',
    '',
    row(['editions', 'CSV size (each)', 'baseline: read both', 'quanze diff', 'time ratio', 'peak RSS ratio', 'changes planted → found']),
    row(Array(7).fill('---')),
    row([d.name, mib(d.fileBytes), `${seconds(d.baseline.wallMs)}, ${mib(d.baseline.maxRssBytes)}`, describeRun(d.run), times(d.timeRatio), times(d.rssRatio),
      kinds.map((k) => `${k} ${d.planted[k]} → ${d.found?.[k] ?? '?'}`).join(', ')]),
    '',
  ];
}
