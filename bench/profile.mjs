// Summarises a V8 CPU profile (`node --cpu-prof …`): the functions with the most self time and the most total
// time (self + callees, each counted once per stack), as Markdown tables.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/quanze.js check <dir> --format json -o /tmp/out.json
//   node bench/profile.mjs /tmp/prof/CPU.*.cpuprofile [--top 10] [--title TEXT]

import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const flag = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : argv[at + 1];
};
const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
if (file === undefined) {
  process.stderr.write('usage: node bench/profile.mjs <file.cpuprofile> [--top N] [--title TEXT]\n');
  process.exit(2);
}
const top = Number(flag('top', '10'));
const title = flag('title', undefined);
const root = fileURLToPath(new URL('..', import.meta.url));

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Time per sample: the gap to the next sample (V8 records deltas).
const selfMicros = new Map();
const deltas = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  const dt = deltas[i + 1] ?? 0;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + dt);
}
const wall = profile.endTime - profile.startTime;

const where = (frame) => {
  const url = frame.url ?? '';
  let path = url.startsWith('file://') ? relative(root, fileURLToPath(url)) : url;
  if (path.includes('node_modules/')) path = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  // A build profiled from another folder (a copy of the repository) still reads as dist/….
  else if (path.includes('/dist/')) path = path.slice(path.lastIndexOf('/dist/') + 1);
  return path === '' ? '' : `${path}:${frame.lineNumber + 1}`;
};
const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;

const self = new Map();
const total = new Map();
for (const [id, micros] of selfMicros) {
  const node = nodes.get(id);
  const key = keyOf(node);
  self.set(key, (self.get(key) ?? 0) + micros);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = keyOf(nodes.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + micros);
  }
}

const table = (map, label) => {
  const rows = [...map].filter(([key]) => !/^\((root|program|idle)\)/.test(key)).sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = [`| # | function | where | ${label} | share of the run |`, '| --- | --- | --- | --- | --- |'];
  rows.forEach(([key, micros], i) => {
    const [name, at] = key.split('\u0000');
    lines.push(`| ${i + 1} | \`${name}\` | ${at === '' ? '(native)' : `\`${at}\``} | ${(micros / 1e6).toFixed(2)} s | ${((100 * micros) / wall).toFixed(1)} % |`);
  });
  return lines.join('\n');
};

const gc = [...self].filter(([key]) => key.startsWith('(garbage collector)')).reduce((s, [, m]) => s + m, 0);
process.stdout.write(
  `${title === undefined ? '' : `## ${title}\n\n`}Profiled ${(wall / 1e6).toFixed(2)} s; garbage collection ${((100 * gc) / wall).toFixed(1)} %.\n\n` +
    `### Self time (top ${top})\n\n${table(self, 'self time')}\n\n### Total time (top ${top}, callees included)\n\n${table(total, 'total time')}\n`,
);
