// Rewrites the rules table in README.md from the built registry (run `npm run build` first).
// test/rules/registry.test.ts fails when the table and the registry disagree.
import { readFileSync, writeFileSync } from 'node:fs';
import { builtInBatchRules } from '../dist/rules/batch/index.js';
import { builtInRules } from '../dist/rules/index.js';

const readmeUrl = new URL('../README.md', import.meta.url);
const readme = readFileSync(readmeUrl, 'utf8');
const start = readme.indexOf('| rule | default | what it checks |');
const end = readme.indexOf('\n\n', start);
const rows = [...builtInRules, ...builtInBatchRules].map((r) => `| [\`${r.meta.id}\`](${r.meta.docs}) | ${r.meta.severity} | ${r.meta.description.en} |`);
const table = ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n');
writeFileSync(readmeUrl, readme.slice(0, start) + table + readme.slice(end));
console.log(`${rows.length} rules in README`);
