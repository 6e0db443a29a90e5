// Where the time and the memory of one check go, stage by stage (built dist/): ingest → normalise + schema →
// model → index → rules → batch facts. Heap is measured after a forced GC, so it is what each stage keeps
// (the RawTables are let go after normalising, as in loadInventory).
//
//   node --expose-gc bench/stages.mjs <inventory>        (npm run build first)

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = async (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const [{ readInventory }, { normaliseTable }, { checkRows }, { buildInventory }, { buildIndex }, { runRules }, { builtInRules }, { inventoryFacts }] =
  await Promise.all(['ingest/index.js', 'model/normalise.js', 'validate/check-rows.js', 'model/build-model.js', 'model/build-index.js', 'rules/run-rules.js', 'rules/index.js', 'rules/batch/facts.js'].map(load));

const gc = globalThis.gc;
if (gc === undefined) throw new Error('run with node --expose-gc');
const mib = (bytes) => `${(bytes / 1048576).toFixed(0).padStart(6)} MiB`;
const keep = [];
let last = performance.now();
function stage(name, value) {
  const ms = performance.now() - last;
  keep.push(value);
  gc();
  const { heapUsed } = process.memoryUsage();
  process.stdout.write(`${name.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(7)} s   heap kept ${mib(heapUsed)}   RSS ${mib(process.memoryUsage().rss)}\n`);
  last = performance.now();
  return value;
}

stage('start', undefined);
/** The tables in an array the caller empties as it goes (as loadInventory does, so a checked table's raw cells can go). */
async function readTables(path) {
  const raw = await readInventory(path, { lang: 'zh' });
  return { source: raw.source, tables: [...raw.tables] };
}
const { source, tables } = await readTables(process.argv[2]);
stage('ingest (RawTables)', undefined);
const checked = stage('normalise + schema', tables.map((table, i) => {
  tables[i] = undefined;
  return checkRows(normaliseTable(table), 'zh').value;
}));
const inventory = stage('model (Inventory)', buildInventory(source, checked));
const index = stage('index', buildIndex(inventory));
const problems = stage('rules', runRules(inventory, index, builtInRules, { lang: 'zh' }));
stage('batch facts', inventoryFacts(inventory, index));
process.stdout.write(`${inventory.powers.length} powers, ${problems.length} findings; peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}\n`);

// The rules one at a time: which of them the rules stage's time goes to.
const perRule = builtInRules.map((rule) => {
  const started = performance.now();
  runRules(inventory, index, [rule], { lang: 'zh' });
  return [rule.meta.id, performance.now() - started];
});
perRule.sort((a, b) => b[1] - a[1]);
process.stdout.write(`rules one at a time, after the index's lazy parts are warm: ${(perRule.reduce((sum, [, ms]) => sum + ms, 0) / 1000).toFixed(2)} s; slowest:\n`);
for (const [id, ms] of perRule.slice(0, 8)) process.stdout.write(`  ${id.padEnd(36)} ${(ms / 1000).toFixed(2).padStart(7)} s\n`);
