// `npm run bench` scenario for the classifier: 10⁵ power names classified (dist classifyPower, one after another)
// against reading the same names with no classification, each in a child of its own, in the same run. Names are
// those of the labelled sets (test/fixtures/classify), cycled with seeded level qualifiers such as （县级）.
// Called from bench/run.mjs.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../scripts/generate-inventories.mjs';

const qualifiers = ['', '', '', '（县级）', '（市级）', '（省级）', '（委托乡镇实施）', '（含分支机构）'];

/** Writes `count` names, one per line (a `名称` header first), and returns the file's path. */
export function writeNames(root, scratch, count, seed) {
  const base = ['dev.tsv', 'holdout.tsv'].flatMap((file) =>
    readFileSync(join(root, 'test', 'fixtures', 'classify', file), 'utf8').split(/\r?\n/u).slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t')[0]));
  const next = mulberry32(seed);
  const lines = ['名称'];
  for (let i = 0; i < count; i++) lines.push(`${base[i % base.length]}${qualifiers[Math.floor(next() * qualifiers.length)]}`);
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `names-${count}.txt`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return { file, distinctBase: new Set(base).size };
}

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function classifyScenario({ root, names, seed, measure, scratch, ratio }) {
  const { file, distinctBase } = writeNames(root, scratch, names, seed);
  process.stdout.write(`Classifier, ${names.toLocaleString('en')} names (${distinctBase} distinct names of the labelled sets, with qualifiers)\n`);
  const pick = (runs) => [...runs].sort((a, b) => Number(b.ok) - Number(a.ok) || a.wallMs - b.wallMs)[0];
  const baselines = [];
  const runs = [];
  // Interleaved, best of 3 each: a burst of load elsewhere on the machine hits both alike.
  for (let i = 0; i < 3; i++) {
    baselines.push(await measure(`read names #${i + 1}`, ['read-names', file]));
    runs.push(await measure(`classify names #${i + 1}`, ['classify-names', file]));
  }
  const baseline = pick(baselines);
  const run = pick(runs);
  const extraMs = run.ok && baseline.ok ? run.own.ms - baseline.own.ms : undefined;
  return {
    name: `${names.toLocaleString('en')} names`,
    names,
    baseline,
    run,
    timeRatio: run.ok ? ratio(run.wallMs, baseline.wallMs) : undefined,
    /** Names per second of the classification alone: names ÷ (classify run − read-only run), both measured in-process. */
    namesPerSecond: extraMs !== undefined && extraMs > 0 ? names / (extraMs / 1000) : undefined,
    /**
     * Names per CPU-second of the classification alone: names ÷ (CPU time of the classify run − of the read-only
     * run). Other work on the machine stretches wall time but hardly CPU time, so this is the figure to compare
     * across runs on a busy machine.
     */
    namesPerCpuSecond: run.ok && baseline.ok && run.cpuMs - baseline.cpuMs > 0 ? names / ((run.cpuMs - baseline.cpuMs) / 1000) : undefined,
    /** Names per second inside the classification loop (module loading left out). */
    loopNamesPerSecond: run.ok && run.own.loopMs > 0 ? names / (run.own.loopMs / 1000) : undefined,
    types: run.own?.types,
  };
}

/** The report's section for the scenario. */
export function renderClassify(c, { seconds, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const rate = (n) => (n === undefined ? '—' : Math.round(n).toLocaleString('en'));
  return [
    '## Classifier: `classifyPower` over names vs reading the same names with no classification',
    '',
    'Both children read the names file and split it into names; one also classifies each name (dist, calibrated, with reason). Best of 3 interleaved runs each.',
    '',
    row(['names', 'baseline: read names', 'read + classify', 'time ratio', 'names/s (classify − read, wall)', 'names per CPU-second (classify − read)', 'names/s in the loop']),
    row(Array(7).fill('---')),
    row([c.name, `${seconds(c.baseline.wallMs)}`, describeRun(c.run), times(c.timeRatio), rate(c.namesPerSecond), rate(c.namesPerCpuSecond), rate(c.loopNamesPerSecond)]),
    '',
  ];
}
