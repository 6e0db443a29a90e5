// `npm run bench` scenario for shards: the realistic batch (50 department workbooks × 3,000 powers) checked as two
// shards run one after the other (`check --shard K/2 --outcome …`, as two machines would, each with both cores) and
// merged (`quanze merge … --format json`), against one `quanze check` of the whole batch in the same run; the two
// reports compared byte for byte. Called from bench/run.mjs.

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const bytesOf = (file) => {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
};

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function shardScenario({ departments, powers, seed, inputs, measure, scratch, ratio }) {
  const input = inputs({ departments, powers, format: 'xlsx', seed });
  // Its own time and load: with --only, another scenario's rerun may later give the header its own.
  const measuredAt = new Date().toISOString();
  const loadBefore = loadavg();
  const shards = 2;
  process.stdout.write(`Batch of ${departments} × ${powers} powers: ${shards} shards one after the other + merge, against one check\n`);
  const oneReport = join(scratch, 'report-shards-one.json');
  const mergedReport = join(scratch, 'report-shards-merged.json');
  const outcomes = join(scratch, 'shard-outcomes');
  // Interleaved, so a burst of load from elsewhere on the machine hits both sides alike; the faster of 2 rounds each.
  const ones = [];
  const rounds = [];
  for (let i = 0; i < 2; i++) {
    ones.push(await measure(`check, whole batch #${i + 1}`, ['cli', 'check', input.dir, '--format', 'json', '-o', oneReport]));
    const shardRuns = [];
    for (let k = 1; k <= shards; k++) {
      const outcome = join(outcomes, `shard-${k}.jsonl`);
      shardRuns.push(await measure(`check --shard ${k}/${shards} #${i + 1}`, ['cli', 'check', input.dir, '--shard', `${k}/${shards}`, '--outcome', outcome, '--no-report']));
    }
    const merge = await measure(`merge #${i + 1}`, ['cli', 'merge', outcomes, '--format', 'json', '-o', mergedReport]);
    rounds.push({ shardRuns, merge, wallMs: [...shardRuns, merge].reduce((total, run) => total + run.wallMs, 0) });
  }
  const one = [...ones].sort((a, b) => Number(b.ok) - Number(a.ok) || a.wallMs - b.wallMs)[0];
  const { shardRuns, merge } = [...rounds].sort((a, b) => a.wallMs - b.wallMs)[0];
  const ok = one.ok && merge.ok && shardRuns.every((run) => run.ok);
  const sum = (runs, key) => (runs.every((run) => run[key] !== undefined) ? runs.reduce((total, run) => total + run[key], 0) : undefined);
  const all = [...shardRuns, merge];
  let sameBytes;
  try {
    sameBytes = readFileSync(oneReport).equals(readFileSync(mergedReport));
  } catch {
    sameBytes = false;
  }
  const outcomeBytes = ok ? readdirSync(outcomes).reduce((total, name) => total + (bytesOf(join(outcomes, name)) ?? 0), 0) : undefined;
  const totalPowers = departments * powers;
  return {
    name: `${departments} × ${powers.toLocaleString('en')} powers, ${shards} shards`,
    measuredAt,
    load: { before: loadBefore, after: loadavg() },
    departments,
    powers,
    shards,
    fileBytes: input.bytes,
    one,
    shardRuns,
    merge,
    sameBytes,
    reportBytes: bytesOf(oneReport),
    outcomeBytes,
    outcomeBytesPerPower: outcomeBytes === undefined ? undefined : outcomeBytes / totalPowers,
    /** Shards one after the other plus the merge ÷ one check: what splitting costs on one machine. */
    timeRatio: ok ? ratio(sum(all, 'wallMs'), one.wallMs) : undefined,
    cpuRatio: ok ? ratio(sum(all, 'cpuMs'), one.cpuMs) : undefined,
    /** The merge alone ÷ one check: the part that does not spread over machines. */
    mergeRatio: ok ? ratio(merge.wallMs, one.wallMs) : undefined,
    /** The slowest shard plus the merge ÷ one check: the wall time with one machine per shard. */
    spreadRatio: ok ? ratio(Math.max(...shardRuns.map((run) => run.wallMs)) + merge.wallMs, one.wallMs) : undefined,
    mergeRssRatio: ratio(merge.maxRssBytes, one.maxRssBytes),
  };
}

export function renderShards(s, { seconds, mib, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const run = (label, r, note) => row([label, r.ok ? seconds(r.wallMs) : describeRun(r), r.cpuMs === undefined ? '—' : seconds(r.cpuMs), mib(r.maxRssBytes), note]);
  return [
    `## Shards: ${s.departments} department workbooks × ${s.powers.toLocaleString('en')} powers as ${s.shards} shards, one after the other, merged`,
    '',
    ...(s.measuredAt === undefined ? [] : [`Measured ${s.measuredAt.slice(0, 16).replace('T', ' ')} UTC, load average before ${s.load.before.map((l) => l.toFixed(1)).join(' / ')}, after ${s.load.after.map((l) => l.toFixed(1)).join(' / ')}.`, '']),
    `Baseline in the same run: one \`quanze check <dir> --format json -o …\` of the whole batch (2 worker threads). Each shard is \`check <dir> --shard K/${s.shards} --outcome … --no-report\` (2 worker threads); \`quanze merge <outcomes> --format json -o …\` reads the outcome files and runs the batch rules. The faster of 2 interleaved rounds each. ` +
      `The merged report is ${s.sameBytes ? '**byte-identical**' : '**NOT identical**'} to the one-run report (${s.reportBytes === undefined ? '?' : mib(s.reportBytes)}); ` +
      `the outcome files hold ${s.outcomeBytes === undefined ? '?' : `${mib(s.outcomeBytes)} (${Math.round(s.outcomeBytesPerPower)} bytes per power)`}.`,
    '',
    row(['run', 'wall time', 'CPU time', 'peak RSS', '']),
    row(Array(5).fill('---')),
    run('one check of the whole batch (baseline)', s.one, ''),
    ...s.shardRuns.map((r, i) => run(`shard ${i + 1}/${s.shards}`, r, '')),
    run('merge', s.merge, `${times(s.mergeRatio)} the check's time, ${times(s.mergeRssRatio)} its peak RSS`),
    '',
    `Shards one after the other plus the merge ÷ one check: **${times(s.timeRatio)}** wall time (CPU time ${times(s.cpuRatio)}) — the cost of splitting on one machine (each shard starts Node, loads the library and its workers, and writes its outcome). ` +
      `With one machine per shard the wall time would be the slowest shard plus the merge: ${times(s.spreadRatio)} the one check.`,
    '',
  ];
}
