// `npm run bench`: seeded inventories, timed runs of the built CLI and library (dist/), each figure a ratio
// against a baseline measured in the same run. Writes bench/results/latest.md and latest.json.
//
//   node bench/run.mjs [--quick] [--only csv|xlsx|batch|shards|diff|flow|publish|classify|tableschema] [--seed N] [--timeout SECONDS] | --render
//
// --quick leaves out the 10⁶-power CSV and the 10⁵-power workbook (a one-minute run while developing).
// Every measurement is a child process (bench/measure.mjs) so peak RSS is its own; the parent also samples
// VmHWM from /proc so a run that is killed or dies of OOM still has a peak. Generated inputs are cached in the
// temporary folder, keyed by the generator's source and options, so a second run skips generating them.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const generatorPath = join(root, 'scripts', 'generate-inventories.mjs');
const { generateInventories } = await import(pathToFileURL(generatorPath).href);
const { diffScenario, renderDiff } = await import(pathToFileURL(join(root, 'bench', 'diff.mjs')).href);
const { publishScenario, renderPublish } = await import(pathToFileURL(join(root, 'bench', 'publish.mjs')).href);
const { flowScenario, renderFlow } = await import(pathToFileURL(join(root, 'bench', 'flow.mjs')).href);
const { classifyScenario, renderClassify } = await import(pathToFileURL(join(root, 'bench', 'classify.mjs')).href);
const { shardScenario, renderShards } = await import(pathToFileURL(join(root, 'bench', 'shards.mjs')).href);
const { tableSchemaScenario, renderTableSchema } = await import(pathToFileURL(join(root, 'bench', 'tableschema.mjs')).href);

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const quick = argv.includes('--quick');
/** --only csv|xlsx|batch runs one scenario (and leaves the others out of the results). */
const only = flag('only', undefined);
const wanted = (name) => only === undefined || only === name;
const seed = Number(flag('seed', '1'));
const timeoutSeconds = Number(flag('timeout', '600'));
const cacheRoot = join(tmpdir(), 'quanze-bench-cache');
const scratch = join(tmpdir(), `quanze-bench-${process.pid}`);

if (!existsSync(join(root, 'dist', 'cli', 'main.js')) || !existsSync(join(root, 'dist', 'batch', 'worker.js'))) {
  process.stderr.write('bench: dist/ is missing or has no batch worker; run `npm run build` first (npm run bench does)\n');
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs and measurements.
// ---------------------------------------------------------------------------------------------------------------

/** Generated inventories for `options`, from the cache when the generator and options are unchanged. */
function inputs(options) {
  const key = createHash('sha256').update(readFileSync(generatorPath)).update(JSON.stringify(options)).digest('hex').slice(0, 12);
  const out = join(cacheRoot, `${options.format}-${options.departments}x${options.powers}-s${options.seed}-${key}`);
  const done = join(out, '.complete');
  let generateMs = 0;
  if (!existsSync(done)) {
    rmSync(out, { recursive: true, force: true });
    const started = performance.now();
    generateInventories({ ...options, out });
    generateMs = performance.now() - started;
    writeFileSync(done, '');
  }
  const paths = readdirSync(out).filter((name) => !name.startsWith('.')).sort().map((name) => join(out, name));
  return { dir: out, paths, generateMs, bytes: sizeOf(out) };
}

function sizeOf(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Peak RSS so far of a live process (Linux), or undefined. */
function peakRss(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs bench/measure.mjs once; wall time from the parent, resource use from the child. Never throws. */
function measure(label, args, timeoutMs = timeoutSeconds * 1000) {
  mkdirSync(scratch, { recursive: true });
  const resultFile = join(scratch, `${label.replace(/\W+/gu, '-')}.json`);
  rmSync(resultFile, { force: true });
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'bench', 'measure.mjs'), ...args], {
      cwd: root,
      env: { ...process.env, BENCH_RESULT: resultFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let sampledPeak = 0;
    let timedOut = false;
    child.stderr.on('data', (chunk) => {
      // The head holds V8's "FATAL ERROR" line, the tail a thrown error's message.
      stderr = stderr.length < 4000 ? stderr + chunk : stderr.slice(0, 2000) + String(chunk).slice(-2000);
    });
    const sampler = setInterval(() => {
      sampledPeak = Math.max(sampledPeak, peakRss(child.pid) ?? 0);
    }, 250);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (exitCode, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const own = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
      const run = {
        label,
        ok: !timedOut && exitCode !== null && exitCode <= 1 && own !== undefined,
        wallMs,
        exitCode,
        signal,
        timedOut,
        maxRssBytes: own?.maxRssBytes ?? (sampledPeak || undefined),
        cpuMs: own === undefined ? undefined : own.userMs + own.systemMs,
        own,
        stderr: stderr.trim(),
      };
      process.stdout.write(`  ${label}: ${describeRun(run)}\n`);
      resolve(run);
    });
  });
}

