// `npm run bench` scenario for `quanze publish`: a generated batch of 50 department workbooks with 20,000 powers
// in all, published (`quanze publish <dir> -o <site>`, flowcharts and search index included) and timed against
// `quanze check` of the same batch in the same run; the site's search index size per 1,000 powers and the median
// query time over the published index. Called from bench/run.mjs (`--only publish`).

import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
};

function tree(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return { files: 1, bytes: stats.size };
  return readdirSync(path).reduce((sum, name) => {
    const sub = tree(join(path, name));
    return { files: sum.files + sub.files, bytes: sum.bytes + sub.bytes };
  }, { files: 0, bytes: 0 });
}

/** Words a reader would type, and names of published powers (every n-th, so each run asks the same). */
function queries(names) {
  const words = ['排污', '许可证', '罚款', '责令改正', '监督检查', '危险废物', '道路运输', '食品', '广告', '特种设备', '建设项目', '噪声', '查封扣押', '行政强制'];
  const step = Math.max(1, Math.floor(names.length / 20));
  return [...words, ...names.filter((_, i) => i % step === 0).slice(0, 20)];
}

/** The published index queried as the page queries it (dist's createSearchEngine over search/index.js). */
async function searchFigures(root, site, powers) {
  const script = readFileSync(join(site, 'search', 'index.js'), 'utf8');
  const data = JSON.parse(script.slice(script.indexOf('=') + 1).replace(/;\s*$/u, ''));
  const { createSearchEngine } = await import(pathToFileURL(join(root, 'dist', 'publish', 'search', 'index.js')).href);
  const loadStarted = performance.now();
  const engine = createSearchEngine(data);
  const loadMs = performance.now() - loadStarted;
  const asked = queries(data.docs.map((doc) => doc[1]));
  const times = [];
  let found = 0;
  for (let round = 0; round < 5; round++) {
    for (const q of asked) {
      const t = performance.now();
      const result = engine.query(q, {}, 20);
      times.push(performance.now() - t);
      if (round === 0 && result.total > 0) found++;
    }
  }
  const bytes = Buffer.byteLength(script);
  return {
    documents: data.docs.length,
    indexBytes: bytes,
    indexGzipBytes: gzipSync(script).length,
    bytesPer1000: (bytes / powers) * 1000,
    gzipBytesPer1000: (gzipSync(script).length / powers) * 1000,
    loadMs,
    queries: asked.length,
    answered: found,
    medianQueryMs: median(times),
  };
}

/** Runs the scenario with run.mjs's helpers; returns what the report needs. */
export async function publishScenario({ root, departments, powers, seed, inputs, measure, scratch, ratio }) {
  const input = inputs({ departments, powers: powers / departments, format: 'xlsx', seed });
  process.stdout.write(`Publish a batch of ${departments} department workbooks, ${powers.toLocaleString('en')} powers\n`);
  const report = join(scratch, 'report-publish-check.json');
  const check = await measure(`check ${departments} × ${powers / departments}`, ['cli', 'check', input.dir, '--format', 'json', '-o', report]);
  const site = join(scratch, 'published-site');
  const run = await measure(`publish ${departments} × ${powers / departments}`, ['cli', 'publish', input.dir, '-o', site, '--allow-errors', '--date', '2026-12-01']);
  let search;
  let output;
  let flowcharts;
  if (run.ok) {
    output = tree(site);
    search = await searchFigures(root, site, powers);
    const sample = readdirSync(join(site, 'powers')).slice(0, 1).flatMap((dept) => readdirSync(join(site, 'powers', dept)).slice(0, 50).map((name) => join(site, 'powers', dept, name)));
    flowcharts = { sampled: sample.length, withChart: sample.filter((path) => readFileSync(path, 'utf8').includes('<figure class="flow">')).length };
  }
  rmSync(site, { recursive: true, force: true });
  return {
    name: `${departments} workbooks × ${(powers / departments).toLocaleString('en')} powers`,
    departments,
    powers,
    fileBytes: input.bytes,
    check,
    run,
    timeRatio: run.ok && check.ok ? ratio(run.wallMs, check.wallMs) : undefined,
    rssRatio: ratio(run.maxRssBytes, check.maxRssBytes),
    output,
    search,
    flowcharts,
  };
}

/** The report's section for the scenario. */
export function renderPublish(p, { seconds, mib, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const kib = (bytes) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KiB`);
  const charts = p.flowcharts === undefined ? '—' : `${p.flowcharts.withChart} of ${p.flowcharts.sampled} sampled power pages`;
  const goal = p.run.ok ? (p.run.wallMs <= 60_000 ? 'within the 60 s goal' : '**over the 60 s goal**') : '';
  return [
    '## Publish: `quanze publish <batch> -o <site>` vs `quanze check <batch>` of the same batch',
    '',
    row(['batch', 'workbooks size', 'baseline: quanze check', 'quanze publish', 'time ratio', 'peak RSS ratio', 'site', 'flowcharts inline']),
    row(Array(8).fill('---')),
    row([p.name, mib(p.fileBytes), describeRun(p.check), `${describeRun(p.run)} ${goal}`, times(p.timeRatio), times(p.rssRatio),
      p.output === undefined ? '—' : `${p.output.files.toLocaleString('en')} files, ${mib(p.output.bytes)}`, charts]),
    '',
    ...(p.search === undefined ? [] : [
      row(['search index (search/index.js)', 'size', 'per 1,000 powers', 'gzip per 1,000 powers', 'load in Node', `median query (${p.search.queries} queries × 5, ${p.search.answered} with hits)`]),
      row(Array(6).fill('---')),
      row([`${p.search.documents.toLocaleString('en')} documents`, mib(p.search.indexBytes), kib(p.search.bytesPer1000), kib(p.search.gzipBytesPer1000), seconds(p.search.loadMs), `${p.search.medianQueryMs.toFixed(2)} ms`]),
      '',
    ]),
    '`check` spreads the batch over worker threads; `publish` reads and checks each workbook once, one after another, then builds the view, every page, the exports and the search index in one thread. The query time is the page\'s own engine (assets/search/search-core.js with MiniSearch) over the published index, in Node.',
    '',
  ];
}
