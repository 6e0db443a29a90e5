// Regenerates src/rules/index.ts from the rule files (sorted by id). Run after adding a rule file;
// the registry stays an explicit import list, this only saves typing it.
import { readdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../src/rules/', import.meta.url);
const skip = new Set(['index.ts', 'define-rule.ts', 'run-rules.ts']);
const ids = readdirSync(dir).filter((f) => f.endsWith('.ts') && !skip.has(f)).map((f) => f.slice(0, -3)).sort();
const camel = (id) => id.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
const text = `// The one list of built-in rules, sorted by id (scripts/gen-rule-index.mjs writes it from the rule files).

import type { Rule } from './define-rule.js';
${ids.map((id) => `import ${camel(id)} from './${id}.js';`).join('\n')}

export const builtInRules: readonly Rule[] = [
${ids.map((id) => `  ${camel(id)},`).join('\n')}
];
`;
writeFileSync(new URL('index.ts', dir), text);
console.log(`${ids.length} rules`);