/** Median run by wall time (odd count), or the only one. */
const median = (runs) => [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)];
/** The fastest successful run: the one least disturbed by other work on the machine. */
const fastest = (runs) => [...runs].sort((a, b) => Number(b.ok) - Number(a.ok) || a.wallMs - b.wallMs)[0];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const mib = (bytes) => (bytes === undefined ? '?' : `${(bytes / 1048576).toFixed(0)} MiB`);
const ratio = (a, b) => (a === undefined || b === undefined ? undefined : a / b);
const times = (r) => (r === undefined ? '—' : `${r.toFixed(r < 10 ? 2 : 1)}×`);
function describeRun(run) {
  if (run.timedOut) return `killed after ${seconds(run.wallMs)} (time limit), peak RSS ${mib(run.maxRssBytes)}`;
  if (!run.ok) {
    const fatal = /FATAL ERROR: [^\n]*/u.exec(run.stderr)?.[0] ?? run.stderr.split('\n').pop();
    return `FAILED (${run.signal ?? `exit ${run.exitCode}`}) after ${seconds(run.wallMs)}, peak RSS ${mib(run.maxRssBytes)}: ${fatal}`;
  }
  return `${seconds(run.wallMs)}, peak RSS ${mib(run.maxRssBytes)}`;
}

/** Summary of the JSON report a CLI run wrote. */
function reportSummary(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8')).summary;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Scenarios.
// ---------------------------------------------------------------------------------------------------------------

async function csvScenario(powers) {
  const input = inputs({ departments: 1, powers, format: 'csv', seed });
  const [dir] = input.paths;
  process.stdout.write(`CSV inventory, ${powers.toLocaleString('en')} powers (${mib(input.bytes)})\n`);
  const baseline = median(await sequentially(3, () => measure(`decode ${powers}`, ['decode-csv', dir])));
  const report = join(scratch, `report-csv-${powers}.json`);
  const run = await measure(`check csv ${powers}`, ['cli', 'check', dir, '--format', 'json', '-o', report]);
  const summary = reportSummary(report);
  return {
    name: `CSV ${powers.toLocaleString('en')} powers`,
    powers,
    fileBytes: input.bytes,
    generateMs: input.generateMs,
    baseline,
    run,
    summary,
    timeRatio: run.ok ? ratio(run.wallMs, baseline.wallMs) : undefined,
    // CPU time (user + system) is what other work on a shared machine disturbs least.
    cpuRatio: run.ok ? ratio(run.cpuMs, baseline.cpuMs) : undefined,
    powersPerSecond: run.ok ? powers / (run.wallMs / 1000) : undefined,
    rowsPerSecond: run.ok && summary ? summary.rows / (run.wallMs / 1000) : undefined,
    // A run that died has a peak but no per-power figure: it never held all the powers.
    bytesPerPower: run.ok && run.maxRssBytes !== undefined ? run.maxRssBytes / powers : undefined,
    rssToFile: run.ok ? ratio(run.maxRssBytes, input.bytes) : undefined,
    rssToBaseline: ratio(run.maxRssBytes, baseline.maxRssBytes),
  };
}

async function xlsxScenario(powers) {
  const input = inputs({ departments: 1, powers, format: 'xlsx', seed });
  const [file] = input.paths;
  process.stdout.write(`Workbook, ${powers.toLocaleString('en')} powers (${mib(input.bytes)})\n`);
  const report = join(scratch, `report-xlsx-${powers}.json`);
  // Interleaved, the fastest of each: one run of either side at 10⁵ varied by 1.6× at load 3–7.
  const baselines = [];
  const runs = [];
  for (let i = 1; i <= (powers <= 10_000 ? 3 : 2); i++) {
    baselines.push(await measure(`XLSX.read ${powers} #${i}`, ['xlsx-read', file]));
    runs.push(await measure(`check xlsx ${powers} #${i}`, ['cli', 'check', file, '--format', 'json', '-o', report]));
  }
  const baseline = fastest(baselines);
  const run = fastest(runs);
  const summary = reportSummary(report);
  return {
    name: `xlsx ${powers.toLocaleString('en')} powers`,
    powers,
    fileBytes: input.bytes,
    generateMs: input.generateMs,
    baseline,
    run,
    summary,
    timeRatio: run.ok ? ratio(run.wallMs, baseline.wallMs) : undefined,
    powersPerSecond: run.ok ? powers / (run.wallMs / 1000) : undefined,
    bytesPerPower: run.maxRssBytes === undefined ? undefined : run.maxRssBytes / powers,
    rssToFile: ratio(run.maxRssBytes, input.bytes),
    rssToBaseline: ratio(run.maxRssBytes, baseline.maxRssBytes),
  };
}

async function batchScenario(departments, powers) {
  const input = inputs({ departments, powers, format: 'xlsx', seed });
  process.stdout.write(`Batch of ${departments} department workbooks × ${powers} powers (${mib(input.bytes)})\n`);
  const sequentials = [];
  const halves = [];
  const one = [];
  const two = [];
  const spinOne = [];
  const spinTwo = [];
  // Interleaved, so a burst of load from elsewhere on the machine hits both pool sizes alike; best of 2 each.
  for (let i = 0; i < 2; i++) {
    one.push(await measure(`1 worker #${i + 1}`, ['batch', '1', input.dir]));
    two.push(await measure(`2 workers #${i + 1}`, ['batch', '2', input.dir]));
    spinOne.push(await measure(`CPU loop, 1 thread #${i + 1}`, ['spin', '1', '40']));
    spinTwo.push(await measure(`CPU loop, 2 threads #${i + 1}`, ['spin', '2', '40']));
    // The same work as the batch, without threads: one process checking every workbook, and two processes at once
    // each checking every other one. What two processes gain is what this machine gives this workload (memory and
    // cache traffic, the collector's helper threads, other work), which a pure CPU loop overstates.
    sequentials.push(await measure(`1 process, all workbooks #${i + 1}`, ['sequential', input.dir]));
    const pair = await Promise.all([0, 1].map((k) => measure(`2 processes, every other workbook (${k}) #${i + 1}`, ['sequential', input.dir, `${k}/2`])));
    halves.push(pairRun(pair));
  }
  const sequential = fastest(sequentials);
  const pairOfHalves = fastest(halves);
  const workloadCeiling = ratio(sequential.wallMs, pairOfHalves.wallMs);
  const ceiling = ratio(fastest(spinOne).wallMs, fastest(spinTwo).wallMs);
  const [w1, w2] = [fastest(one), fastest(two)];
  const utilisation = (run) => (run.cpuMs === undefined ? undefined : run.cpuMs / run.wallMs);
  return {
    name: `batch ${departments} × ${powers}`,
    departments,
    powers,
    fileBytes: input.bytes,
    generateMs: input.generateMs,
    sequential,
    oneWorker: w1,
    twoWorkers: w2,
    speedUp: ratio(w1.wallMs, w2.wallMs),
    /** The same fixed CPU loop on 1 vs 2 threads in this run: the speed-up the machine allowed. */
    speedUpCeiling: ceiling,
    spin: { oneThread: fastest(spinOne), twoThreads: fastest(spinTwo) },
    /** One process checking all the workbooks ÷ two processes each checking half, at once, in this run. */
    workloadCeiling,
    pairOfHalves,
    speedUpOverSequential: ratio(sequential.wallMs, w2.wallMs),
    speedUpOfOneWorker: ratio(sequential.wallMs, w1.wallMs),
    cpuUtilisation: { sequential: utilisation(sequential), pairOfHalves: utilisation(pairOfHalves), oneWorker: utilisation(w1), twoWorkers: utilisation(w2) },
  };
}

/** Two runs at once as one: the wall time of the later, the CPU time of both, the larger peak RSS. */
function pairRun(runs) {
  const ok = runs.every((run) => run.ok);
  return {
    label: runs.map((run) => run.label).join(' + '),
    ok,
    wallMs: Math.max(...runs.map((run) => run.wallMs)),
    cpuMs: ok ? runs.reduce((sum, run) => sum + run.cpuMs, 0) : undefined,
    maxRssBytes: Math.max(...runs.map((run) => run.maxRssBytes ?? 0)) || undefined,
    runs,
  };
}

async function sequentially(count, task) {
  const runs = [];
  for (let i = 0; i < count; i++) runs.push(await task());
  return runs;
}

// ---------------------------------------------------------------------------------------------------------------
// Run and report.
// ---------------------------------------------------------------------------------------------------------------

if (argv.includes('--render')) {
  // Rewrites latest.md from latest.json, e.g. after a change to this report's wording.
  const resultsDir = join(root, 'bench', 'results');
  writeFileSync(join(resultsDir, 'latest.md'), renderMarkdown(JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8'))));
  process.exit(0);
}

const startedAt = new Date();
const started = performance.now();
const machine = {
  node: process.version,
  cpu: cpus()[0]?.model ?? '?',
  cores: cpus().length,
  memoryBytes: totalmem(),
  heapLimitBytes: getHeapStatistics().heap_size_limit,
  loadBefore: loadavg(),
};
process.stdout.write(`quanze bench (seed ${seed}${quick ? ', quick' : ''}) on ${machine.cores} × ${machine.cpu}, Node ${machine.node}; load ${machine.loadBefore.map((l) => l.toFixed(1)).join(' ')}\n`);

const csv = wanted('csv') ? [await csvScenario(100_000)] : [];
if (!quick && wanted('csv')) csv.push(await csvScenario(1_000_000));
const xlsx = wanted('xlsx') ? [await xlsxScenario(10_000)] : [];
if (!quick && wanted('xlsx')) xlsx.push(await xlsxScenario(100_000));
// 50 departments of 3,000 powers: a province's departments, the batch the issue of scale asks for (300 with --quick).
const batch = wanted('batch') ? await batchScenario(50, quick ? 300 : 3000) : undefined;
const shards = wanted('shards') ? await shardScenario({ departments: 50, powers: quick ? 300 : 3000, seed, inputs, measure, scratch, ratio }) : undefined;
const diff = wanted('diff') ? await diffScenario({ powers: 100_000, seed, inputs, measure, scratch, ratio }) : undefined;
const publish = wanted('publish') ? await publishScenario({ root, departments: 50, powers: 20_000, seed, inputs, measure, scratch, ratio }) : undefined;
const flow = wanted('flow') ? await flowScenario({ charts: 1_000, seed, inputs, measure, ratio, scratch }) : undefined;
const classify = wanted('classify') ? await classifyScenario({ root, names: 100_000, seed, measure, scratch, ratio }) : undefined;
const tableschema = wanted('tableschema') ? await tableSchemaScenario({ root, powers: quick ? 10_000 : 100_000, seed, inputs, measure, scratch, ratio }) : undefined;
const totalMs = performance.now() - started;
machine.loadAfter = loadavg();
rmSync(scratch, { recursive: true, force: true });

const resultsDir = join(root, 'bench', 'results');
// With --only, the other scenarios keep their figures from the previous run.
const previousFile = join(resultsDir, 'latest.json');
const previous = only !== undefined && existsSync(previousFile) ? JSON.parse(readFileSync(previousFile, 'utf8')) : undefined;
/**
 * This run's scenarios, then those of the previous run's (with --only) that this one left out (the 10⁶-power CSV
 * under --quick), each marked with the run it comes from: a ratio is only ever between figures of one run.
 */
function withEarlier(fresh, earlier, earlierAt) {
  const names = new Set(fresh.map((s) => s.name));
  return [...fresh, ...(earlier ?? []).filter((s) => !names.has(s.name)).map((s) => ({ ...s, measuredAt: s.measuredAt ?? earlierAt }))];
}

const results = {
  startedAt: startedAt.toISOString(),
  seed,
  quick,
  only,
  totalMs,
  machine,
  csv: wanted('csv') ? withEarlier(csv, previous?.csv, previous?.startedAt) : (previous?.csv ?? []),
  xlsx: wanted('xlsx') ? xlsx : (previous?.xlsx ?? []),
  batch: wanted('batch') ? batch : previous?.batch,
  shards: wanted('shards') ? shards : previous?.shards,
  diff: wanted('diff') ? diff : previous?.diff,
  publish: wanted('publish') ? publish : previous?.publish,
  flow: wanted('flow') ? flow : previous?.flow,
  classify: wanted('classify') ? classify : previous?.classify,
  tableschema: wanted('tableschema') ? tableschema : previous?.tableschema,
};
mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
writeFileSync(join(resultsDir, 'latest.md'), markdown);
process.stdout.write(`\n${markdown}`);

/** A CSV scenario's name, with the run it comes from when that is an earlier one. */
function csvLabel(s) {
  return s.measuredAt === undefined ? s.name : `${s.name} (run of ${s.measuredAt.slice(0, 16).replace('T', ' ')})`;
}

function renderMarkdown(r) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const lines = [
    '# quanze bench — latest run',
    '',
    `${r.startedAt} · seed ${r.seed}${r.quick ? ' · quick' : ''}${r.only ? ` · only ${r.only} rerun (other scenarios from the previous run)` : ''} · ${r.machine.cores} × ${r.machine.cpu} · ${mib(r.machine.memoryBytes)} RAM · Node ${r.machine.node} (default heap limit ${mib(r.machine.heapLimitBytes)}) · whole bench ${seconds(r.totalMs)}`,
    `Load average before ${r.machine.loadBefore.map((l) => l.toFixed(1)).join(' / ')}, after ${r.machine.loadAfter.map((l) => l.toFixed(1)).join(' / ')} (other work on the machine slows both sides of a ratio alike, not the ratio).`,
    '',
    'Each run is a child process; time is its wall time (Node start-up included), memory its peak RSS.',
    '',
    '## CSV inventories: `quanze check <dir> --format json -o <file>` vs reading and decoding the same bytes',
    '',
    row(['inventory', 'CSV size', 'baseline: readFile + TextDecoder', 'quanze check', 'time ratio', 'CPU time ratio', 'powers/s', 'all rows/s', 'peak RSS', 'RSS per power', 'RSS ÷ file size', 'findings']),
    row(Array(12).fill('---')),
    ...r.csv.map((s) =>
      row([csvLabel(s), mib(s.fileBytes), `${seconds(s.baseline.wallMs)}, ${mib(s.baseline.maxRssBytes)}`, describeRun(s.run), times(s.timeRatio), times(s.cpuRatio),
        s.powersPerSecond ? Math.round(s.powersPerSecond).toLocaleString('en') : '—', s.rowsPerSecond ? Math.round(s.rowsPerSecond).toLocaleString('en') : '—',
        mib(s.run.maxRssBytes), s.bytesPerPower ? `${(s.bytesPerPower / 1024).toFixed(1)} KiB` : '—', times(s.rssToFile),
        s.summary ? `${s.summary.errors} errors, ${s.summary.warnings} warnings` : '—']),
    ),
    '',
    '## Workbooks: `quanze check <file.xlsx>` vs SheetJS `XLSX.read` alone (the options SheetJS is called with in src/ingest/xlsx.ts); the fastest of 2–3 interleaved runs each',
    '',
    'Since 2026-12-04 quanze reads .xlsx/.xlsm with its own OOXML reader (src/ingest/ooxml; SheetJS still reads .xls, .ods and what that reader declines), so the whole check can take less than SheetJS\'s parse alone.',
    '',
    row(['inventory', 'xlsx size', 'baseline: XLSX.read', 'quanze check', 'time ratio', 'check over XLSX.read', 'powers/s', 'peak RSS', 'RSS ÷ XLSX.read RSS', 'RSS per power']),
    row(Array(10).fill('---')),
    ...r.xlsx.map((s) =>
      row([s.name, mib(s.fileBytes), `${seconds(s.baseline.wallMs)}, ${mib(s.baseline.maxRssBytes)}`, describeRun(s.run), times(s.timeRatio),
        s.timeRatio ? (s.timeRatio >= 1 ? `${Math.round((s.timeRatio - 1) * 100)} % longer` : `${Math.round((1 - s.timeRatio) * 100)} % shorter`) : '—',
        s.powersPerSecond ? Math.round(s.powersPerSecond).toLocaleString('en') : '—', mib(s.run.maxRssBytes), times(s.rssToBaseline),
        s.bytesPerPower ? `${(s.bytesPerPower / 1024).toFixed(1)} KiB` : '—']),
    ),
    '',
    ...(r.batch ? renderBatch(r.batch) : []),
    ...(r.shards ? renderShards(r.shards, { seconds, mib, times, describeRun }) : []),
    ...(r.diff ? renderDiff(r.diff, { seconds, mib, times, describeRun }) : []),
    ...(r.publish ? renderPublish(r.publish, { seconds, mib, times, describeRun }) : []),
    ...(r.flow ? renderFlow(r.flow, { seconds, mib, times, describeRun }) : []),
    ...(r.classify ? renderClassify(r.classify, { seconds, times, describeRun }) : []),
    ...(r.tableschema ? renderTableSchema(r.tableschema, { seconds, times, describeRun }) : []),
    '## Summary',
    '',
    row(['measure', 'ratio']),
    row(['---', '---']),
    ...r.csv.map((s) => row([`${csvLabel(s)}: check ÷ read+decode (time)`, s.run.ok ? times(s.timeRatio) : describeRun(s.run)])),
    ...r.csv.map((s) => row([`${csvLabel(s)}: check ÷ read+decode (CPU time)`, s.run.ok ? times(s.cpuRatio) : describeRun(s.run)])),
    ...r.csv.map((s) => row([`${csvLabel(s)}: peak RSS ÷ CSV size`, s.run.ok ? times(s.rssToFile) : `died at ${mib(s.run.maxRssBytes)} = ${times(s.run.maxRssBytes / s.fileBytes)} the file`])),
    ...r.xlsx.map((s) => row([`${s.name}: check ÷ XLSX.read (time)`, s.run.ok ? times(s.timeRatio) : describeRun(s.run)])),
    ...(r.batch ? renderBatchSummary(r.batch, row) : []),
    ...(r.shards ? [
      row([`shards, ${r.shards.name}: shards one after the other + merge ÷ one check (time; CPU time)`, r.shards.timeRatio === undefined ? '—' : `${times(r.shards.timeRatio)}; ${times(r.shards.cpuRatio)}`]),
      row([`shards: merge ÷ one check (time); merged report byte-identical`, `${times(r.shards.mergeRatio)}; ${r.shards.sameBytes ? 'yes' : 'NO'}`]),
    ] : []),
    ...(r.diff ? [row([`${r.diff.name}: diff ÷ reading both (time)`, r.diff.run.ok ? times(r.diff.timeRatio) : describeRun(r.diff.run)])] : []),
    ...(r.publish ? [
      row([`publish ${r.publish.name}: publish ÷ check (time)`, r.publish.run.ok ? `${times(r.publish.timeRatio)} (${seconds(r.publish.run.wallMs)})` : describeRun(r.publish.run)]),
      ...(r.publish.search ? [row(['publish: search index per 1,000 powers / median query', `${(r.publish.search.bytesPer1000 / 1024).toFixed(1)} KiB / ${r.publish.search.medianQueryMs.toFixed(2)} ms`])] : []),
    ] : []),
    ...(r.flow ? [row([`flow ${r.flow.name}: draw on 2 threads ÷ building the models (time)`, r.flow.twoThreads.ok ? times(r.flow.timeRatio.twoThreads) : describeRun(r.flow.twoThreads)])] : []),
    ...(r.classify ? [row([`classifier, ${r.classify.name}: read + classify ÷ read (time); names/s`, r.classify.run.ok
      ? `${times(r.classify.timeRatio)}; ${r.classify.namesPerSecond === undefined ? '—' : Math.round(r.classify.namesPerSecond).toLocaleString('en')}` : describeRun(r.classify.run)])] : []),
    ...(r.tableschema ? [
      row([`peer, ${r.tableschema.name}: tableschema ÷ quanze check, all rules (time; CPU time)`, `${times(r.tableschema.timeRatio)}; ${times(r.tableschema.cpuRatio)}`]),
      row([`peer, ${r.tableschema.name}: tableschema ÷ quanze check, schema only (time; CPU time)`, `${times(r.tableschema.schemaTimeRatio)}; ${times(r.tableschema.schemaCpuRatio)}`]),
    ] : []),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function renderBatch(b) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  return [
    `## Batch: ${b.departments} department workbooks × ${b.powers} powers, \`checkBatch\` with 1 vs 2 worker threads`,
    '',
    'CPU utilisation = (user + system CPU time of all threads) ÷ wall time; 2.0 means both cores busy throughout. Best of 2 interleaved runs each. A worker loads the library (≈ 0.3 s) before its first inventory, so tiny batches gain little. Other work on the machine (see the load average in the header) lowers the CPU-loop ceiling too.',
    '',
    row(['run', 'wall time', 'CPU utilisation', 'peak RSS']),
    row(Array(4).fill('---')),
    ...[['`checkInventory` one after another, no worker', b.sequential, b.cpuUtilisation.sequential],
      ...(b.pairOfHalves ? [['two processes at once, each `checkInventory` of every other workbook', b.pairOfHalves, b.cpuUtilisation.pairOfHalves]] : []),
      ['`checkBatch`, 1 worker', b.oneWorker, b.cpuUtilisation.oneWorker], ['`checkBatch`, 2 workers', b.twoWorkers, b.cpuUtilisation.twoWorkers]].map(
      ([name, run, util]) => row([name, run.ok ? seconds(run.wallMs) : describeRun(run), util === undefined ? '—' : util.toFixed(2), mib(run.maxRssBytes)]),
    ),
    '',
    `Speed-up of 2 workers over 1: **${times(b.speedUp)}**; over checking one after another in-process: ${times(b.speedUpOverSequential)} (1 worker: ${times(b.speedUpOfOneWorker)}). ` +
      `Baseline in the same run: a fixed CPU loop on 2 threads vs 1 ran ${times(b.speedUpCeiling)} faster ` +
      `(${seconds(b.spin.oneThread.wallMs)} vs ${seconds(b.spin.twoThreads.wallMs)}, CPU utilisation ${(b.spin.twoThreads.cpuMs / b.spin.twoThreads.wallMs).toFixed(2)}), ` +
      (b.speedUpCeiling !== undefined && b.speedUpCeiling >= 1.5
        ? `which is the parallelism the machine offered; the batch reached ${Math.round(((b.speedUp - 1) / (b.speedUpCeiling - 1)) * 100)} % of that gain.`
        : '**so other work kept a core busy during this run, and the batch speed-up above says little: rerun `npm run bench -- --only batch` on an idle machine.**'),
    '',
    ...(b.workloadCeiling === undefined ? [] : [
      `The same checks without threads, in the same run: one process checking every workbook took ${seconds(b.sequential.wallMs)}, two processes at once each checking every other workbook ${seconds(b.pairOfHalves.wallMs)}, ` +
        `a speed-up of ${times(b.workloadCeiling)}: the parallelism this machine gave this workload (memory traffic, the collector's helper threads and other work on the machine included). ` +
        (b.workloadCeiling > 1.05 && b.speedUp !== undefined
          ? `2 workers reached ${times(b.speedUp)}, ${Math.round(((b.speedUp - 1) / (b.workloadCeiling - 1)) * 100)} % of that gain.`
          : '**Two processes gained nothing either, so the machine had no core to spare during this run.**'),
      '',
    ]),
  ];
}

function renderBatchSummary(b, row) {
  return [
    row(['batch: 1 worker ÷ 2 workers (speed-up)', times(b.speedUp)]),
    row(['batch: CPU loop 1 thread ÷ 2 threads (the machine\'s ceiling in this run)', times(b.speedUpCeiling)]),
    ...(b.workloadCeiling === undefined ? [] : [row(['batch: 1 process ÷ 2 processes of half each (the workload\'s ceiling in this run)', times(b.workloadCeiling)])]),
    row(['batch: CPU utilisation with 2 workers', b.cpuUtilisation.twoWorkers?.toFixed(2) ?? '—']),
  ];
}
