// `npm run bench` scenario: the peer the scale issue names — `tableschema` (Frictionless's JavaScript Table Schema
// validator) validating the same 10⁵-power CSV inventory against a Table Schema of the same columns
// (bench/tableschema-validate.mjs) — against `quanze check` of it, which checks the same schema and 48 rules more.
// tableschema lives in bench/peers (its own lockfile, installed here on first use), never in quanze's dependencies.
// Called from bench/run.mjs.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Installs bench/peers from its lockfile when it is not installed yet; false when that fails (no registry). */
function ensurePeers(root) {
  const dir = join(root, 'bench', 'peers');
  if (existsSync(join(dir, 'node_modules', 'tableschema', 'package.json'))) return true;
  process.stdout.write('  installing bench/peers (tableschema) with npm ci\n');
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: dir, stdio: 'inherit' });
  return npm.status === 0;
}

/** Runs the scenario with run.mjs's helpers; returns what the report needs, or undefined without the peer. */
export async function tableSchemaScenario({ root, powers, seed, inputs, measure, scratch, ratio }) {
  if (!ensurePeers(root)) {
    process.stdout.write('  tableschema could not be installed (npm ci in bench/peers failed): scenario left out\n');
    return undefined;
  }
  const input = inputs({ departments: 1, powers, format: 'csv', seed });
  const [dir] = input.paths;
  process.stdout.write(`Peer: tableschema vs quanze check, CSV inventory of ${powers.toLocaleString('en')} powers\n`);
  const report = join(scratch, `report-peer-${powers}.json`);
  // The like-for-like part: quanze with every rule off reads, normalises and checks the schema only.
  const { builtInRules } = await import(pathToFileURL(join(root, 'dist', 'rules', 'index.js')).href);
  mkdirSync(scratch, { recursive: true });
  const config = join(scratch, 'rules-off.json');
  writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(builtInRules.map((rule) => [rule.meta.id, 'off'])) }));
  const schemaReport = join(scratch, `report-peer-schema-${powers}.json`);
  // Interleaved, the fastest of two each: a burst of other work on the machine hits all three alike.
  const runs = { quanze: [], schemaOnly: [], peer: [] };
  for (let i = 1; i <= 2; i++) {
    runs.peer.push(await measure(`tableschema ${powers} #${i}`, ['tableschema', dir]));
    runs.schemaOnly.push(await measure(`check csv ${powers}, rules off #${i}`, ['cli', 'check', dir, '--config', config, '--format', 'json', '-o', schemaReport]));
    runs.quanze.push(await measure(`check csv ${powers} #${i}`, ['cli', 'check', dir, '--format', 'json', '-o', report]));
  }
  const fastest = (list) => [...list].sort((a, b) => Number(b.ok) - Number(a.ok) || a.wallMs - b.wallMs)[0];
  const [quanze, schemaOnly, peer] = [fastest(runs.quanze), fastest(runs.schemaOnly), fastest(runs.peer)];
  const summaryOf = (file) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')).summary;
    } catch {
      return undefined;
    }
  };
  return {
    name: `CSV ${powers.toLocaleString('en')} powers`,
    powers,
    quanze,
    schemaOnly,
    peer,
    findings: summaryOf(report),
    schemaFindings: summaryOf(schemaReport),
    rules: builtInRules.length,
    peerRows: peer.own?.rows,
    peerRejected: peer.own?.rejected,
    /** How many times longer tableschema takes than quanze (the goal: ≥ 3). */
    timeRatio: quanze.ok && peer.ok ? ratio(peer.wallMs, quanze.wallMs) : undefined,
    cpuRatio: quanze.ok && peer.ok ? ratio(peer.cpuMs, quanze.cpuMs) : undefined,
    /** The same against quanze's schema-only run: the like-for-like ratio. */
    schemaTimeRatio: schemaOnly.ok && peer.ok ? ratio(peer.wallMs, schemaOnly.wallMs) : undefined,
    schemaCpuRatio: schemaOnly.ok && peer.ok ? ratio(peer.cpuMs, schemaOnly.cpuMs) : undefined,
  };
}

/** The report's section for the scenario. */
export function renderTableSchema(t, { seconds, times, describeRun }) {
  const row = (cells) => `| ${cells.join(' | ')} |`;
  const cpu = (run) => (run?.cpuMs === undefined ? '—' : seconds(run.cpuMs));
  const found = (summary) => (summary ? `${summary.errors} errors, ${summary.warnings} warnings in ${summary.rows.toLocaleString('en')} rows` : '—');
  return [
    '## Peer: `tableschema` 1.12.6 (Frictionless, JavaScript) on the same CSV inventory',
    '',
    'tableschema reads each CSV and casts every cell against a Table Schema of the same columns (types, dates, yes/no, the',
    'controlled vocabularies as enums, required fields, the cell limit), built from quanze\'s own field definitions; quanze',
    `checks the same and runs its ${t.rules ?? 46} inventory rules (citations, cross-table references, procedures, staff …) on top. The`,
    'like-for-like run is quanze with every rule turned off in a configuration file (reading, normalising, the schema).',
    '',
    row(['run', 'time', 'CPU time', 'tableschema ÷ this (time)', '(CPU time)', 'found']),
    row(Array(6).fill('---')),
    row([`tableschema, ${t.name}`, describeRun(t.peer), cpu(t.peer), '1.00×', '1.00×', t.peerRows === undefined ? '—' : `${t.peerRejected} of ${t.peerRows.toLocaleString('en')} rows rejected`]),
    row(['quanze check, rules off (schema only)', describeRun(t.schemaOnly), cpu(t.schemaOnly), times(t.schemaTimeRatio), times(t.schemaCpuRatio), found(t.schemaFindings)]),
    row([`quanze check, all ${t.rules ?? 46} inventory rules`, describeRun(t.quanze), cpu(t.quanze), times(t.timeRatio), times(t.cpuRatio), found(t.findings)]),
    '',
    'A ratio above 1 means quanze was faster. The fastest of two interleaved runs each.',
    '',
  ];
}
