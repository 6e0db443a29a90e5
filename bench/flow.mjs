// `npm run bench` scenario for flowcharts: 1,000 charts of a seeded inventory. `quanze flow <dir> -o <out>` as a user
// runs it (one thread; powers drawn from the same template with the same facts share one drawing), then the library
// (layoutFlowSync + renderFlowSvg) on 1,000 charts that are all different (the worst case: a steps table per
// power), in this thread and on 2 worker threads. Baselines from the same run: reading the inventory and building
// the models without layout, and ELK alone on a two-box graph as many times as the distinct charts call it.
// Called from bench/run.mjs (--only flow).

import { join } from 'node:path';

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function flowScenario({ charts, seed, inputs, measure, ratio, scratch }) {
  const input = inputs({ departments: 1, powers: charts, format: 'csv', seed });
  const [dir] = input.paths;
  process.stdout.write(`Flowcharts: ${charts.toLocaleString('en')} charts of a seeded inventory\n`);
  const baseline = await measure(`build ${charts} flow models`, ['flow-build', dir, String(charts)]);
  const distinctBaseline = await measure(`build ${charts} distinct flow models`, ['flow-build', dir, String(charts), '0', 'distinct']);
  // About two ELK layouts per distinct chart: lane charts take a first pass and an interactive second one.
  const elk = await measure(`ELK alone, ${2 * charts} trivial layouts`, ['elk-trivial', String(2 * charts)]);
  const cli = await measure(`quanze flow, ${charts} charts`, ['cli', 'flow', dir, '-o', join(scratch, 'flow-out'), '--force']);
  const oneThread = await measure(`draw ${charts} distinct charts, 1 thread`, ['flow-draw', dir, String(charts), '0', 'distinct']);
  const twoThreads = await measure(`draw ${charts} distinct charts, 2 worker threads`, ['flow-draw', dir, String(charts), '2', 'distinct']);
  const perSecond = (run) => (run.ok ? charts / (run.wallMs / 1000) : undefined);
  return {
    name: `${charts.toLocaleString('en')} charts`,
    charts,
    drawings: baseline.own?.distinctDrawings,
    baseline,
    distinctBaseline,
    elk,
    cli,
    oneThread,
    twoThreads,
    chartsPerSecond: { cli: perSecond(cli), oneThread: perSecond(oneThread), twoThreads: perSecond(twoThreads) },
    timeRatio: { cli: ratio(cli.wallMs, baseline.wallMs), oneThread: ratio(oneThread.wallMs, distinctBaseline.wallMs), twoThreads: ratio(twoThreads.wallMs, distinctBaseline.wallMs) },
    /** Layout and rendering alone (the run less its baseline), per distinct chart, on one thread. */
    msPerChart: oneThread.ok && distinctBaseline.ok ? (oneThread.wallMs - distinctBaseline.wallMs) / charts : undefined,
    elkOverheadShare: oneThread.ok && distinctBaseline.ok && elk.ok ? elk.wallMs / (oneThread.wallMs - distinctBaseline.wallMs) : undefined,
    bytes: twoThreads.own?.bytes ?? oneThread.own?.bytes,
    goalMet: cli.ok && cli.wallMs < 20_000 && twoThreads.ok && twoThreads.wallMs < 20_000,
  };
}

/** The report's section for the scenario. */
export function renderFlow(f, { seconds, mib, times, describeRun }) {
  // A result kept from a run before the scenario measured `quanze flow` itself is left out until the next run.
  if (f.cli === undefined) return [];
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const rate = (r) => (r === undefined ? '—' : `${r.toFixed(1)}`);
  return [
    `## Flowcharts: ${f.name} laid out by ELK and rendered as SVG`,
    '',
    `\`quanze flow\` on a seeded inventory of ${f.charts.toLocaleString('en')} powers (${f.drawings ?? '?'} distinct drawings: powers drawn from the same template with the same facts share one), then the library on ${f.charts.toLocaleString('en')} charts that are all different (each first step carries its own case number). ` +
      'Baselines from the same run: reading the inventory and building the models without layout, and ELK alone on a two-box graph (its fixed cost per call, twice per chart).',
    '',
    row(['run', 'wall time', 'peak RSS', 'charts/s', 'time ÷ build baseline']),
    row(Array(5).fill('---')),
    row([`baseline: read + \`buildFlow\` ×${f.charts}`, describeRun(f.baseline), mib(f.baseline.maxRssBytes), '—', '1.00×']),
    row([`\`quanze flow <dir> -o <out>\`, ${f.charts} files`, describeRun(f.cli), mib(f.cli.maxRssBytes), rate(f.chartsPerSecond.cli), times(f.timeRatio.cli)]),
    row([`baseline: read + \`buildFlow\` ×${f.charts}, all distinct`, describeRun(f.distinctBaseline), mib(f.distinctBaseline.maxRssBytes), '—', '1.00×']),
    row([`ELK alone, ${2 * f.charts} trivial layouts`, describeRun(f.elk), mib(f.elk.maxRssBytes), '—', times(f.elk.ok ? f.elk.wallMs / f.distinctBaseline.wallMs : undefined)]),
    row(['draw all distinct, 1 thread', describeRun(f.oneThread), mib(f.oneThread.maxRssBytes), rate(f.chartsPerSecond.oneThread), times(f.timeRatio.oneThread)]),
    row(['draw all distinct, 2 worker threads', describeRun(f.twoThreads), mib(f.twoThreads.maxRssBytes), rate(f.chartsPerSecond.twoThreads), times(f.timeRatio.twoThreads)]),
    '',
    `Layout + render alone: ${f.msPerChart === undefined ? '—' : `${f.msPerChart.toFixed(1)} ms per distinct chart on one thread`}` +
      `${f.elkOverheadShare === undefined ? '' : `, of which ELK's fixed cost per call is ${Math.round(f.elkOverheadShare * 100)} %`}; ` +
      `${f.bytes === undefined ? '' : `${mib(f.bytes)} of SVG; `}goal 1,000 charts in under 20 s on 2 cores: **${f.goalMet ? 'met' : 'not met in this run'}** (\`quanze flow\` ${seconds(f.cli.wallMs)}, all distinct on 2 threads ${seconds(f.twoThreads.wallMs)}).`,
    '',
  ];
}
