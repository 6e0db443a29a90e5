// Search for the published site, measured: quanze's index (Intl.Segmenter + MiniSearch, built at publish time) against
// Pagefind 1.6 — index size per 1,000 powers, median query time in Chromium, and quality on the ten Chinese queries of
// test/fixtures/search/queries.json mixed into generated powers. Writes bench/results/search.md.
//
//   npm run build && node bench/search.mjs [--powers 1000] [--pagefind path/to/pagefind] [--seed N]
//
// Pagefind is not a dependency of quanze: install it anywhere (`npm install pagefind@1.6.0` in a scratch folder) and
// pass its binary with --pagefind; without it only quanze's own figures are written. Both engines are queried in
// the same headless Chromium, each site served by `startPreview` on 127.0.0.1 (Pagefind fetches its index, so it
// cannot run from file://). Also exported for bench/publish.mjs: generatedSearchDocs and searchFigures.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = async (path) => import(pathToFileURL(join(root, path)).href);

/** Generated powers as search documents: blocks of 200 powers per department, as the generator makes them. */
export async function generatedSearchDocs(powers, seed = 1) {
  const { generateInventory } = await load('scripts/generate-inventories.mjs');
  const docs = [];
  for (let index = 0; docs.length < powers; index++) {
    generateInventory({ index, powers: Math.min(200, powers - docs.length), seed, mistakes: 0 }, (table, row) => {
      if (table !== 'powers') return;
      const [, code, name, subItem, type, basis, department, unit, , , responsibilities] = row;
      const id = `${index}-${code}`;
      docs.push({ id, url: `powers/${id}.html`, name: subItem ? `${name}（${subItem}）` : name, code, department, actType: type, text: [subItem, basis, unit, responsibilities].join(' ') });
    });
  }
  return docs;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor(sorted.length / 2)];
};

function sizeOf(path) {
  const stats = statSync(path);
  return stats.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stats.size;
}

/** Queries for timing: the ten quality queries plus words from generated names (seeded, so every run asks the same). */
function timingQueries(docs, fixed) {
  const words = ['排污', '许可证', '罚款', '责令改正', '监督检查', '危险废物', '道路运输', '食品', '广告', '特种设备', '建设项目', '噪声'];
  return [...fixed.map((q) => q.query), ...words, ...docs.filter((_, i) => i % Math.max(1, Math.floor(docs.length / 8)) === 0).map((d) => d.name)];
}

/** quanze's figures in Node: bytes of search/index.js (raw and gzip) and median query time. For bench/publish.mjs too. */
export async function searchFigures(docs) {
  const { buildSearchAssets, createSearchEngine, buildSearchData } = await load('dist/publish/search/index.js');
  const started = performance.now();
  const files = buildSearchAssets(docs);
  const buildMs = performance.now() - started;
  const index = files.find((f) => f.path === 'search/index.js').contents;
  const engine = createSearchEngine(buildSearchData(docs));
  const queries = timingQueries(docs, []);
  const times = [];
  for (let round = 0; round < 5; round++) {
    for (const q of queries) {
      const t = performance.now();
      engine.query(q, {}, 20);
      times.push(performance.now() - t);
    }
  }
  const bytes = Buffer.byteLength(index);
  return { powers: docs.length, buildMs, indexBytes: bytes, indexGzipBytes: gzipSync(index).length, medianQueryMs: median(times) };
}

// ---------------------------------------------------------------------------------------------------------------
// The comparison (run directly).
// ---------------------------------------------------------------------------------------------------------------

