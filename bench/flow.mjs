// `npm run bench` scenario for flowcharts: 1,000 charts of a seeded inventory laid out by ELK and rendered as SVG
// (layoutFlow + renderFlowSvg), in this thread and on 2 worker threads, against baselines from the same run: reading
// the inventory and building the same models without layout (flow-build), and ELK alone on a two-box graph as many
// times as the charts call it. Called from bench/run.mjs (--only flow).

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function flowScenario({ charts, seed, inputs, measure, ratio }) {
  const input = inputs({ departments: 1, powers: charts, format: 'csv', seed });
  const [dir] = input.paths;
  process.stdout.write(`Flowcharts: ${charts.toLocaleString('en')} charts of a seeded inventory\n`);
  const baseline = await measure(`build ${charts} flow models`, ['flow-build', dir, String(charts)]);
  // About two ELK layouts per chart: lane charts take a first pass and an interactive second one.
  const elk = await measure(`ELK alone, ${2 * charts} trivial layouts`, ['elk-trivial', String(2 * charts)]);
  const oneThread = await measure(`draw ${charts} charts, 1 thread`, ['flow-draw', dir, String(charts), '0']);
  const twoThreads = await measure(`draw ${charts} charts, 2 worker threads`, ['flow-draw', dir, String(charts), '2']);
  const perSecond = (run) => (run.ok ? charts / (run.wallMs / 1000) : undefined);
  return {
    name: `${charts.toLocaleString('en')} charts`,
    charts,
    baseline,
    elk,
    oneThread,
    twoThreads,
    chartsPerSecond: { oneThread: perSecond(oneThread), twoThreads: perSecond(twoThreads) },
    timeRatio: { oneThread: ratio(oneThread.wallMs, baseline.wallMs), twoThreads: ratio(twoThreads.wallMs, baseline.wallMs) },
    /** Layout and rendering alone (the run less its baseline), per chart, on one thread. */
    msPerChart: oneThread.ok && baseline.ok ? (oneThread.wallMs - baseline.wallMs) / charts : undefined,
    elkOverheadShare: oneThread.ok && baseline.ok && elk.ok ? elk.wallMs / (oneThread.wallMs - baseline.wallMs) : undefined,
    bytes: twoThreads.own?.bytes ?? oneThread.own?.bytes,
    goalMet: twoThreads.ok && twoThreads.wallMs < 20_000,
  };
}

/** The report's section for the scenario. */
export function renderFlow(f, { seconds, mib, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const rate = (r) => (r === undefined ? '—' : `${r.toFixed(1)}`);
  return [
    `## Flowcharts: ${f.name} laid out by ELK and rendered as SVG (\`layoutFlow\` + \`renderFlowSvg\`)`,
    '',
    'Baselines from the same run: reading the inventory and building the same models without layout, and ELK alone on a two-box graph (its fixed cost per call, twice per chart).',
    '',
    row(['run', 'wall time', 'peak RSS', 'charts/s', 'time ÷ build baseline']),
    row(Array(5).fill('---')),
    row(['baseline: read + `buildFlow` ×' + f.charts, describeRun(f.baseline), mib(f.baseline.maxRssBytes), '—', '1.00×']),
    row([`ELK alone, ${2 * f.charts} trivial layouts`, describeRun(f.elk), mib(f.elk.maxRssBytes), '—', times(f.elk.ok ? f.elk.wallMs / f.baseline.wallMs : undefined)]),
    row(['draw, 1 thread', describeRun(f.oneThread), mib(f.oneThread.maxRssBytes), rate(f.chartsPerSecond.oneThread), times(f.timeRatio.oneThread)]),
    row(['draw, 2 worker threads', describeRun(f.twoThreads), mib(f.twoThreads.maxRssBytes), rate(f.chartsPerSecond.twoThreads), times(f.timeRatio.twoThreads)]),
    '',
    `Layout + render alone: ${f.msPerChart === undefined ? '—' : `${f.msPerChart.toFixed(1)} ms per chart on one thread`}` +
      `${f.elkOverheadShare === undefined ? '' : `, of which ELK's fixed cost per call is ${Math.round(f.elkOverheadShare * 100)} %`}; ` +
      `${f.bytes === undefined ? '' : `${mib(f.bytes)} of SVG; `}goal 1,000 charts in under 20 s on 2 cores: **${f.goalMet ? 'met' : 'not met in this run'}** (${seconds(f.twoThreads.wallMs)}).`,
    '',
  ];
}
