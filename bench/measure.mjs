// Child process of bench/run.mjs: performs ONE measured task and writes its own resource use (peak RSS,
// user/system CPU of all its threads) as JSON to the file named by BENCH_RESULT when it exits.
//
//   node bench/measure.mjs cli check <dir> --format json -o <file>   the real CLI (bin/quanze.js), in this process
//   node bench/measure.mjs decode-csv <dir>                          baseline: fs.readFile + TextDecoder of each CSV
//   node bench/measure.mjs xlsx-read <file>                          baseline: SheetJS XLSX.read alone
//   node bench/measure.mjs batch <workers> <dir>                     dist checkBatch over the workbooks in <dir>
//   node bench/measure.mjs sequential <dir> [K/N]                    dist checkInventory over the same, one after another
//                                                                    (with K/N: only the K-th of every N, from 0)
//   node bench/measure.mjs read-editions <old> <new>                  baseline of diff: readEdition of both editions
//   node bench/measure.mjs read-names <file>                          baseline of the classifier: read and split the names
//   node bench/measure.mjs classify-names <file>                      the same, each name classified (dist classifyPower)
//   node bench/measure.mjs spin <threads> <units>                    baseline: fixed CPU work split over threads
//   node bench/measure.mjs flow-build <dir> <charts>                 baseline of flow: read the inventory, buildFlow <charts> models
//   node bench/measure.mjs flow-draw <dir> <charts> <threads> [distinct]  the same, then layoutFlowSync + renderFlowSvg each (threads 0: in this thread)
//   node bench/measure.mjs elk-trivial <calls>                       ELK alone, <calls> layouts of a two-box graph
//   node bench/measure.mjs tableschema <dir>                         the peer: tableschema validating each CSV of <dir>

import { readdirSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (path) => pathToFileURL(join(root, 'dist', path)).href;
const [mode, ...args] = process.argv.slice(2);
const started = performance.now();
let details = {};

process.on('exit', (exitCode) => {
  const usage = process.resourceUsage();
  const result = {
    mode,
    exitCode,
    ms: performance.now() - started,
    maxRssBytes: usage.maxRSS * 1024,
    userMs: usage.userCPUTime / 1000,
    systemMs: usage.systemCPUTime / 1000,
    ...details,
  };
  if (process.env.BENCH_RESULT) writeFileSync(process.env.BENCH_RESULT, JSON.stringify(result));
});

/** SheetJS options exactly as src/ingest/xlsx.ts reads workbooks, so the baseline is the parser's share of our run. */
const sheetJsOptions = { type: 'buffer', dense: true, cellFormula: false, cellHTML: false, cellNF: true, cellDates: false, cellStyles: false, bookVBA: false, WTF: false };

/** Decoding in 64 MB slices of the one buffer: a whole 1.4 GB file is longer than V8's longest string. */
const SLICE = 64 * 1024 * 1024;

switch (mode) {
  case 'cli': {
    const bin = join(root, 'bin', 'quanze.js');
    process.argv = [process.argv[0], bin, ...args];
    await import(pathToFileURL(bin).href);
    break;
  }
  case 'decode-csv': {
    const [dir] = args;
    let bytes = 0;
    let chars = 0;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.csv')).sort()) {
      const buffer = await readFile(join(dir, name));
      const decoder = new TextDecoder('utf-8');
      for (let at = 0; at < buffer.length; at += SLICE) {
        chars += decoder.decode(buffer.subarray(at, at + SLICE), { stream: at + SLICE < buffer.length }).length;
      }
      bytes += buffer.length;
    }
    details = { bytes, chars };
    break;
  }
  case 'xlsx-read': {
    const XLSX = await import('xlsx');
    const workbook = XLSX.read(await readFile(args[0]), sheetJsOptions);
    details = { sheets: workbook.SheetNames.length };
    break;
  }
  case 'batch': {
    const [workers, dir] = args;
    const { checkBatch } = await import(dist('batch/index.js'));
    const { expandInputs } = await import(dist('ingest/index.js'));
    const result = await checkBatch(await expandInputs([dir], process.cwd()), { workers: Number(workers) });
    details = { inventories: result.inventories.length, unreadable: result.unreadable.length, diagnostics: result.diagnostics.length };
    break;
  }
  case 'sequential': {
    // One inventory after another in this thread (check() itself now runs a batch on workers).
    const { checkInventory } = await import(dist('api.js'));
    const { expandInputs } = await import(dist('ingest/index.js'));
    let diagnostics = 0;
    let inventories = 0;
    let unreadable = 0;
    const [share, shares] = (args[1] ?? '0/1').split('/').map(Number);
    const sources = (await expandInputs([args[0]], process.cwd())).filter((_, i) => i % shares === share);
    for (const source of sources) {
      try {
        diagnostics += (await checkInventory(source)).diagnostics.length;
        inventories++;
      } catch {
        unreadable++;
      }
    }
    details = { inventories, unreadable, diagnostics };
    break;
  }
  case 'read-editions': {
    // Baseline of the diff: both editions read the way `quanze diff` reads them, and nothing compared.
    const { readEdition } = await import(dist('api.js'));
    let powers = 0;
    for (const input of args) powers += (await readEdition(input)).edition.powers.length;
    details = { powers };
    break;
  }
  case 'read-names': {
    // Baseline of the classifier: the names read and split, nothing classified.
    const [file] = args;
    const loopStart = performance.now();
    const names = (await readFile(file, 'utf8')).split('\n').slice(1).filter((n) => n !== '');
    let chars = 0;
    for (const name of names) chars += name.length;
    details = { names: names.length, chars, loopMs: performance.now() - loopStart };
    break;
  }
  case 'classify-names': {
    // The same names read the same way, each classified by the built library.
    const [file] = args;
    const { classifyPower } = await import(dist('classify/index.js'));
    const names = (await readFile(file, 'utf8')).split('\n').slice(1).filter((n) => n !== '');
    const types = {};
    const loopStart = performance.now();
    for (const name of names) {
      const c = classifyPower({ name });
      types[c.type] = (types[c.type] ?? 0) + 1;
    }
    details = { names: names.length, types, loopMs: performance.now() - loopStart };
    break;
  }
  case 'spin': {
    // What parallelism the machine offers right now: the same CPU-bound work on 1 or 2 threads, no quanze.
    const [threads, units] = args.map(Number);
    const code = `const { parentPort, workerData } = require('node:worker_threads');
      let x = 0; for (let i = 0; i < workerData * 1e7; i++) x = (x * 31 + i) | 0;
      parentPort.postMessage(x);`;
    const share = Math.round(units / threads);
    await Promise.all(Array.from({ length: threads }, () => new Promise((resolve, reject) => {
      const worker = new Worker(code, { eval: true, workerData: share });
      worker.once('message', resolve);
      worker.once('error', reject);
    })));
    details = { threads, units };
    break;
  }
  case 'flow-build':
  case 'flow-draw': {
    // flow-draw <dir> <charts> <threads> [distinct]: distinct gives each chart's first step its own case number, so
    // no two charts share a drawing and none is reused (the worst case: a steps table per power).
    const [dir, charts, threads, variant] = [args[0], Number(args[1]), Number(args[2] ?? '0'), args[3]];
    const built = await flowModels(dir, charts);
    const models = variant === 'distinct' ? built.map(distinctModel) : built;
    const distinctDrawings = new Set(models.map((m) => JSON.stringify([m.lanes, m.nodes, m.edges]))).size;
    if (mode === 'flow-build') {
      details = { charts: models.length, nodes: models.reduce((n, m) => n + m.nodes.length, 0), distinctDrawings };
      break;
    }
    if (threads === 0) {
      const { layoutFlowSync, renderFlowSvg } = await import(dist('flow/index.js'));
      let bytes = 0;
      for (const model of models) bytes += renderFlowSvg(layoutFlowSync(model)).length;
      details = { charts: models.length, bytes, threads, distinctDrawings };
      break;
    }
    // Models dealt out in turn, so each thread gets as many lane charts and templates as the other.
    const shares = Array.from({ length: threads }, (_, t) => models.filter((_, i) => i % threads === t));
    const replies = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./flow-worker.mjs', import.meta.url));
      worker.once('message', (reply) => void worker.terminate().then(() => resolve(reply)));
      worker.once('error', reject);
      worker.postMessage(share);
    })));
    details = { charts: replies.reduce((n, r) => n + r.charts, 0), bytes: replies.reduce((n, r) => n + r.bytes, 0), threads, distinctDrawings };
    break;
  }
  case 'elk-trivial': {
    // The engine as quanze calls it (synchronously, src/flow/elk-engine.ts), on a two-box graph: its fixed cost per call.
    const { elkLayout } = await import(dist('flow/elk-engine.js'));
    const graph = () => ({ id: 'root', layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'DOWN', 'elk.edgeRouting': 'ORTHOGONAL' },
      children: [{ id: 'a', width: 100, height: 40 }, { id: 'b', width: 100, height: 40 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] });
    const calls = Number(args[0]);
    for (let i = 0; i < calls; i++) elkLayout(graph());
    details = { calls };
    break;
  }
  case 'tableschema': {
    const { validateFolder } = await import(pathToFileURL(join(root, 'bench', 'tableschema-validate.mjs')).href);
    const { rows, rejected } = await validateFolder(args[0]);
    details = { rows, rejected };
    break;
  }
  default:
    throw new Error(`unknown mode ${mode}`);
}

/** `model` with a case number on its first step, so its drawing is its own. */
function distinctModel(model, i) {
  const first = model.nodes.findIndex((n) => n.kind === 'step');
  return { ...model, nodes: model.nodes.map((n, j) => (j === first ? { ...n, label: `${n.label}（第${i + 1}件）` } : n)) };
}

/** `charts` flow models from the inventory in `dir`: its powers in order, round again when it has fewer. */
async function flowModels(dir, charts) {
  const { loadInventory } = await import(dist('api.js'));
  const { createFlowBuilder } = await import(dist('flow/index.js'));
  const { inventory } = await loadInventory(dir);
  const build = createFlowBuilder(inventory);
  const models = [];
  for (let i = 0; i < charts && inventory.powers.length > 0; i++) models.push(build(inventory.powers[i % inventory.powers.length]));
  return models;
}