async function compare() {
  const argv = process.argv.slice(2);
  const flag = (name, fallback) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : fallback);
  const powers = Number(flag('powers', '1000'));
  const seed = Number(flag('seed', '1'));
  const pagefind = flag('pagefind', undefined);
  const { html } = await load('dist/markup/html.js');
  const { buildSearchAssets, renderSearchPanel } = await load('dist/publish/search/index.js');
  const { startPreview } = await load('dist/preview/index.js');
  const { chromium } = await import('playwright-core');

  const fixtures = join(root, 'test', 'fixtures', 'search');
  const labelled = JSON.parse(readFileSync(join(fixtures, 'powers.json'), 'utf8'));
  const quality = JSON.parse(readFileSync(join(fixtures, 'queries.json'), 'utf8'));
  const docs = [...labelled, ...(await generatedSearchDocs(powers, seed))];
  const queries = timingQueries(docs, quality);
  const load1 = loadavg()[0];

  const scratch = mkdtempSync(join(tmpdir(), 'quanze-bench-search-'));
  const page = (title, body, head = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;

  /** quanze: search.html with the panel and the assets; no power pages are needed to query. */
  function buildOurs(set, dir) {
    mkdirSync(join(dir, 'search'), { recursive: true });
    const departments = [...new Set(set.map((d) => d.department))];
    const actTypes = [...new Set(set.map((d) => d.actType))];
    writeFileSync(join(dir, 'search.html'), page('搜索', `<main><h1>搜索</h1>${renderSearchPanel({ departments, actTypes })}</main>`));
    const started = performance.now();
    for (const file of buildSearchAssets(set)) writeFileSync(join(dir, file.path), file.contents);
    const buildMs = performance.now() - started;
    const index = readFileSync(join(dir, 'search', 'index.js'));
    return { site: dir, buildMs, indexBytes: index.length, indexGzipBytes: gzipSync(index).length, scriptBytes: sizeOf(join(dir, 'search')) - index.length };
  }

  /** Pagefind: one page per power, the name as a heavier-weighted title, department and type as filters. */
  function buildPagefind(set, dir) {
    mkdirSync(join(dir, 'powers'), { recursive: true });
    for (const d of set) {
      writeFileSync(join(dir, d.url), page(String(html`${d.name}`), String(html`<main data-pagefind-body><h1 data-pagefind-weight="10" data-pagefind-meta="title">${d.name}</h1><p data-pagefind-weight="5">${d.code}</p><p data-pagefind-filter="department">${d.department}</p><p data-pagefind-filter="type">${d.actType}</p><p>${d.text}</p></main>`)));
    }
    writeFileSync(join(dir, 'search.html'), page('搜索', '<main><h1>搜索</h1></main>', '<script type="module">import * as pf from "/pagefind/pagefind.js"; await pf.init(); window.pf = pf; window.pfReady = true;</script>'));
    const started = performance.now();
    execFileSync(pagefind, ['--site', dir, '--output-subdir', 'pagefind', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const buildMs = performance.now() - started;
    const out = join(dir, 'pagefind');
    // The index proper: the fragment, index and filter chunks (pf_*), not the scripts, styles and WebAssembly.
    const indexBytes = readdirSync(out, { recursive: true }).filter((n) => /\.pf_|pagefind-entry\.json$/u.test(n)).reduce((sum, n) => sum + sizeOf(join(out, n)), 0);
    return { site: dir, buildMs, totalBytes: sizeOf(out), indexBytes, pageBytes: sizeOf(join(dir, 'powers')) };
  }

  const browser = await chromium.launch({ executablePath: process.env.QUANZE_CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

  /**
   * Each query judged two ways. On the 28 labelled powers alone: its expected powers are the top hits exactly (and,
   * for a filtered query, nothing else is). Among the generated powers too, where many share the words: its
   * expected powers are all in the top ten.
   */
  function judge(set, results, exact) {
    const codeOf = (url) => set.find((d) => url.endsWith(d.url))?.code;
    return quality.map((q, i) => {
      const codes = results[i].map(codeOf);
      const ok = exact
        ? new Set(codes.slice(0, q.top.length)).size === q.top.length && q.top.every((c) => codes.slice(0, q.top.length).includes(c)) &&
          (q.also ?? []).every((c) => codes.includes(c)) && (!q.only || codes.length === q.top.length)
        : [...q.top, ...(q.also ?? [])].every((c) => codes.slice(0, 10).includes(c));
      return { query: q.query, ok, got: codes.slice(0, 3) };
    });
  }

  async function runOurs(set, built, exact) {
    const server = await startPreview(built.site, { port: 0 });
    const tab = await browser.newPage();
    await tab.goto(`${server.url}search.html`);
    await tab.waitForFunction(() => window.QuanzeSearchCore && window.QuanzeSearchData);
    const loadMs = await tab.evaluate(() => {
      const t0 = performance.now();
      window.engine = window.QuanzeSearchCore.createEngine(window.MiniSearch, window.QuanzeSearchData);
      return performance.now() - t0;
    });
    const times = await tab.evaluate((qs) => {
      const out = [];
      for (let round = 0; round < 5; round++) for (const q of qs) { const t0 = performance.now(); window.engine.query(q, {}, 20); out.push(performance.now() - t0); }
      return out;
    }, queries);
    const results = [];
    for (const q of quality) {
      results.push(await tab.evaluate(([text, filters]) => window.engine.query(text, filters, 50).hits.map((h) => h.url), [q.query, { department: q.filters?.department, actType: q.filters?.actType }]));
    }
    await tab.close();
    await server.close();
    return { loadMs, medianQueryMs: median(times), quality: judge(set, results, exact) };
  }

  async function runPagefind(set, built, exact) {
    const server = await startPreview(built.site, { port: 0 });
    const tab = await browser.newPage();
    let fetched = 0;
    tab.on('response', async (r) => { fetched += (await r.body().catch(() => Buffer.alloc(0))).length; });
    await tab.goto(`${server.url}search.html`);
    await tab.waitForFunction(() => window.pfReady === true);
    const filterOf = (f) => ({ ...(f?.department ? { department: f.department } : {}), ...(f?.actType ? { type: f.actType } : {}) });
    // The first round includes fetching each word's index chunks, as a visitor meets it; the later rounds are warm.
    const cold = [];
    const warm = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const ms = await tab.evaluate(async (text) => {
          const t0 = performance.now();
          const r = await window.pf.search(text);
          await Promise.all(r.results.slice(0, 20).map((x) => x.data()));
          return performance.now() - t0;
        }, q);
        (round === 0 ? cold : warm).push(ms);
      }
    }
    const results = [];
    for (const q of quality) {
      results.push(await tab.evaluate(async ([text, filters]) => {
        const r = await window.pf.search(text, { filters });
        return (await Promise.all(r.results.slice(0, 50).map((x) => x.data()))).map((d) => d.url);
      }, [q.query, filterOf(q.filters)]));
    }
    await tab.close();
    await server.close();
    return { coldQueryMs: median(cold), medianQueryMs: median(warm), fetchedBytes: fetched, quality: judge(set, results, exact) };
  }

  const oursBuilt = buildOurs(docs, join(scratch, 'minisearch'));
  const oursRun = await runOurs(docs, oursBuilt, false);
  const oursExact = await runOurs(labelled, buildOurs(labelled, join(scratch, 'minisearch-labelled')), true);
  const pf = pagefind ? buildPagefind(docs, join(scratch, 'pagefind')) : undefined;
  const pfRun = pf ? await runPagefind(docs, pf, false) : undefined;
  const pfExact = pagefind ? await runPagefind(labelled, buildPagefind(labelled, join(scratch, 'pagefind-labelled')), true) : undefined;
  await browser.close();

  const per1000 = (bytes) => `${((bytes / docs.length) * 1000 / 1024).toFixed(0)} KiB`;
  const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;
  const ms = (v) => (v === undefined ? '—' : `${v.toFixed(2)} ms`);
  const passed = (q) => `${q.filter((x) => x.ok).length}/10`;
  const lines = [
    '# Search for the published site: quanze (Intl.Segmenter + MiniSearch) vs Pagefind',
    '',
    `Written by \`node bench/search.mjs --powers ${powers}${pf ? ' --pagefind …' : ''}\`: ${docs.length.toLocaleString('en')} powers (the 28 labelled powers of`,
    '`test/fixtures/search/powers.json` mixed into generated ones), queried in headless Chromium through `quanze preview`.',
    `Machine: ${process.version}, 2 cores shared with other work; load average ${load1.toFixed(2)} at the start.`,
    '',
    '| | quanze (MiniSearch) | Pagefind 1.6 |',
    '| --- | --- | --- |',
    `| index per 1,000 powers | ${per1000(oursBuilt.indexBytes)} (gzip ${per1000(oursBuilt.indexGzipBytes)}), one file loaded whole | ${pf ? `${per1000(pf.indexBytes)} on disk, fetched in pieces` : '—'} |`,
    `| whole search folder | ${kib(oursBuilt.indexBytes + oursBuilt.scriptBytes)} (scripts ${kib(oursBuilt.scriptBytes)}) | ${pf ? `${kib(pf.totalBytes)} (and it needs ${kib(pf.pageBytes)} of power pages written first to index)` : '—'} |`,
    `| bytes a visitor loads for all the queries below | ${kib(oursBuilt.indexBytes + oursBuilt.scriptBytes)} | ${pfRun ? kib(pfRun.fetchedBytes) : '—'} |`,
    `| build | ${ms(oursBuilt.buildMs)} | ${pf ? `${ms(pf.buildMs)} (its own binary, over the written pages)` : '—'} |`,
    `| index ready in the page | ${ms(oursRun.loadMs)} (expand + MiniSearch.loadJS) | ${pfRun ? 'loaded piece by piece at each query' : '—'} |`,
    `| median query (${queries.length} queries × 5) | ${ms(oursRun.medianQueryMs)} | ${pfRun ? `${ms(pfRun.medianQueryMs)} warm, ${ms(pfRun.coldQueryMs)} the first time` : '—'} |`,
    `| ten queries, labelled powers alone: expected top hits exactly | ${passed(oursExact.quality)} | ${pfExact ? passed(pfExact.quality) : '—'} |`,
    `| ten queries, among all ${docs.length.toLocaleString('en')}: expected powers in the top 10 | ${passed(oursRun.quality)} | ${pfRun ? passed(pfRun.quality) : '—'} |`,
    '| works from file:// | yes (the index is a classic script) | no (fetches its index and WebAssembly) |',
    '',
    '## The ten queries on the labelled powers (expected hits in test/fixtures/search/queries.json)',
    '',
    '| query | quanze | top 3 | Pagefind | top 3 |',
    '| --- | --- | --- | --- | --- |',
    ...quality.map((q, i) => {
      const a = oursExact.quality[i];
      const b = pfExact?.quality[i];
      const filters = q.filters ? ` (${Object.values(q.filters).join('、')})` : '';
      return `| ${q.query}${filters} | ${a.ok ? 'right' : 'WRONG'} | ${a.got.join(', ')} | ${b ? (b.ok ? 'right' : 'WRONG') : '—'} | ${b ? b.got.join(', ') : ''} |`;
    }),
    '',
    `Among all ${docs.length.toLocaleString('en')} powers, expected powers missing from the top 10 — quanze: ${oursRun.quality.filter((x) => !x.ok).map((x) => x.query).join('、') || 'none'}; ` +
      `Pagefind: ${pfRun ? pfRun.quality.filter((x) => !x.ok).map((x) => x.query).join('、') || 'none' : '—'}.`,
    '',
  ];
  const out = join(root, 'bench', 'results', 'search.md');
  writeFileSync(out, `${lines.join('\n')}\n`);
  process.stdout.write(`${lines.join('\n')}\nwrote ${out}\n`);
  rmSync(scratch, { recursive: true, force: true });
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  if (!existsSync(join(root, 'dist', 'publish', 'search', 'index.js'))) {
    process.stderr.write('bench/search.mjs: dist/ is missing; run `npm run build` first\n');
    process.exit(2);
  }
  await compare();
}
